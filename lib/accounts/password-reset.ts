/**
 * « Mot de passe oublié ? »: a request always gets the same answer, whether the address has an account
 * or not (the worker decides, see link-tasks.ts); the link sets a new password once, within an hour.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record";
import { enqueueJob } from "../outbox/enqueue";
import { POLICIES, type RateLimits } from "../security/rate-limit";
import { consumeToken, TokenError, voidTokens } from "./tokens";

/** What every request is told, account or not. */
export const RESET_REQUESTED =
  "Si un compte existe pour cette adresse, nous venons de lui envoyer un lien pour choisir un nouveau mot de passe. Il est valable une heure. Pensez à regarder dans les indésirables.";

/**
 * Counts the request per client address (over the limit: a French error, which says nothing about the
 * account) and per address typed (over the limit: silently nothing sent, so nobody fills a mailbox).
 */
export async function requestPasswordReset(db: Db, email: string, limits: RateLimits, ip: string): Promise<void> {
  await limits.enforce("passwordResetIp", ip, "email");
  const account = email.trim().toLowerCase();
  const byAccount = await limits.hit("passwordResetAccount", account);
  if (byAccount.consumed > POLICIES.passwordResetAccount.points) return;
  await db.transaction((tx) => enqueueJob(tx, "request_password_reset", { email: account }, { maxAttempts: 10 }));
}

/**
 * Sets the new password and consumes the link in one transaction; the account's other reset links are
 * voided and its sign-in lock lifted (the owner just proved they read the mailbox). Throws TokenError.
 */
export async function resetPassword(db: Db, token: string, password: string, limits?: RateLimits): Promise<{ userId: string; email: string }> {
  const passwordHash = await hashPassword(password);
  const result = await db.transaction(async (tx) => {
    const row = await consumeToken(tx, "reset", token);
    const userId = row.userId;
    if (!userId) throw new TokenError("unknown"); // the table's check makes reset links carry an account
    await voidTokens(tx, userId, "reset");
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).returning({ email: users.email });
    if (!user) throw new TokenError("unknown");
    await recordAudit(tx, { actorUserId: userId, action: "account.password_reset", objectType: "user", objectId: userId });
    return { userId, email: user.email };
  });
  if (limits) await Promise.all([limits.reset("signInAccount", result.email.toLowerCase()), limits.reset("signInLocks", result.email.toLowerCase())]);
  return result;
}
