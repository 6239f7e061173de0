"use server";
/** Staff actions on events. Every service authorizes "event:manage" itself. */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { boundUserAction, userAction } from "@/lib/actions/client";
import { checkIn, checkInByToken } from "@/lib/events/day";
import { decideRegistration } from "@/lib/events/registration";
import { addMeetingByStaff, vetoMeetingRequest } from "@/lib/events/requests";
import { computeSchedule, moveMeeting, pinMeeting, publishSchedule } from "@/lib/events/schedule";
import { ZEventInput, ZSessionInput } from "@/lib/events/schemas";
import { addSession, createEvent, publishEvent, updateEvent } from "@/lib/events/service";
import { zFrenchInt } from "@/lib/validation/french-number";
import { z } from "@/lib/validation/zod";

const back = (eventId: string, done: string) => redirect(`/cci/evenements/${eventId}?fait=${done}`);
const bound = { notFound: "Événement introuvable." };

export const createEventAction = userAction(ZEventInput, async (input, { actor }) => {
  const event = await createEvent(getDb(), actor, input);
  back(event.id, "creation");
});

export const updateEventAction = boundUserAction(
  ZEventInput,
  async (input, { actor, id }) => {
    await updateEvent(getDb(), actor, id, input);
    back(id, "modification");
  },
  bound,
);

export const addSessionAction = boundUserAction(
  ZSessionInput,
  async (input, { actor, id }) => {
    await addSession(getDb(), actor, id, input);
    back(id, "session");
  },
  bound,
);

export const publishEventAction = boundUserAction(
  z.object({}).strict(),
  async (_input, { actor, id }) => {
    await publishEvent(getDb(), actor, id);
    back(id, "publication");
  },
  bound,
);

const ZRegistrationDecision = z.object({ registrationId: z.uuid(), decision: z.enum(["accept", "refuse"]) }).strict();
export const decideRegistrationAction = boundUserAction(
  ZRegistrationDecision,
  async ({ registrationId, decision }, { actor, id }) => {
    await decideRegistration(getDb(), actor, registrationId, decision === "accept");
    back(id, "inscription");
  },
  bound,
);

const ZAddMeeting = z
  .object({
    buyerRegistrationId: z.uuid("Choisissez l'acheteur."),
    supplierRegistrationId: z.uuid("Choisissez le fournisseur."),
  })
  .strict();
export const addMeetingAction = boundUserAction(
  ZAddMeeting,
  async ({ buyerRegistrationId, supplierRegistrationId }, { actor, id }) => {
    await addMeetingByStaff(getDb(), actor, id, buyerRegistrationId, supplierRegistrationId);
    back(id, "ajout");
  },
  bound,
);

export const vetoAction = boundUserAction(
  z.object({ requestId: z.uuid() }).strict(),
  async ({ requestId }, { actor, id }) => {
    await vetoMeetingRequest(getDb(), actor, requestId);
    back(id, "veto");
  },
  bound,
);

const ZCompute = z.object({ fillWithSuggestions: z.preprocess((v) => v === "on", z.boolean()) }).strict();
export const computeScheduleAction = boundUserAction(
  ZCompute,
  async ({ fillWithSuggestions }, { actor, id }) => {
    await computeSchedule(getDb(), actor, id, { fillWithSuggestions });
    back(id, "calcul");
  },
  bound,
);

export const publishScheduleAction = boundUserAction(
  z.object({}).strict(),
  async (_input, { actor, id }) => {
    await publishSchedule(getDb(), actor, id);
    back(id, "planning");
  },
  bound,
);

const ZMove = z
  .object({
    meetingId: z.uuid(),
    place: z.string().regex(/^[0-9a-f-]{36}:\d{1,3}$/, "Choisissez un créneau."),
    table: zFrenchInt("La table", 1, 1000),
  })
  .strict();
export const moveMeetingAction = boundUserAction(
  ZMove,
  async ({ meetingId, place, table }, { actor, id }) => {
    const [sessionId, slot] = place.split(":");
    await moveMeeting(getDb(), actor, meetingId, { sessionId, slotIndex: Number(slot), table });
    back(id, "deplacement");
  },
  bound,
);

export const pinMeetingAction = boundUserAction(
  z.object({ meetingId: z.uuid(), pinned: z.enum(["true", "false"]) }).strict(),
  async ({ meetingId, pinned }, { actor, id }) => {
    await pinMeeting(getDb(), actor, meetingId, pinned === "true");
    back(id, "epingle");
  },
  bound,
);

export const checkInAction = boundUserAction(
  z.object({ registrationId: z.uuid() }).strict(),
  async ({ registrationId }, { actor, id }) => {
    await checkIn(getDb(), actor, registrationId);
    back(id, "accueil");
  },
  bound,
);

/** The check-in page a printed agenda's QR code opens: the link's token is the bound id. */
export const checkInByTokenAction = boundUserAction(
  z.object({}).strict(),
  async (_input, { actor, id }) => {
    await checkInByToken(getDb(), actor, id);
    redirect(`/cci/evenements/accueil/${id}?fait=accueil`);
  },
  { id: z.string().regex(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/), notFound: "Lien d'accueil invalide." },
);
