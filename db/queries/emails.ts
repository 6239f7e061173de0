/** The e-mail outbox as staff read it: the latest messages, one message, and counts per status. */
import { count, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { emails, emailStatus } from "../schema";

export type EmailStatus = (typeof emailStatus.enumValues)[number];

export async function listEmails(db: DbOrTx, opts: { status?: EmailStatus; limit?: number } = {}) {
  return db
    .select({
      id: emails.id,
      createdAt: emails.createdAt,
      toAddress: emails.toAddress,
      subject: emails.subject,
      template: emails.template,
      status: emails.status,
      attempts: emails.attempts,
      lastError: emails.lastError,
      sentAt: emails.sentAt,
    })
    .from(emails)
    .where(opts.status ? eq(emails.status, opts.status) : undefined)
    .orderBy(desc(emails.createdAt), desc(emails.id))
    .limit(opts.limit ?? 100);
}

export async function findEmail(db: DbOrTx, id: string) {
  const [row] = await db.select().from(emails).where(eq(emails.id, id));
  return row ?? null;
}

/** E-mail health: how many messages are in each status (every status present, 0 when none). */
export async function emailCountsByStatus(db: DbOrTx): Promise<Record<EmailStatus, number>> {
  const rows = await db.select({ status: emails.status, n: count() }).from(emails).groupBy(emails.status);
  const counts = Object.fromEntries(emailStatus.enumValues.map((s) => [s, 0])) as Record<EmailStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}
