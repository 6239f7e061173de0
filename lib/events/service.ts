/**
 * Staff side of events: create and edit a draft, add sessions, publish (the moderation step: members only
 * see published events), cancel. Each change commits with its audit row in one transaction.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { communes, eventSessions, events, type EventRow, type EventSessionRow as SessionRow } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import type { EventInput, SessionInput } from "./schemas";
import { authorized } from "./access";
import { sessionSlots } from "./times";

/** For app/, which does not import db/. */
export type { EventRow };

export async function lockEvent(tx: Tx, eventId: string): Promise<EventRow> {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
  if (!event) throw new NotFoundError("Événement introuvable.");
  return event;
}

async function checkCommune(tx: Tx, input: EventInput) {
  if (!input.communeCode) return;
  const [c] = await tx.select({ code: communes.inseeCode }).from(communes).where(eq(communes.inseeCode, input.communeCode));
  if (!c) throw new ValidationError({ communeCode: "Commune inconnue." });
}

const columnsOf = (input: EventInput) => ({
  title: input.title,
  description: input.description,
  communeCode: input.communeCode ?? null,
  venue: input.venue ?? null,
  online: input.online,
  registrationOpensAt: input.registrationOpensAt,
  registrationClosesAt: input.registrationClosesAt,
  bookingOpensAt: input.bookingOpensAt,
  bookingClosesAt: input.bookingClosesAt,
  capacity: input.capacity ?? null,
  validateRegistrations: input.validateRegistrations,
});

const snapshot = (e: EventRow) => ({ title: e.title, status: e.status, capacity: e.capacity, validateRegistrations: e.validateRegistrations });

export async function createEvent(db: Db, actor: Actor | null, input: EventInput): Promise<EventRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    await checkCommune(tx, input);
    const [event] = await tx
      .insert(events)
      .values({ ...columnsOf(input), createdBy: staff.userId })
      .returning();
    await recordAudit(tx, { actorUserId: staff.userId, action: "event.create", objectType: "event", objectId: event.id, after: snapshot(event) });
    return event;
  });
}

export async function updateEvent(db: Db, actor: Actor | null, eventId: string, input: EventInput): Promise<EventRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const before = await lockEvent(tx, eventId);
    if (before.status === "cancelled") throw new ConflictError("Cet événement est annulé : il n'est plus modifiable.");
    await checkCommune(tx, input);
    const [after] = await tx.update(events).set(columnsOf(input)).where(eq(events.id, eventId)).returning();
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: "event.update",
      objectType: "event",
      objectId: eventId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}

/** Adds a matchmaking session; it must hold at least one slot. Sessions change only before the schedule is published. */
export async function addSession(db: Db, actor: Actor | null, eventId: string, input: SessionInput): Promise<SessionRow> {
  const staff = authorized(actor, "event:manage");
  if (sessionSlots({ ...input }).length === 0)
    throw new ValidationError({ slotMinutes: "Aucun créneau ne tient dans cette session : raccourcissez les rendez-vous ou les pauses." });
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.scheduleStatus === "published") throw new ConflictError("Le planning est publié : les sessions ne changent plus.");
    const [session] = await tx
      .insert(eventSessions)
      .values({ eventId, ...input })
      .returning();
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: "event.add_session",
      objectType: "event",
      objectId: eventId,
      after: { label: session.label, startsAt: session.startsAt, slotMinutes: session.slotMinutes, tables: session.tables },
    });
    return session;
  });
}

export async function removeSession(db: Db, actor: Actor | null, eventId: string, sessionId: string) {
  const staff = authorized(actor, "event:manage");
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.scheduleStatus === "published") throw new ConflictError("Le planning est publié : les sessions ne changent plus.");
    const [gone] = await tx
      .delete(eventSessions)
      .where(and(eq(eventSessions.id, sessionId), eq(eventSessions.eventId, eventId)))
      .returning();
    if (!gone) throw new NotFoundError("Session introuvable.");
    await recordAudit(tx, { actorUserId: staff.userId, action: "event.remove_session", objectType: "event", objectId: eventId, before: { label: gone.label } });
  });
}

export const listSessions = (db: Db | Tx, eventId: string) =>
  db.select().from(eventSessions).where(eq(eventSessions.eventId, eventId)).orderBy(asc(eventSessions.startsAt));

/** Draft → published: the event appears in the public list and opens to registrations (within its window). */
export async function publishEvent(db: Db, actor: Actor | null, eventId: string, now = new Date()): Promise<EventRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const before = await lockEvent(tx, eventId);
    if (before.status !== "draft") throw new ConflictError("Seul un brouillon peut être publié.");
    if ((await listSessions(tx, eventId)).length === 0) throw new ConflictError("Ajoutez au moins une session de rendez-vous avant de publier.");
    const [after] = await tx.update(events).set({ status: "published", publishedAt: now }).where(eq(events.id, eventId)).returning();
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: "event.publish",
      objectType: "event",
      objectId: eventId,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}

export async function cancelEvent(db: Db, actor: Actor | null, eventId: string): Promise<EventRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const before = await lockEvent(tx, eventId);
    if (before.status === "cancelled") throw new ConflictError("Cet événement est déjà annulé.");
    const [after] = await tx.update(events).set({ status: "cancelled" }).where(eq(events.id, eventId)).returning();
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: "event.cancel",
      objectType: "event",
      objectId: eventId,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}
