/**
 * Checks an e-mail and password against the accounts, under the sign-in limits: failures are counted per
 * account (known or not, so a lock does not reveal which e-mails exist) and per client address, and
 * attempts are counted before the password is checked, so a burst of parallel guesses gets no more tries
 * than a sequence. The 5th failure in 15 minutes locks the account, for longer at each lock of the day;
 * the first lock of the day e-mails the owner. A success clears the account's counters.
 */
import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { findUserByEmail } from "@/db/queries/users";
import { queueSignInLockedEmail } from "../accounts/security-emails";
import { lockDurationSec, POLICIES, type RateLimits } from "../security/rate-limit";
import { hashPassword, verifyPassword } from "./password";

export type CredentialsOutcome =
  { ok: true; user: { id: string; email: string; name: string } } | { ok: false; reason: "invalid" } | { ok: false; reason: "locked"; retryAfterSec: number };

export interface CredentialsDeps {
  db: Db;
  limits: RateLimits;
  now?: () => Date;
}

export async function checkCredentials(
  input: { email: string; password: string; ip: string },
  { db, limits, now = () => new Date() }: CredentialsDeps,
): Promise<CredentialsOutcome> {
  const account = input.email.trim().toLowerCase();

  // The address first: a client over its limit does not even count against the account it targets.
  const byIp = await limits.hit("signInIp", input.ip);
  if (byIp.limited) return { ok: false, reason: "locked", retryAfterSec: byIp.retryAfterSec };
  const byAccount = await limits.hit("signInAccount", account);
  // Past the limit: locked (by a block, or by the window when a block was not written) — the right
  // password is refused too, without being checked.
  if (byAccount.limited) return { ok: false, reason: "locked", retryAfterSec: byAccount.retryAfterSec };

  const user = await findUserByEmail(db, account);
  // Verify even without a user so response time does not reveal which e-mails exist.
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);

  if (user && ok) {
    await Promise.all([limits.reset("signInAccount", account), limits.reset("signInLocks", account), limits.giveBack("signInIp", input.ip)]);
    await db.update(users).set({ lastSignInAt: now() }).where(eq(users.id, user.id));
    return { ok: true, user: { id: user.id, email: user.email, name: `${user.firstName} ${user.lastName}` } };
  }

  // Exactly one request reaches the limit (the counter is one atomic upsert): it alone locks and e-mails.
  if (byAccount.consumed === POLICIES.signInAccount.points) {
    const locks = await limits.hit("signInLocks", account);
    const seconds = lockDurationSec(locks.consumed);
    await limits.block("signInAccount", account, seconds);
    if (user && locks.consumed === 1) {
      const lockedAt = now();
      await db.transaction((tx) => queueSignInLockedEmail(tx, user, { lockedAt, unlockAt: new Date(lockedAt.getTime() + seconds * 1000) }));
    }
    return { ok: false, reason: "locked", retryAfterSec: seconds };
  }
  return { ok: false, reason: "invalid" };
}

// Hash of a random string, compared against when the e-mail is unknown.
let dummyHash: Promise<string> | undefined;
function getDummyHash() {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}
