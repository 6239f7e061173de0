/**
 * Background tasks that send single-use links. `send_account_link` gets the token in its payload (the
 * job row lives only until the e-mail is sent) and sends it straight to the mailer; the `emails` row it
 * records has the link masked, so the token is never kept at rest. `request_password_reset` is queued for
 * every request, whether the address has an account or not: the visitor's answer does the same work and
 * takes the same time either way; only here, in the worker, does the account decide what happens.
 */
import { eq, sql } from "drizzle-orm";
import type { JobHelpers } from "graphile-worker";
import { z } from "../validation/zod";
import type { Db } from "@/db/client";
import { companies, emails, users } from "@/db/schema";
import { findUserByEmail } from "@/db/queries/users";
import { defineTask, withDb, type PayloadOf } from "../outbox/define-task";
import { getMailer } from "../mail/transport";
import { MASKED_TOKEN, renderLinkEmail, type LinkContext } from "./link-emails";
import { issueToken, tokenRowFor } from "./tokens";
import type { AccountTokenRow as AccountToken } from "@/db/schema";

async function contextOf(db: Db, row: AccountToken): Promise<LinkContext> {
  const [user] = row.userId ? await db.select({ firstName: users.firstName }).from(users).where(eq(users.id, row.userId)) : [];
  const [company] = row.companyId
    ? await db
        .select({ name: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})` })
        .from(companies)
        .where(eq(companies.id, row.companyId))
    : [];
  const [inviter] = row.createdByUserId
    ? await db
        .select({ name: sql<string>`${users.firstName} || ' ' || ${users.lastName}` })
        .from(users)
        .where(eq(users.id, row.createdByUserId))
    : [];
  return { firstName: user?.firstName, companyName: company?.name, inviterName: inviter?.name };
}

/** Sends one link e-mail and records it (link masked). A failure removes the record and throws, so graphile retries. */
export async function sendLink(helpers: JobHelpers, row: AccountToken, token: string): Promise<void> {
  const ctx = await withDb(helpers, (db) => contextOf(db, row));
  const mail = renderLinkEmail(row, token, ctx);
  const masked = renderLinkEmail(row, MASKED_TOKEN, ctx);
  const [record] = await withDb(helpers, (db) =>
    db
      .insert(emails)
      .values({
        toAddress: row.email,
        toUserId: row.userId,
        template: mail.template,
        subject: mail.subject,
        textBody: masked.text,
        htmlBody: masked.html,
      })
      .returning({ id: emails.id }),
  );
  try {
    const { messageId } = await getMailer()({ id: record.id, to: row.email, subject: mail.subject, text: mail.text, html: mail.html });
    await withDb(helpers, (db) => db.update(emails).set({ status: "sent", sentAt: new Date(), messageId, attempts: 1 }).where(eq(emails.id, record.id)));
  } catch (err) {
    // A staff « renvoyer » of this row would send the masked link: drop it; the job's retry sends again.
    await withDb(helpers, (db) => db.delete(emails).where(eq(emails.id, record.id)));
    throw err;
  }
}

export const sendAccountLinkTask = defineTask(z.object({ tokenId: z.uuid(), token: z.string().max(100) }), async ({ tokenId, token }, helpers) => {
  const row = await withDb(helpers, (db) => tokenRowFor(db, tokenId, token));
  // Used, expired or gone (an invitation withdrawn, an account deleted): nothing worth sending.
  if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return;
  // An address confirmed meanwhile (an invitation or a newer link did it) needs no verification e-mail.
  const userId = row.userId;
  if (row.purpose === "verify" && userId) {
    const [user] = await withDb(helpers, (db) => db.select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)));
    if (!user || user.verifiedAt) return;
  }
  await sendLink(helpers, row, token);
});

export const requestPasswordResetTask = defineTask(z.object({ email: z.string().max(254) }), async ({ email }, helpers) => {
  const user = await withDb(helpers, (db) => findUserByEmail(db, email));
  if (!user) return;
  const { token, row } = await withDb(helpers, (db) => issueToken(db, { purpose: "reset", email: user.email, userId: user.id }));
  await sendLink(helpers, row, token);
});

// Registers this domain's tasks (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists them for the worker.
declare module "../outbox/define-task" {
  interface TaskPayloads {
    send_account_link: PayloadOf<typeof sendAccountLinkTask>;
    request_password_reset: PayloadOf<typeof requestPasswordResetTask>;
  }
}
