/**
 * The schedule of an event: staff compute it (lib/meetings/schedule places the meetings), read its value
 * against the solver's bound, pin or move a meeting by hand, and publish it; publishing e-mails the
 * participants. A recomputation keeps pinned meetings where they are and moves announced ones as little as
 * the scheduler can (it is given the announced places).
 */
import { and, eq, inArray, isNull, notInArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  eventMeetings,
  eventRegistrationSessions,
  eventRegistrations,
  events,
  meetingRequests,
  type EventMeetingRow as MeetingRow,
  type EventSessionRow as SessionRow,
} from "@/db/schema";
import { scheduleMeetingsInThread } from "@/lib/meetings/schedule/highs-thread";
import type { Assignment, MeetingRequest, ScheduleProblem, ScheduleResult } from "@/lib/meetings/schedule/types";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { authorized } from "./access";
import { emailRegistrations, EVENT_EMAILS } from "./emails";
import { MEETING_WEIGHTS, pairRoles, requestWeight } from "./pairs";
import { listSessions, lockEvent } from "./service";
import { scheduleReminder } from "./reminders";
import { eventSuggestions } from "./suggestions";
import { sessionSlots, type Slot } from "./times";

const slotId = (sessionId: string, index: number) => `${sessionId}:${index}`;
const pairKey = (buyerId: string, supplierId: string) => `${buyerId}|${supplierId}`;

interface Pair {
  buyerId: string;
  supplierId: string;
  weight: number;
  requestId: string | null;
}

export interface ComputeOptions {
  /** Fill the gaps with the best suggestions of the matching engine (weight 1). */
  fillWithSuggestions?: boolean;
  /** Suggestions considered per buyer when filling gaps. */
  suggestionsPerBuyer?: number;
  timeLimitSeconds?: number;
}

/** The meetings worth placing: requests by weight (one per pair, the strongest), then suggestions if asked. */
async function wantedPairs(db: Db, eventId: string, regs: { id: string; role: "buyer" | "supplier" | "both" }[], opts: ComputeOptions): Promise<Pair[]> {
  const byId = new Map(regs.map((r) => [r.id, r]));
  const requests = await db.select().from(meetingRequests).where(eq(meetingRequests.eventId, eventId));
  const vetoed = new Set<string>();
  const pairs = new Map<string, Pair>();
  for (const r of requests) {
    const from = byId.get(r.fromRegistrationId);
    const to = byId.get(r.toRegistrationId);
    if (!from || !to) continue;
    const roles = pairRoles(from, to);
    if (!roles) continue;
    const key = pairKey(roles.buyer.id, roles.supplier.id);
    if (r.status === "vetoed" || r.status === "declined") {
      vetoed.add(key);
      continue;
    }
    const weight = requestWeight(r);
    if (weight === null) continue;
    const current = pairs.get(key);
    if (!current || current.weight < weight) pairs.set(key, { buyerId: roles.buyer.id, supplierId: roles.supplier.id, weight, requestId: r.id });
  }
  for (const key of vetoed) pairs.delete(key);
  if (opts.fillWithSuggestions) {
    const perBuyer = new Map<string, number>();
    for (const s of await eventSuggestions(db, eventId)) {
      const key = pairKey(s.buyerRegistrationId, s.supplierRegistrationId);
      const taken = perBuyer.get(s.buyerRegistrationId) ?? 0;
      if (pairs.has(key) || vetoed.has(key) || taken >= (opts.suggestionsPerBuyer ?? 5)) continue;
      perBuyer.set(s.buyerRegistrationId, taken + 1);
      pairs.set(key, { buyerId: s.buyerRegistrationId, supplierId: s.supplierRegistrationId, weight: MEETING_WEIGHTS.suggestion, requestId: null });
    }
  }
  return [...pairs.values()];
}

/** Builds the scheduler's problem from the database: accepted registrations, their sessions, wanted pairs, pins. */
async function buildProblem(db: Db, eventId: string, opts: ComputeOptions) {
  const sessions = await listSessions(db, eventId);
  const regs = await db
    .select({ id: eventRegistrations.id, role: eventRegistrations.role })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "accepted")));
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
  const current = await db.select().from(eventMeetings).where(eq(eventMeetings.eventId, eventId));
  const pairs = await wantedPairs(db, eventId, regs, opts);
  const slotsOf = new Map(sessions.map((s) => [s.id, sessionSlots(s)]));
  const maxOf = new Map(sessions.map((s) => [s.id, s.maxMeetingsPerParticipant]));
  const currentByPair = new Map(current.map((m) => [pairKey(m.buyerRegistrationId, m.supplierRegistrationId), m]));
  // A pinned meeting stays even if its request was withdrawn: staff placed it by hand.
  for (const m of current) {
    const key = pairKey(m.buyerRegistrationId, m.supplierRegistrationId);
    if (m.pinned && !pairs.some((p) => pairKey(p.buyerId, p.supplierId) === key)) {
      pairs.push({ buyerId: m.buyerRegistrationId, supplierId: m.supplierRegistrationId, weight: m.weight, requestId: m.requestId });
    }
  }
  const problem: ScheduleProblem = {
    participants: regs.map((r) => {
      const sessionIds = attend.filter((a) => a.registrationId === r.id).map((a) => a.sessionId);
      // Each session's maximum holds in that session; over the event, their sum.
      return {
        id: r.id,
        role: r.role,
        sessionIds,
        maxMeetings: sessionIds.reduce((n, id) => n + (maxOf.get(id) ?? 0), 0),
        maxPerSession: Object.fromEntries(sessionIds.map((id) => [id, maxOf.get(id) ?? 0])),
      };
    }),
    sessions: sessions.map((s) => ({ id: s.id, slotIds: (slotsOf.get(s.id) ?? []).map((sl) => slotId(s.id, sl.index)), tableCount: s.tables })),
    meetings: pairs.map((p): MeetingRequest => {
      const placed = currentByPair.get(pairKey(p.buyerId, p.supplierId));
      return {
        id: pairKey(p.buyerId, p.supplierId),
        a: p.buyerId,
        b: p.supplierId,
        weight: p.weight,
        ...(placed?.pinned ? { pinned: { slotId: slotId(placed.sessionId, placed.slotIndex), table: placed.tableNumber } } : {}),
      };
    }),
  };
  const previous: Assignment[] = current
    .filter((m) => m.announcedAt)
    .map((m) => ({ meetingId: pairKey(m.buyerRegistrationId, m.supplierRegistrationId), slotId: slotId(m.sessionId, m.slotIndex), table: m.tableNumber }));
  return { problem, previous, pairs, sessions, slotsOf, current };
}

function placeOf(slotsOf: Map<string, Slot[]>, id: string): { sessionId: string; slot: Slot } {
  const cut = id.lastIndexOf(":");
  const sessionId = id.slice(0, cut);
  const slot = slotsOf.get(sessionId)?.[Number(id.slice(cut + 1))];
  if (!slot) throw new Error(`Créneau inconnu renvoyé par le planificateur : ${id}`);
  return { sessionId, slot };
}

/** Computes (or recomputes) the schedule; staff only. Participants see it once published. */
export async function computeSchedule(db: Db, actor: Actor | null, eventId: string, opts: ComputeOptions = {}, now = new Date()): Promise<ScheduleResult> {
  const staff = authorized(actor, "event:manage");
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event) throw new NotFoundError("Événement introuvable.");
  const { problem, previous, pairs, slotsOf, current } = await buildProblem(db, eventId, opts);
  // Staff compute from a request: HiGHS runs in a worker thread, the web server's thread stays free.
  const result = await scheduleMeetingsInThread(problem, { timeLimitSeconds: opts.timeLimitSeconds ?? 20, previous, moveCost: 0.1 });
  const pairById = new Map(pairs.map((p) => [pairKey(p.buyerId, p.supplierId), p]));
  const currentByPair = new Map(current.map((m) => [pairKey(m.buyerRegistrationId, m.supplierRegistrationId), m]));
  await db.transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const rows = result.assignments.map((a) => {
      const pair = pairById.get(a.meetingId);
      if (!pair) throw new Error(`Rendez-vous inconnu renvoyé par le planificateur : ${a.meetingId}`);
      const { sessionId, slot } = placeOf(slotsOf, a.slotId);
      const before = currentByPair.get(a.meetingId);
      const unchanged = before && before.sessionId === sessionId && before.slotIndex === slot.index && before.tableNumber === a.table;
      return {
        id: before?.id,
        eventId,
        requestId: pair.requestId,
        buyerRegistrationId: pair.buyerId,
        supplierRegistrationId: pair.supplierId,
        sessionId,
        slotIndex: slot.index,
        tableNumber: a.table,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        weight: pair.weight,
        pinned: before?.pinned ?? false,
        announcedAt: unchanged ? before.announcedAt : null,
      };
    });
    await storeMeetings(tx, eventId, rows);
    await tx
      .update(events)
      .set({
        scheduleStatus: "computed",
        scheduleComputedAt: now,
        scheduleValue: result.value,
        scheduleBound: result.bound,
        scheduleMethod: result.method,
      })
      .where(eq(events.id, eventId));
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: "event.compute_schedule",
      objectType: "event",
      objectId: eventId,
      after: {
        meetings: rows.length,
        wanted: pairs.length,
        value: result.value,
        bound: result.bound,
        gapPct: result.gapPct,
        method: result.method,
        moved: result.moved.length,
      },
    });
  });
  return result;
}

type NewMeeting = typeof eventMeetings.$inferInsert;

/**
 * Replaces the event's placed meetings by `rows`, keeping the row (and its id, feedback, announcement) of
 * each pair placed before. Kept rows are first parked on distinct negative slots, so that no unique index
 * (one meeting per table, per participant and slot) sees two rows at one place while they swap.
 */
async function storeMeetings(tx: Tx, eventId: string, rows: NewMeeting[]) {
  const keptIds = rows.flatMap((r) => (r.id ? [r.id] : []));
  await tx
    .delete(eventMeetings)
    .where(keptIds.length ? and(eq(eventMeetings.eventId, eventId), notInArray(eventMeetings.id, keptIds)) : eq(eventMeetings.eventId, eventId));
  if (keptIds.length) {
    await tx.execute(sql`update ${eventMeetings} m set slot_index = -p.n
      from (select id, row_number() over (order by id) as n from ${eventMeetings} where event_id = ${eventId}) p where m.id = p.id`);
    const kept = rows
      .filter((r) => r.id)
      .map((r) => ({
        id: r.id,
        session_id: r.sessionId,
        slot_index: r.slotIndex,
        table_number: r.tableNumber,
        starts_at: r.startsAt,
        ends_at: r.endsAt,
        weight: r.weight,
        request_id: r.requestId,
        announced_at: r.announcedAt,
      }));
    await tx.execute(sql`update ${eventMeetings} m set session_id = k.session_id, slot_index = k.slot_index, table_number = k.table_number,
        starts_at = k.starts_at, ends_at = k.ends_at, weight = k.weight, request_id = k.request_id, announced_at = k.announced_at, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(kept)}::jsonb) as k(id uuid, session_id uuid, slot_index smallint, table_number smallint,
        starts_at timestamptz, ends_at timestamptz, weight real, request_id uuid, announced_at timestamptz)
      where m.id = k.id`);
  }
  const fresh = rows.filter((r) => !r.id).map(({ id: _id, ...r }) => r);
  if (fresh.length) await tx.insert(eventMeetings).values(fresh);
}

/** Staff pin a meeting (kept at its place by later computations) or release it. */
export async function pinMeeting(db: Db, actor: Actor | null, meetingId: string, pinned: boolean): Promise<MeetingRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const [after] = await tx.update(eventMeetings).set({ pinned }).where(eq(eventMeetings.id, meetingId)).returning();
    if (!after) throw new NotFoundError("Rendez-vous introuvable.");
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: pinned ? "event.pin_meeting" : "event.unpin_meeting",
      objectType: "event_meeting",
      objectId: meetingId,
    });
    return after;
  });
}

async function busyIn(tx: Tx, registrationIds: string[], sessionId: string, slotIndex: number, exceptId: string) {
  const rows = await tx
    .select({ id: eventMeetings.id })
    .from(eventMeetings)
    .where(
      and(
        eq(eventMeetings.sessionId, sessionId),
        eq(eventMeetings.slotIndex, slotIndex),
        or(inArray(eventMeetings.buyerRegistrationId, registrationIds), inArray(eventMeetings.supplierRegistrationId, registrationIds)),
      ),
    );
  return rows.some((r) => r.id !== exceptId);
}

/**
 * Staff move a meeting to another slot and table by hand: both sides must attend that session and be free
 * then, the table must be free. The meeting is pinned there and will be announced again.
 */
export async function moveMeeting(
  db: Db,
  actor: Actor | null,
  meetingId: string,
  to: { sessionId: string; slotIndex: number; table: number },
): Promise<MeetingRow> {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(eventMeetings).where(eq(eventMeetings.id, meetingId)).for("update");
    if (!before) throw new NotFoundError("Rendez-vous introuvable.");
    await lockEvent(tx, before.eventId);
    const session: SessionRow | undefined = (await listSessions(tx, before.eventId)).find((s) => s.id === to.sessionId);
    if (!session) throw new ValidationError({ sessionId: "Session inconnue." });
    const slot = sessionSlots(session)[to.slotIndex];
    if (!slot) throw new ValidationError({ slotIndex: "Créneau inconnu dans cette session." });
    if (to.table < 1 || to.table > session.tables) throw new ValidationError({ table: `Table entre 1 et ${session.tables}.` });
    const pair = [before.buyerRegistrationId, before.supplierRegistrationId];
    const attending = await tx
      .select()
      .from(eventRegistrationSessions)
      .where(and(eq(eventRegistrationSessions.sessionId, session.id), inArray(eventRegistrationSessions.registrationId, pair)));
    if (attending.length < 2) throw new ValidationError({ sessionId: "Les deux participants n'assistent pas à cette session." });
    if (await busyIn(tx, pair, session.id, slot.index, meetingId)) throw new ConflictError("Un des deux participants a déjà un rendez-vous à ce créneau.");
    const [taken] = await tx
      .select({ id: eventMeetings.id })
      .from(eventMeetings)
      .where(and(eq(eventMeetings.sessionId, session.id), eq(eventMeetings.slotIndex, slot.index), eq(eventMeetings.tableNumber, to.table)));
    if (taken && taken.id !== meetingId) throw new ConflictError("Cette table est déjà occupée à ce créneau.");
    const [after] = await tx
      .update(eventMeetings)
      .set({
        sessionId: session.id,
        slotIndex: slot.index,
        tableNumber: to.table,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        pinned: true,
        announcedAt: null,
      })
      .where(eq(eventMeetings.id, meetingId))
      .returning();
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: "event.move_meeting",
      objectType: "event_meeting",
      objectId: meetingId,
      before: { sessionId: before.sessionId, slotIndex: before.slotIndex, table: before.tableNumber },
      after: { sessionId: session.id, slotIndex: slot.index, table: to.table },
    });
    return after;
  });
}

/**
 * Publishes the computed schedule: participants see their agenda, and those with a new or moved meeting
 * get an e-mail (everyone with meetings on the first publication). Staff only.
 */
export async function publishSchedule(db: Db, actor: Actor | null, eventId: string, now = new Date()) {
  const staff = authorized(actor, "event:manage");
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.scheduleStatus === "none") throw new ConflictError("Calculez le planning avant de le publier.");
    const firstTime = event.schedulePublishedAt === null;
    const fresh = await tx
      .update(eventMeetings)
      .set({ announcedAt: now })
      .where(and(eq(eventMeetings.eventId, eventId), isNull(eventMeetings.announcedAt)))
      .returning();
    const all = await tx.select().from(eventMeetings).where(eq(eventMeetings.eventId, eventId));
    const counts = new Map<string, number>();
    for (const m of all) for (const r of [m.buyerRegistrationId, m.supplierRegistrationId]) counts.set(r, (counts.get(r) ?? 0) + 1);
    const toTell = firstTime
      ? (
          await tx
            .select({ id: eventRegistrations.id })
            .from(eventRegistrations)
            .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "accepted")))
        ).map((r) => r.id)
      : [...new Set(fresh.flatMap((m) => [m.buyerRegistrationId, m.supplierRegistrationId]))];
    await tx.update(events).set({ scheduleStatus: "published", schedulePublishedAt: now }).where(eq(events.id, eventId));
    await scheduleReminder(tx, eventId, now);
    const sent = await emailRegistrations(
      tx,
      toTell,
      firstTime ? "event.schedule_published" : "event.schedule_changed",
      `${firstTime ? "Votre planning" : "Planning modifié"} : ${event.title}`,
      (regId) => EVENT_EMAILS.schedulePublished(event.title, counts.get(regId) ?? 0, !firstTime, eventId),
    );
    await recordAudit(tx, {
      actorUserId: staff.userId,
      action: "event.publish_schedule",
      objectType: "event",
      objectId: eventId,
      after: { meetings: all.length, announced: fresh.length, emails: sent },
    });
    return { meetings: all.length, announced: fresh.length, emails: sent };
  });
}
