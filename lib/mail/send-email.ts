/**
 * The `send_email` task: sends one `emails` row and records the outcome on it. Safe to run twice: a row
 * already sent is skipped. On failure the row says so and the error is re-thrown so graphile-worker
 * retries with its exponential backoff (up to EMAIL_MAX_ATTEMPTS, set by queueEmail).
 */
import { eq, sql } from "drizzle-orm";
import { z } from "../validation/zod";
import { emails } from "@/db/schema";
import { defineTask, withDb, type PayloadOf } from "../outbox/define-task";
import { getMailer } from "./transport";

export const sendEmail = defineTask(z.object({ emailId: z.uuid() }), async ({ emailId }, helpers) => {
  const email = await withDb(helpers, async (db) => (await db.select().from(emails).where(eq(emails.id, emailId)))[0]);
  if (!email) {
    // The row is committed with the job, so it can only be gone on purpose: nothing left to send.
    helpers.logger.warn(`send_email: e-mail ${emailId} introuvable, rien à envoyer`);
    return;
  }
  if (email.status === "sent" || email.status === "suppressed") return;

  try {
    const { messageId } = await getMailer()({
      id: email.id,
      to: email.toAddress,
      subject: email.subject,
      text: email.textBody,
      html: email.htmlBody,
      listUnsubscribe: email.unsubscribeUrl ?? undefined,
    });
    await withDb(helpers, (db) =>
      db
        .update(emails)
        .set({ status: "sent", sentAt: new Date(), messageId, lastError: null, attempts: sql`${emails.attempts} + 1` })
        .where(eq(emails.id, emailId)),
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // "failed" stays retryable: graphile tries again and a later success sets "sent".
    await withDb(helpers, (db) =>
      db
        .update(emails)
        .set({ status: "failed", lastError: message.slice(0, 2000), attempts: sql`${emails.attempts} + 1` })
        .where(eq(emails.id, emailId)),
    );
    throw err;
  }
});

// Registers this domain's tasks (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists them for the worker.
declare module "../outbox/define-task" {
  interface TaskPayloads {
    send_email: PayloadOf<typeof sendEmail>;
  }
}
