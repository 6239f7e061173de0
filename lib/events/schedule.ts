/**
 * The schedule of an event: staff compute it (lib/meetings/schedule places the meetings), read its value
 * against the solver's bound, pin or move a meeting by hand, and publish it; publishing e-mails the
 * participants. A recomputation keeps pinned meetings where they are and moves announced ones as little as
 * the scheduler can (it is given the announced places).
 *
 * The problem handed to the scheduler is built in schedule-problem.ts; pinning and moving a meeting by hand
 * live in schedule-edits.ts (re-exported here, so callers keep one import).
 */
import { and, eq, isNull, notInArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { eventMeetings, eventRegistrations, events } from "@/db/schema";
import { scheduleMeetingsInThread } from "@/lib/meetings/schedule/highs-thread";
import type { ScheduleResult } from "@/lib/meetings/schedule/types";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { ConflictError, NotFoundError } from "../errors";
import { authorized } from "./access";
import { emailRegistrations, EVENT_EMAILS } from "./emails";
import { buildProblem, pairKey, placeOf } from "./schedule-problem";
import { lockEvent } from "./service";
import { scheduleReminder } from "./reminders";

export { moveMeeting, pinMeeting } from "./schedule-edits";

export interface ComputeOptions {
  /** Fill the gaps with the best suggestions of the matching engine (weight 1). */
  fillWithSuggestions?: boolean;
  /** Suggestions considered per buyer when filling gaps. */
  suggestionsPerBuyer?: number;
  timeLimitSeconds?: number;
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
