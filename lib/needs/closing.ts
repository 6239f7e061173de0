/**
 * Closing needs at their deadline. Publishing schedules one `close_need` job at the deadline; a sweep
 * every few minutes catches any need whose job was lost (e.g. a deadline moved, a restored backup).
 */
import { and, eq, lte, sql } from "drizzle-orm";
import { z } from "../validation/zod";
import type { Db } from "@/db/client";
import { needs } from "@/db/schema";
import { recordAudit } from "../audit/record";
import { defineTask, withDb, type PayloadOf } from "../outbox/define-task";
import { lockNeedIfAny } from "./lock";
import { applyNeedEvent } from "./state-machine";
import { queueIndexing } from "@/search/indexer";

/** Closes one need if it is still published and past its deadline; returns whether it did. */
export async function closeNeedIfDue(db: Db, needId: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const need = await lockNeedIfAny(tx, needId);
    if (!need || need.status !== "published" || need.responseDeadline > now) return false;
    const change = applyNeedEvent(need.status, "close", "system", now);
    await tx.update(needs).set(change).where(eq(needs.id, needId));
    await queueIndexing(tx, "needs", [needId]); // closed needs leave the opportunities
    await recordAudit(tx, {
      actorUserId: null,
      action: "need.close",
      objectType: "need",
      objectId: needId,
      companyId: need.companyId,
      before: { status: need.status },
      after: { status: "closed" },
    });
    return true;
  });
}

/** Closes every published need past its deadline; returns how many. */
export async function closeExpiredNeeds(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: needs.id })
    .from(needs)
    .where(and(eq(needs.status, "published"), lte(needs.responseDeadline, now)))
    .orderBy(sql`${needs.responseDeadline}`)
    .limit(1000);
  let closed = 0;
  for (const { id } of due) if (await closeNeedIfDue(db, id, now)) closed += 1;
  return closed;
}

export const closeNeedTask = defineTask(z.object({ needId: z.uuid() }), async ({ needId }, helpers) => {
  await withDb(helpers, (db) => closeNeedIfDue(db, needId));
});

export const closeExpiredNeedsTask = defineTask(z.object({}).passthrough(), async (_payload, helpers) => {
  const n = await withDb(helpers, (db) => closeExpiredNeeds(db));
  if (n > 0) helpers.logger.info(`closed ${n} need(s) past their deadline`);
});

// Registers this domain's tasks (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists them for the worker.
declare module "../outbox/define-task" {
  interface TaskPayloads {
    close_need: PayloadOf<typeof closeNeedTask>;
    close_expired_needs: PayloadOf<typeof closeExpiredNeedsTask>;
  }
}
