/**
 * Background tasks of alerts: on publication, rank the suppliers, store the ranking and fan out the
 * alerts (one transaction); each morning, digests and reminders.
 */
import { z } from "../validation/zod";
import { loadNeed } from "@/db/queries/needs";
import { defineTask, withDb, type PayloadOf } from "../outbox/define-task";
import { computeAndStoreMatches, currentWeights, rankSuppliersForNeed } from "../matching/service";
import { sendDailyDigests } from "./digest";
import { ALERT_CANDIDATES, fanOutNeedAlerts } from "./fan-out";
import { remindInvitedSuppliers } from "./reminders";
import { reasonsLine } from "./reasons";
import { emitNeedPublishedMatches } from "../webhooks/events";

export const alertNeedPublishedTask = defineTask(z.object({ needId: z.uuid() }), async ({ needId }, helpers) => {
  await withDb(helpers, async (db) => {
    const loaded = await loadNeed(db, needId);
    if (!loaded || loaded.need.status !== "published") return;
    await computeAndStoreMatches(db, needId);
    // A task's db is one client: one query at a time.
    const run = await rankSuppliersForNeed(db, needId, { limit: ALERT_CANDIDATES });
    const weights = await currentWeights(db);
    const need = {
      id: needId,
      title: loaded.need.title,
      companyName: loaded.companyName,
      communeName: loaded.communeName,
      responseDeadline: loaded.need.responseDeadline,
    };
    const signatories = run.matches.filter((m) => m.signatory);
    const { result, webhooks } = await db.transaction(async (tx) => ({
      result: await fanOutNeedAlerts(
        tx,
        need,
        signatories.map((m) => ({ companyId: m.companyId, score: m.score, reasons: reasonsLine(m.parts) })),
        weights.alertThreshold,
      ),
      // Webhooks follow each endpoint's own threshold, not the platform's alert threshold; a retried job emits nothing twice.
      webhooks: await emitNeedPublishedMatches(
        tx,
        { ...need, companyId: loaded.need.companyId },
        signatories.filter((m) => m.companyId !== loaded.need.companyId).map((m) => ({ companyId: m.companyId, score: m.score })),
      ),
    }));
    helpers.logger.info(`need ${needId}: ${result.queued} alerts, ${result.digest} in digests, ${result.capped} capped, ${webhooks} webhooks`);
  });
});

export const dailyDigestTask = defineTask(z.object({}).passthrough(), async (_p, helpers) => {
  await withDb(helpers, (db) => sendDailyDigests(db));
});

export const invitationRemindersTask = defineTask(z.object({}).passthrough(), async (_p, helpers) => {
  await withDb(helpers, (db) => remindInvitedSuppliers(db));
});

// Registers this domain's tasks (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists them for the worker.
declare module "../outbox/define-task" {
  interface TaskPayloads {
    alert_need_published: PayloadOf<typeof alertNeedPublishedTask>;
    daily_digest: PayloadOf<typeof dailyDigestTask>;
    invitation_reminders: PayloadOf<typeof invitationRemindersTask>;
  }
}
