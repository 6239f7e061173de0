/**
 * Reminders the day before: publishing a schedule queues one `event_reminder` job (keyed by event, so a
 * republication replaces it) 24 hours before the first session; it e-mails each participant with meetings.
 */
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { z } from "../validation/zod";
import type { Db, Tx } from "@/db/client";
import { eventMeetings, events } from "@/db/schema";
import { defineTask, withDb, type PayloadOf } from "../outbox/define-task";
import { enqueueJob } from "../outbox/enqueue";
import { emailRegistrations, EVENT_EMAILS } from "./emails";
import { listSessions } from "./service";
import { formatTime } from "./times";

export const REMINDER_LEAD_MS = 24 * 3_600_000;

/** Queues (or moves) the event's reminder; none when the first session is less than a day away. */
export async function scheduleReminder(tx: Tx, eventId: string, now: Date) {
  const [first] = await listSessions(tx, eventId);
  if (!first) return null;
  const runAt = new Date(first.startsAt.getTime() - REMINDER_LEAD_MS);
  if (runAt <= now) return null;
  await enqueueJob(tx, "event_reminder", { eventId }, { jobKey: `event-reminder:${eventId}`, runAt });
  return runAt;
}

/** Sends the reminders of a published, not cancelled event; returns the number of e-mails. */
export async function sendEventReminders(db: Db, eventId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(events).where(eq(events.id, eventId));
    if (!event || event.status !== "published" || !event.schedulePublishedAt) return 0;
    const meetings = await tx
      .select()
      .from(eventMeetings)
      .where(and(eq(eventMeetings.eventId, eventId), isNotNull(eventMeetings.announcedAt)))
      .orderBy(asc(eventMeetings.startsAt));
    const byReg = new Map<string, { count: number; first: Date }>();
    for (const m of meetings) {
      for (const r of [m.buyerRegistrationId, m.supplierRegistrationId]) {
        const seen = byReg.get(r);
        byReg.set(r, { count: (seen?.count ?? 0) + 1, first: seen?.first ?? m.startsAt });
      }
    }
    return emailRegistrations(tx, [...byReg.keys()], "event.reminder", `Demain : ${event.title}`, (regId) => {
      const r = byReg.get(regId) ?? { count: 0, first: event.createdAt };
      return EVENT_EMAILS.reminder(event.title, r.count, formatTime(r.first), eventId);
    });
  });
}

export const eventReminderTask = defineTask(z.object({ eventId: z.uuid() }), async ({ eventId }, helpers) => {
  const n = await withDb(helpers, (db) => sendEventReminders(db, eventId));
  helpers.logger.info(`event ${eventId}: ${n} reminder(s) queued`);
});

// Registers this domain's tasks (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists them for the worker.
declare module "../outbox/define-task" {
  interface TaskPayloads {
    event_reminder: PayloadOf<typeof eventReminderTask>;
  }
}
