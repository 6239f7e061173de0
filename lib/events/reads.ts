/** Reads behind the event pages: lists, an event with its sessions, registration choices, staff lists. */
import { and, asc, desc, eq, gt, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { communes, companies, eventRegistrationSessions, eventRegistrations, eventSessions, events, memberships, needs, offers, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { authorized, requireOwnRegistration, visibleEvent } from "./access";
import { displayName } from "./company-name";
import { pairRoles, type EventRole } from "./pairs";
import { listSessions } from "./service";

/** Published events, the coming ones first (by their registration deadline). */
export const publishedEvents = (db: DbOrTx) =>
  db
    .select({
      id: events.id,
      title: events.title,
      online: events.online,
      commune: communes.name,
      registrationClosesAt: events.registrationClosesAt,
      status: events.status,
    })
    .from(events)
    .leftJoin(communes, eq(communes.inseeCode, events.communeCode))
    .where(eq(events.status, "published"))
    .orderBy(desc(events.registrationClosesAt))
    .limit(100);

export async function allEvents(db: DbOrTx, actor: Actor | null) {
  authorized(actor, "event:manage");
  return db
    .select({
      id: events.id,
      title: events.title,
      status: events.status,
      scheduleStatus: events.scheduleStatus,
      registrationClosesAt: events.registrationClosesAt,
    })
    .from(events)
    .orderBy(desc(events.createdAt))
    .limit(200);
}

/** An event as the actor may see it, with its place and sessions. */
export async function eventPage(db: DbOrTx, actor: Actor | null, eventId: string) {
  const event = await visibleEvent(db, actor, eventId);
  const [place] = event.communeCode ? await db.select({ name: communes.name }).from(communes).where(eq(communes.inseeCode, event.communeCode)) : [];
  return { event, communeName: place?.name ?? null, sessions: await listSessions(db, eventId) };
}

/** What a company may attach when registering: its people, needs (not drafts of others…) and published offers. */
export async function registrationChoices(db: DbOrTx, actor: Actor | null, companyId: string) {
  authorized(actor, "event:register", { companyId });
  const [people, ownNeeds, ownOffers] = [
    await db
      .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.companyId, companyId))
      .orderBy(asc(users.lastName)),
    await db
      .select({ id: needs.id, title: needs.title })
      .from(needs)
      .where(and(eq(needs.companyId, companyId), ne(needs.status, "cancelled")))
      .orderBy(desc(needs.createdAt))
      .limit(50),
    await db
      .select({ id: offers.id, title: offers.title })
      .from(offers)
      .where(and(eq(offers.companyId, companyId), eq(offers.status, "published")))
      .orderBy(desc(offers.createdAt))
      .limit(50),
  ];
  return { people, needs: ownNeeds, offers: ownOffers };
}

/** The registrations of an event for staff, with company and sessions. */
export async function staffRegistrations(db: DbOrTx, actor: Actor | null, eventId: string) {
  authorized(actor, "event:manage");
  const regs = await db
    .select({
      id: eventRegistrations.id,
      role: eventRegistrations.role,
      status: eventRegistrations.status,
      name: displayName(),
      themeCodes: eventRegistrations.themeCodes,
      needIds: eventRegistrations.needIds,
    })
    .from(eventRegistrations)
    .innerJoin(companies, eq(companies.id, eventRegistrations.companyId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(displayName());
  const attend = regs.length
    ? await db
        .select()
        .from(eventRegistrationSessions)
        .where(
          inArray(
            eventRegistrationSessions.registrationId,
            regs.map((r) => r.id),
          ),
        )
    : [];
  return regs.map((r) => ({ ...r, sessionIds: attend.filter((a) => a.registrationId === r.id).map((a) => a.sessionId) }));
}

/** The other accepted participants a company may ask to meet (opposite side), for its own registration only. */
export async function meetableParticipants(db: DbOrTx, actor: Actor | null, eventId: string) {
  const own = await requireOwnRegistration(db, actor, eventId, { accepted: true });
  const rows = await db
    .select({ id: eventRegistrations.id, role: eventRegistrations.role, name: displayName() })
    .from(eventRegistrations)
    .innerJoin(companies, eq(companies.id, eventRegistrations.companyId))
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "accepted"), ne(eventRegistrations.id, own.id)))
    .orderBy(displayName());
  return rows.filter((r) => pairRoles<{ id: string; role: EventRole }>({ id: own.id, role: own.role }, r) !== null);
}

const sessionColumns = {
  id: eventSessions.id,
  label: eventSessions.label,
  startsAt: eventSessions.startsAt,
  endsAt: eventSessions.endsAt,
  slotMinutes: eventSessions.slotMinutes,
  breaks: eventSessions.breaks,
  eventId: events.id,
  eventTitle: events.title,
  eventStatus: events.status,
  online: events.online,
  venue: events.venue,
  commune: communes.name,
};
const sessionsQuery = (db: DbOrTx) =>
  db
    .select(sessionColumns)
    .from(eventSessions)
    .innerJoin(events, eq(events.id, eventSessions.eventId))
    .leftJoin(communes, eq(communes.inseeCode, events.communeCode))
    .$dynamic();

/** Sessions of published events that have not ended, soonest first (where another capability may hold a meeting, e.g. a pitch). */
export const upcomingSessions = (db: DbOrTx, now = new Date()) =>
  sessionsQuery(db)
    .where(and(eq(events.status, "published"), gt(eventSessions.endsAt, now)))
    .orderBy(asc(eventSessions.startsAt))
    .limit(50);

/** Sessions with their event and place, by id, whatever the event's status (the caller decides what a draft or cancelled one means). */
export async function sessionsWithEvent(db: DbOrTx, ids: string[]) {
  const rows = ids.length ? await sessionsQuery(db).where(inArray(eventSessions.id, [...new Set(ids)])) : [];
  return new Map(rows.map((r) => [r.id, r]));
}
export type SessionWithEvent = Awaited<ReturnType<typeof upcomingSessions>>[number];
