/**
 * E-mail verification. A self-signed-up account starts unverified (users.email_verified_at null) and
 * gets a link; until it is used the account works, with a banner asking to confirm the address, staff
 * see « adresse non confirmée » beside the company, and the account cannot invite colleagues (so an
 * address nobody checked cannot send e-mails to others through us). Confirming sends the welcome e-mail.
 */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { recordAudit } from "../audit/record";
import { enqueueJob } from "../outbox/enqueue";
import type { RateLimits } from "../security/rate-limit";
import { queueWelcomeEmail } from "./link-emails";
import { consumeToken, issueToken, TokenError } from "./tokens";

/** Issues a verification link and queues its e-mail, on the caller's transaction. */
export async function queueVerificationLink(tx: DbOrTx, user: { id: string; email: string }): Promise<void> {
  const { token, row } = await issueToken(tx, { purpose: "verify", email: user.email, userId: user.id });
  await enqueueJob(tx, "send_account_link", { tokenId: row.id, token }, { maxAttempts: 10 });
}

/** Confirms the address behind the link, once; the welcome e-mail goes in the same transaction. Throws TokenError. */
export async function verifyEmail(db: Db, token: string, now = new Date()): Promise<{ userId: string }> {
  return db.transaction(async (tx) => {
    const row = await consumeToken(tx, "verify", token, now);
    if (!row.userId) throw new TokenError("unknown");
    // The link proves the address it was sent to; an account whose address changed since is not verified by it.
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: now })
      .where(and(eq(users.id, row.userId), eq(users.email, row.email), isNull(users.emailVerifiedAt)))
      .returning({ id: users.id, email: users.email, firstName: users.firstName });
    if (!user) throw new TokenError("used");
    await recordAudit(tx, { actorUserId: user.id, action: "account.email_verified", objectType: "user", objectId: user.id });
    await queueWelcomeEmail(tx, user);
    return { userId: user.id };
  });
}

export async function isEmailVerified(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  return Boolean(row?.at);
}

/** A new link for a signed-in account not yet verified (the banner's button), at most 3 an hour. */
export async function resendVerificationLink(db: Db, userId: string, limits: RateLimits): Promise<void> {
  const [user] = await db.select({ id: users.id, email: users.email, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  if (!user || user.verifiedAt) return;
  await limits.enforce("emailVerificationResend", user.id);
  await db.transaction((tx) => queueVerificationLink(tx, user));
}

/** Of these companies, those with a member whose address is not confirmed (for staff lists). */
export async function companiesWithUnverifiedMembers(db: DbOrTx, companyIds: string[]): Promise<Set<string>> {
  if (companyIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ companyId: memberships.companyId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.companyId, companyIds), isNull(users.emailVerifiedAt)));
  return new Set(rows.map((r) => r.companyId));
}

export const NOT_VERIFIED_MESSAGE = "Confirmez d'abord votre adresse e-mail (lien reçu à l'inscription) : vous pourrez ensuite inviter vos collègues.";
