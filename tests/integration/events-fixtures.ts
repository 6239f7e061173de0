/** Shared set-up of the events integration tests: an event with two sessions, a buyer and suppliers registered. */
import { eq } from "drizzle-orm";
import { companies } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { registerCompany } from "@/lib/events/registration";
import { ZEventInput, ZRegistrationInput, ZSessionInput } from "@/lib/events/schemas";
import { addSession, createEvent, publishEvent } from "@/lib/events/service";
import { toParisLocal } from "@/lib/events/times";
import { companyWithTeam, staffActor } from "../factories/actors";
import { db } from "./db";

const DAY = 86_400_000;
export const EVENT_DAY = "2027-03-10";

export function eventInput(over: Record<string, unknown> = {}, now = new Date()) {
  return ZEventInput.parse({
    title: "Journée acheteurs de l'aéronautique",
    description: "Rencontres de 30 minutes entre les grands donneurs d'ordre et les PME du territoire.",
    communeCode: "13005",
    venue: "CCI, salle des Calanques",
    online: "",
    registrationOpensAt: toParisLocal(new Date(now.getTime() - DAY)),
    registrationClosesAt: toParisLocal(new Date(now.getTime() + 10 * DAY)),
    bookingOpensAt: toParisLocal(new Date(now.getTime() - DAY)),
    bookingClosesAt: toParisLocal(new Date(now.getTime() + 10 * DAY)),
    capacity: "",
    validateRegistrations: "",
    ...over,
  });
}

export const morning = (over: Record<string, unknown> = {}) =>
  ZSessionInput.parse({
    label: "Matin",
    day: EVENT_DAY,
    start: "09:30",
    end: "12:00",
    slotMinutes: "30",
    breaks: "10:30-10:45",
    tables: "2",
    maxMeetingsPerParticipant: "4",
    ...over,
  });
export const afternoon = (over: Record<string, unknown> = {}) =>
  ZSessionInput.parse({
    label: "Après-midi",
    day: EVENT_DAY,
    start: "14:00",
    end: "15:00",
    slotMinutes: "30",
    breaks: "",
    tables: "2",
    maxMeetingsPerParticipant: "2",
    ...over,
  });

/** A published event with a morning and an afternoon session. */
export async function publishedEvent(over: Record<string, unknown> = {}) {
  const staff = await staffActor(db());
  const event = await createEvent(db(), staff, eventInput(over));
  const am = await addSession(db(), staff, event.id, morning());
  const pm = await addSession(db(), staff, event.id, afternoon());
  await publishEvent(db(), staff, event.id);
  return { staff, event, am, pm };
}

/** A verified company of the given activity in Aubagne (13005) unless told otherwise. */
export async function companyOf(nafCode: string, name: string, communeCode = "13005") {
  const team = await companyWithTeam(db());
  await db().update(companies).set({ nafCode, communeCode, legalName: name }).where(eq(companies.id, team.companyId));
  return team;
}

export async function register(actor: Actor, eventId: string, companyId: string, over: Record<string, unknown>) {
  return registerCompany(
    db(),
    actor,
    eventId,
    companyId,
    ZRegistrationInput.parse({ personIds: [actor.userId], needIds: [], themeCodes: [], offerIds: [], ...over }),
  );
}

/** A buyer (aeronautics) and two joinery suppliers registered to the event's morning session; the buyer looks for joinery. */
export async function buyerAndTwoSuppliers(eventId: string, sessionId: string) {
  const buyer = await companyOf("30.30Z", "Aéro Méridien");
  const s1 = await companyOf("43.32A", "Menuiserie Roux");
  const s2 = await companyOf("43.32A", "Bois et Baies");
  const buyerReg = await register(buyer.admin, eventId, buyer.companyId, { role: "buyer", sessionIds: [sessionId], themeCodes: ["43.32A"] });
  const s1Reg = await register(s1.admin, eventId, s1.companyId, { role: "supplier", sessionIds: [sessionId] });
  const s2Reg = await register(s2.admin, eventId, s2.companyId, { role: "supplier", sessionIds: [sessionId] });
  return { buyer, s1, s2, buyerReg, s1Reg, s2Reg };
}
