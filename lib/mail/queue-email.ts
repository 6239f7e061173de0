/**
 * Queues an e-mail: the `emails` row and its `send_email` job are written on the caller's transaction,
 * so a rolled-back change sends nothing and a committed one is sent by the worker, with retries.
 */
import type { DbOrTx } from "@/db/client";
import { emails } from "@/db/schema";
import { enqueueJob, enqueueJobs } from "../outbox/enqueue";

/** graphile waits exp(attempts) seconds between tries: 10 attempts span about 3 h 30 of SMTP outage. */
export const EMAIL_MAX_ATTEMPTS = 10;

export interface QueuedEmail {
  to: string;
  toUserId?: string | null;
  /** Template name, e.g. "need.changes_requested" (for the staff mailbox and figures). */
  template: string;
  subject: string;
  text: string;
  html: string;
  /** renderEmail's unsubscribe link, sent as the List-Unsubscribe header. */
  unsubscribeUrl?: string | null;
}

/** Returns the `emails` row id. Never sends directly. */
export async function queueEmail(tx: DbOrTx, msg: QueuedEmail): Promise<string> {
  const [row] = await tx
    .insert(emails)
    .values({
      toAddress: msg.to,
      toUserId: msg.toUserId ?? null,
      template: msg.template,
      subject: msg.subject,
      textBody: msg.text,
      htmlBody: msg.html,
      unsubscribeUrl: msg.unsubscribeUrl ?? null,
    })
    .returning({ id: emails.id });
  await enqueueJob(tx, "send_email", { emailId: row.id }, { jobKey: `email:${row.id}`, maxAttempts: EMAIL_MAX_ATTEMPTS });
  return row.id;
}

/** Many e-mails at once (alert fan-outs): batched inserts and one add_jobs per 2,000, same transaction. */
export async function queueEmails(tx: DbOrTx, msgs: QueuedEmail[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < msgs.length; i += 1000) {
    const rows = await tx
      .insert(emails)
      .values(
        msgs.slice(i, i + 1000).map((m) => ({
          toAddress: m.to,
          toUserId: m.toUserId ?? null,
          template: m.template,
          subject: m.subject,
          textBody: m.text,
          htmlBody: m.html,
          unsubscribeUrl: m.unsubscribeUrl ?? null,
        })),
      )
      .returning({ id: emails.id });
    ids.push(...rows.map((r) => r.id));
  }
  await enqueueJobs(
    tx,
    "send_email",
    ids.map((id) => ({ payload: { emailId: id }, jobKey: `email:${id}`, maxAttempts: EMAIL_MAX_ATTEMPTS })),
  );
  return ids;
}
