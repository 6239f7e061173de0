/**
 * Non-members register for a published event without an account, with their establishment's SIRET. In one
 * transaction: the guest registration, its audit row and the e-mail (through the outbox) that invites the
 * person to sign the charter and create the company's account — the sign-up, which claims the directory's
 * establishment. Once the company is a member and registers for the event, the member registration replaces
 * the guest one (registration.ts calls `replaceGuestRegistration`).
 */
import { and, count, eq, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "@/db/client";
import { companies, eventGuestRegistrations, eventRegistrations, type GuestRegistrationRow } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { formatSiret } from "../companies/siret";
import { ConflictError, NotFoundError, pgConstraint, pgErrorCode, ValidationError } from "../errors";
import { queueEmail } from "../mail/queue-email";
import { renderEmail } from "../mail/render";
import { authorized } from "./access";
import { displayName } from "./company-name";
import { EVENT_EMAILS } from "./emails";
import type { GuestRegistrationInput } from "./guest-schema";
import { lockEvent } from "./service";

export const GUEST_MESSAGES = {
  closed: "Les inscriptions à cet événement ne sont pas ouvertes.",
  full: "L'événement est complet.",
  duplicate: "Cette entreprise (SIRET) est déjà inscrite à cet événement.",
  member: "Cette entreprise est déjà membre de Circuit Court : connectez-vous pour l'inscrire, ou demandez à son administrateur de vous ajouter à l'équipe.",
};

/** The directory's establishment for a SIRET: its name and whether it already has members (then it signs in). */
export async function establishmentBySiret(db: DbOrTx, siret: string) {
  const [row] = await db
    .select({
      id: companies.id,
      name: displayName(),
      active: sql<boolean>`${companies.administrativeState} = 'A'`,
      // Qualified by hand: in a one-table select drizzle writes ${companies.id} as a bare "id", which the
      // subquery would read as memberships.id.
      member: sql<boolean>`exists (select 1 from memberships m where m.company_id = "companies"."id")`,
    })
    .from(companies)
    .where(eq(companies.siret, siret));
  return row ?? null;
}

/** Places taken: member registrations not refused, and guest registrations. */
export async function placesTaken(tx: Tx, eventId: string): Promise<number> {
  const [[members], [guests]] = [
    await tx
      .select({ n: count() })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, eventId), ne(eventRegistrations.status, "refused"))),
    await tx.select({ n: count() }).from(eventGuestRegistrations).where(eq(eventGuestRegistrations.eventId, eventId)),
  ];
  return members.n + guests.n;
}

export async function registerGuest(db: Db, eventId: string, input: GuestRegistrationInput, now = new Date()): Promise<GuestRegistrationRow> {
  try {
    return await db.transaction(async (tx) => {
      // The event row is locked: registrations of one event queue behind each other, so the capacity holds.
      const event = await lockEvent(tx, eventId);
      if (event.status !== "published") throw new NotFoundError("Événement introuvable.");
      if (now < event.registrationOpensAt || now > event.registrationClosesAt) throw new ConflictError(GUEST_MESSAGES.closed);
      const known = await establishmentBySiret(tx, input.siret);
      if (known?.member) throw new ValidationError({ siret: GUEST_MESSAGES.member });
      const [already] = await tx
        .select({ id: eventGuestRegistrations.id })
        .from(eventGuestRegistrations)
        .where(and(eq(eventGuestRegistrations.eventId, eventId), eq(eventGuestRegistrations.siret, input.siret)));
      if (already) throw new ValidationError({ siret: GUEST_MESSAGES.duplicate });
      if (event.capacity !== null && (await placesTaken(tx, eventId)) >= event.capacity) throw new ConflictError(GUEST_MESSAGES.full);
      const [guest] = await tx
        .insert(eventGuestRegistrations)
        .values({
          eventId,
          siret: input.siret,
          companyId: known?.id ?? null,
          companyName: input.companyName,
          role: input.role,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          consentedAt: now,
        })
        .returning();
      await recordAudit(tx, {
        actorUserId: null,
        action: "event.register_guest",
        objectType: "event_guest_registration",
        objectId: guest.id,
        companyId: known?.id ?? null,
        after: { eventId, siret: guest.siret, companyName: guest.companyName, role: guest.role, directory: known !== null },
      });
      const subject = `Inscription : ${event.title}`;
      const { html, text } = renderEmail(EVENT_EMAILS.guestInvited(event.title, input.firstName, input.companyName, formatSiret(input.siret), eventId));
      await queueEmail(tx, { to: input.email, template: "event.guest_invited", subject, html, text });
      return guest;
    });
  } catch (err) {
    // Two submissions racing past the duplicate check: the unique index decides.
    if (pgErrorCode(err) === "23505" && pgConstraint(err) === "event_guest_registrations_siret_uq")
      throw new ValidationError({ siret: GUEST_MESSAGES.duplicate });
    throw err;
  }
}

/** The guest registrations of an event, for staff (listed as « non membre »). */
export async function staffGuestRegistrations(db: DbOrTx, actor: Actor | null, eventId: string) {
  authorized(actor, "event:manage");
  return db.select().from(eventGuestRegistrations).where(eq(eventGuestRegistrations.eventId, eventId)).orderBy(eventGuestRegistrations.companyName);
}

/**
 * The company has become a member and registers for the event: its guest registration (same SIRET) is
 * replaced, on the caller's transaction. Returns whether there was one (its place passes to the member one).
 */
export async function replaceGuestRegistration(tx: Tx, eventId: string, companyId: string, actorUserId: string): Promise<boolean> {
  const [company] = await tx.select({ siret: companies.siret }).from(companies).where(eq(companies.id, companyId));
  if (!company) return false;
  const [gone] = await tx
    .delete(eventGuestRegistrations)
    .where(and(eq(eventGuestRegistrations.eventId, eventId), eq(eventGuestRegistrations.siret, company.siret)))
    .returning();
  if (!gone) return false;
  await recordAudit(tx, {
    actorUserId,
    action: "event.guest_became_member",
    objectType: "event_guest_registration",
    objectId: gone.id,
    companyId,
    before: { siret: gone.siret, email: gone.email },
  });
  return true;
}
