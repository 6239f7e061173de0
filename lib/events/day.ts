/** The day and after: staff check participants in; after the event each side rates each meeting it had. */
import { and, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { companies, eventCheckIns, eventMeetings, eventRegistrations, eventSessions, events, meetingFeedback } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError } from "../errors";
import { authorized, requireOwnRegistration } from "./access";
import { readCheckInToken } from "./check-in-token";
import { displayName } from "./company-name";
import type { FeedbackInput } from "./schemas";

/** Staff check a registered company in (idempotent). */
export async function checkIn(db: Db, actor: Actor | null, registrationId: string, now = new Date()) {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const [reg] = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.id, registrationId));
    if (!reg || reg.status !== "accepted") throw new NotFoundError("Inscription introuvable.");
    const inserted = await tx
      .insert(eventCheckIns)
      .values({ registrationId, eventId: reg.eventId, checkedInAt: now, checkedInBy: staff.userId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length)
      await recordAudit(tx, {
        actorUserId: staff.userId,
        action: "event.check_in",
        objectType: "event_registration",
        objectId: registrationId,
        companyId: reg.companyId,
      });
    return inserted.length > 0;
  });
}

/** The registration a check-in link (the QR code of a printed agenda) names; staff only, « introuvable » when forged. */
export async function checkInTarget(db: DbOrTx, actor: Actor | null, token: string) {
  authorized(actor, "event:manage");
  const registrationId = readCheckInToken(token);
  if (!registrationId) throw new NotFoundError("Lien d'accueil invalide.");
  const [row] = await db
    .select({
      registrationId: eventRegistrations.id,
      status: eventRegistrations.status,
      role: eventRegistrations.role,
      name: displayName(),
      eventId: events.id,
      eventTitle: events.title,
      checkedInAt: eventCheckIns.checkedInAt,
    })
    .from(eventRegistrations)
    .innerJoin(companies, eq(companies.id, eventRegistrations.companyId))
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .leftJoin(eventCheckIns, eq(eventCheckIns.registrationId, eventRegistrations.id))
    .where(eq(eventRegistrations.id, registrationId));
  if (!row) throw new NotFoundError("Lien d'accueil invalide.");
  return row;
}

/** Staff check in the participant a check-in link names (idempotent): true when this call checked it in. */
export async function checkInByToken(db: Db, actor: Actor | null, token: string, now = new Date()) {
  authorized(actor, "event:manage");
  const registrationId = readCheckInToken(token);
  if (!registrationId) throw new NotFoundError("Lien d'accueil invalide.");
  return checkIn(db, actor, registrationId, now);
}

/** The check-in list: accepted registrations with their state, searchable by company name. */
export async function checkInList(db: DbOrTx, actor: Actor | null, eventId: string, search = "") {
  authorized(actor, "event:manage");
  const rows = await db
    .select({ registrationId: eventRegistrations.id, name: displayName(), role: eventRegistrations.role, checkedInAt: eventCheckIns.checkedInAt })
    .from(eventRegistrations)
    .innerJoin(companies, eq(companies.id, eventRegistrations.companyId))
    .leftJoin(eventCheckIns, eq(eventCheckIns.registrationId, eventRegistrations.id))
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "accepted")))
    .orderBy(displayName());
  const q = search.trim().toLocaleLowerCase("fr");
  return q ? rows.filter((r) => r.name.toLocaleLowerCase("fr").includes(q)) : rows;
}

/** A participant rates one of its own announced meetings once the meeting has started. */
export async function giveFeedback(db: Db, actor: Actor | null, meetingId: string, input: FeedbackInput, now = new Date()) {
  return db.transaction(async (tx) => {
    const [meeting] = await tx.select().from(eventMeetings).where(eq(eventMeetings.id, meetingId));
    if (!meeting) throw new NotFoundError("Rendez-vous introuvable.");
    const own = await requireOwnRegistration(tx, actor, meeting.eventId);
    if (own.id !== meeting.buyerRegistrationId && own.id !== meeting.supplierRegistrationId) throw new NotFoundError("Rendez-vous introuvable.");
    const member = authorized(actor, "event:register", { companyId: own.companyId });
    if (!meeting.announcedAt) throw new NotFoundError("Rendez-vous introuvable.");
    if (now < meeting.startsAt) throw new ConflictError("Vous pourrez donner votre avis après le rendez-vous.");
    const values = { meetingId, registrationId: own.id, rating: input.rating, outcome: input.outcome, comment: input.comment ?? "", createdBy: member.userId };
    const [row] = await tx
      .insert(meetingFeedback)
      .values(values)
      .onConflictDoUpdate({
        target: [meetingFeedback.meetingId, meetingFeedback.registrationId],
        set: { rating: values.rating, outcome: values.outcome, comment: values.comment },
      })
      .returning();
    await recordAudit(tx, {
      actorUserId: member.userId,
      action: "event.feedback",
      objectType: "event_meeting",
      objectId: meetingId,
      companyId: own.companyId,
      after: { rating: row.rating, outcome: row.outcome },
    });
    return row;
  });
}

/**
 * Staff figures of an event: registrations, meetings placed, present, meetings held and not held (a side
 * not checked in once the session is over, see attendance.ts), feedback and what followed.
 */
export async function eventFigures(db: DbOrTx, actor: Actor | null, eventId: string, now = new Date()) {
  authorized(actor, "event:manage");
  const [row] = (
    await db.execute<{
      registrations: number;
      meetings: number;
      checked_in: number;
      held: number;
      no_shows: number;
      feedback: number;
      quotes: number;
      awards: number;
    }>(sql`
    with over as (
      select m.id, exists (select 1 from ${eventCheckIns} c where c.registration_id = m.buyer_registration_id)
                   and exists (select 1 from ${eventCheckIns} c where c.registration_id = m.supplier_registration_id) as both_present
      from ${eventMeetings} m join ${eventSessions} s on s.id = m.session_id
      where m.event_id = ${eventId} and m.announced_at is not null and s.ends_at <= ${now.toISOString()}::timestamptz)
    select (select count(*)::int from ${eventRegistrations} where event_id = ${eventId} and status = 'accepted') as registrations,
           (select count(*)::int from ${eventMeetings} where event_id = ${eventId}) as meetings,
           (select count(*)::int from ${eventCheckIns} where event_id = ${eventId}) as checked_in,
           (select count(*)::int from over where both_present) as held,
           (select count(*)::int from over where not both_present) as no_shows,
           (select count(*)::int from ${meetingFeedback} f join ${eventMeetings} m on m.id = f.meeting_id where m.event_id = ${eventId}) as feedback,
           (select count(*)::int from ${meetingFeedback} f join ${eventMeetings} m on m.id = f.meeting_id where m.event_id = ${eventId} and f.outcome = 'quote') as quotes,
           (select count(*)::int from ${meetingFeedback} f join ${eventMeetings} m on m.id = f.meeting_id where m.event_id = ${eventId} and f.outcome = 'award') as awards`)
  ).rows;
  return row;
}

export const eventExists = async (db: DbOrTx, eventId: string) => (await db.select({ id: events.id }).from(events).where(eq(events.id, eventId))).length > 0;
