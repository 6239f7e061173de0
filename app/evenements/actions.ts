"use server";
/** Participants' actions on an event. Each service authorizes from the company's own registration. */
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { boundMemberAction, boundUserAction, userAction } from "@/lib/actions/client";
import { giveFeedback } from "@/lib/events/day";
import { registerCompany } from "@/lib/events/registration";
import { answerMeetingRequest, sendMeetingRequest } from "@/lib/events/requests";
import { ZFeedbackInput, ZMeetingRequestInput, ZRegistrationInput } from "@/lib/events/schemas";
import { z } from "@/lib/validation/zod";

const space = (eventId: string, done: string) => redirect(`/evenements/${eventId}/espace?fait=${done}`);

export const registerAction = boundMemberAction(
  "event:register",
  ZRegistrationInput,
  async (input, { actor, company, id }) => {
    await registerCompany(getDb(), actor, id, company.companyId, input);
    space(id, "inscription");
  },
  { notFound: "Événement introuvable.", noCompany: "Seule une entreprise inscrite sur la plateforme peut s'inscrire." },
);

export const requestMeetingAction = boundUserAction(
  ZMeetingRequestInput,
  async (input, { actor, id }) => {
    await sendMeetingRequest(getDb(), actor, id, input);
    space(id, "demande");
  },
  { notFound: "Événement introuvable." },
);

const ZAnswer = z.object({ requestId: z.uuid(), eventId: z.uuid(), answer: z.enum(["accept", "decline"]) }).strict();
export const answerRequestAction = userAction(ZAnswer, async ({ requestId, eventId, answer }, { actor }) => {
  await answerMeetingRequest(getDb(), actor, requestId, answer === "accept");
  space(eventId, answer === "accept" ? "acceptee" : "declinee");
});

export const feedbackAction = boundUserAction(
  ZFeedbackInput.extend({ eventId: z.uuid() }),
  async ({ eventId, ...input }, { actor, id }) => {
    await giveFeedback(getDb(), actor, id, input);
    space(eventId, "avis");
  },
  { notFound: "Rendez-vous introuvable." },
);
