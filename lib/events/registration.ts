/**
 * A member company registers for a published event, within its registration window: its people, the
 * sessions they attend, and what it comes for (needs and purchase themes as a buyer, offers as a supplier).
 * Registering again updates the registration. Staff accept or refuse when the event validates registrations.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  eventRegistrationPeople,
  eventRegistrationSessions,
  eventRegistrations,
  eventSessions,
  memberships,
  nafCodes,
  needs,
  offers,
  type EventRegistrationRow as RegistrationRow,
} from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { authorized } from "./access";
import { emailRegistrations, EVENT_EMAILS } from "./emails";
import type { RegistrationInput } from "./schemas";
import { placesTaken, replaceGuestRegistration } from "./guests";
import { lockEvent } from "./service";

async function checkOwnership(tx: Tx, eventId: string, companyId: string, input: RegistrationInput) {
  const errors: Record<string, string> = {};
  const [sessions, people, ownNeeds, ownOffers, themes] = [
    await tx
      .select({ id: eventSessions.id })
      .from(eventSessions)
      .where(and(eq(eventSessions.eventId, eventId), inArray(eventSessions.id, input.sessionIds))),
    await tx
      .select({ id: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.companyId, companyId), inArray(memberships.userId, input.personIds))),
    input.needIds.length
      ? await tx
          .select({ id: needs.id })
          .from(needs)
          .where(and(eq(needs.companyId, companyId), inArray(needs.id, input.needIds)))
      : [],
    input.offerIds.length
      ? await tx
          .select({ id: offers.id })
          .from(offers)
          .where(and(eq(offers.companyId, companyId), inArray(offers.id, input.offerIds)))
      : [],
    input.themeCodes.length ? await tx.select({ code: nafCodes.code }).from(nafCodes).where(inArray(nafCodes.code, input.themeCodes)) : [],
  ];
  if (sessions.length !== new Set(input.sessionIds).size) errors.sessionIds = "Session inconnue : rechargez la page.";
  if (people.length !== new Set(input.personIds).size) errors.personIds = "Seuls les membres de votre entreprise peuvent être inscrits.";
  if (ownNeeds.length !== new Set(input.needIds).size) errors.needIds = "Besoin inconnu : joignez les besoins de votre entreprise.";
  if (ownOffers.length !== new Set(input.offerIds).size) errors.offerIds = "Offre inconnue : joignez les offres de votre entreprise.";
  if (themes.length !== new Set(input.themeCodes).size) errors.themeCodes = "Thème d'achat inconnu.";
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

export async function registerCompany(
  db: Db,
  actor: Actor | null,
  eventId: string,
  companyId: string,
  input: RegistrationInput,
  now = new Date(),
): Promise<RegistrationRow> {
  const member = authorized(actor, "event:register", { companyId });
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.status !== "published") throw new NotFoundError("Événement introuvable.");
    if (now < event.registrationOpensAt || now > event.registrationClosesAt) throw new ConflictError("Les inscriptions à cet événement ne sont pas ouvertes.");
    await checkOwnership(tx, eventId, companyId, input);
    const [existing] = await tx
      .select()
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.companyId, companyId)));
    // A guest registration of the same establishment (made before it joined) gives its place to this one.
    if (!existing) await replaceGuestRegistration(tx, eventId, companyId, member.userId);
    if (!existing && event.capacity !== null && (await placesTaken(tx, eventId)) >= event.capacity) throw new ConflictError("L'événement est complet.");
    const columns = {
      role: input.role,
      needIds: input.role === "supplier" ? [] : input.needIds,
      themeCodes: input.role === "supplier" ? [] : input.themeCodes,
      offerIds: input.role === "buyer" ? [] : input.offerIds,
    };
    const [reg] = existing
      ? await tx.update(eventRegistrations).set(columns).where(eq(eventRegistrations.id, existing.id)).returning()
      : await tx
          .insert(eventRegistrations)
          .values({
            eventId,
            companyId,
            ...columns,
            createdBy: member.userId,
            status: event.validateRegistrations ? "pending" : "accepted",
            decidedAt: event.validateRegistrations ? null : now,
          })
          .returning();
    await tx.delete(eventRegistrationPeople).where(eq(eventRegistrationPeople.registrationId, reg.id));
    await tx.delete(eventRegistrationSessions).where(eq(eventRegistrationSessions.registrationId, reg.id));
    await tx.insert(eventRegistrationPeople).values([...new Set(input.personIds)].map((userId) => ({ registrationId: reg.id, userId })));
    await tx.insert(eventRegistrationSessions).values([...new Set(input.sessionIds)].map((sessionId) => ({ registrationId: reg.id, sessionId })));
    await recordAudit(tx, {
      actorUserId: member.userId,
      action: existing ? "event.update_registration" : "event.register",
      objectType: "event_registration",
      objectId: reg.id,
      companyId,
      before: existing ? { role: existing.role } : undefined,
      after: { role: reg.role, status: reg.status, sessions: input.sessionIds.length, people: input.personIds.length },
    });
    if (!existing) {
      await emailRegistrations(tx, [reg.id], "event.registered", `Inscription : ${event.title}`, () =>
        EVENT_EMAILS.registered(event.title, reg.status === "pending", eventId),
      );
    }
    return reg;
  });
}

/** Staff accept or refuse a pending registration (events that validate registrations). */
export async function decideRegistration(db: Db, actor: Actor | null, registrationId: string, accept: boolean, now = new Date()): Promise<RegistrationRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.id, registrationId)).for("update");
    if (!before) throw new NotFoundError("Inscription introuvable.");
    const event = await lockEvent(tx, before.eventId);
    const status = accept ? "accepted" : "refused";
    if (before.status === status) return before;
    const [after] = await tx.update(eventRegistrations).set({ status, decidedAt: now }).where(eq(eventRegistrations.id, registrationId)).returning();
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: accept ? "event.accept_registration" : "event.refuse_registration",
      objectType: "event_registration",
      objectId: registrationId,
      companyId: before.companyId,
      before: { status: before.status },
      after: { status },
    });
    await emailRegistrations(
      tx,
      [registrationId],
      accept ? "event.registration_accepted" : "event.registration_refused",
      `${accept ? "Inscription acceptée" : "Inscription non retenue"} : ${event.title}`,
      () => EVENT_EMAILS.decided(event.title, accept, event.id),
    );
    return after;
  });
}
