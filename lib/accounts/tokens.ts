/**
 * Single-use e-mail links (password reset, address verification, invitations). The link carries a random
 * 32-byte token; the database keeps only its SHA-256, so the table (or a backup) opens nothing. A link
 * works once, before its expiry: `consumeToken` marks it used in the caller's transaction, with one
 * conditional UPDATE, so two clicks racing each other cannot both succeed.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { accountTokens, type AccountTokenRow as AccountToken } from "@/db/schema";

export type TokenPurpose = AccountToken["purpose"];

const HOUR = 3600 * 1000;
/** How long each kind of link works: a reset is short-lived; an invitation waits for a busy colleague. */
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = { reset: 1 * HOUR, verify: 72 * HOUR, invite: 7 * 24 * HOUR };

/** Why a link does not work: each answers its own French page. */
export type TokenProblem = "unknown" | "expired" | "used";

export class TokenError extends Error {
  constructor(public problem: TokenProblem) {
    super(`Account link ${problem}.`);
    this.name = "TokenError";
  }
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token looks like what we send (43 base64url characters); anything else is unknown without a query. */
const wellFormed = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

export interface IssueInput {
  purpose: TokenPurpose;
  email: string;
  userId?: string | null;
  companyId?: string | null;
  role?: "admin" | "member" | null;
  createdByUserId?: string | null;
  now?: Date;
}

/** Writes a new link on the caller's transaction; returns the token (to send, never to store) and the row. */
export async function issueToken(tx: DbOrTx, input: IssueInput): Promise<{ token: string; row: AccountToken }> {
  const token = randomBytes(32).toString("base64url");
  const now = input.now ?? new Date();
  const [row] = await tx
    .insert(accountTokens)
    .values({
      purpose: input.purpose,
      tokenHash: hashToken(token),
      email: input.email.trim().toLowerCase(),
      userId: input.userId ?? null,
      companyId: input.companyId ?? null,
      role: input.role ?? null,
      createdByUserId: input.createdByUserId ?? null,
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[input.purpose]),
    })
    .returning();
  return { token, row };
}

/** The row behind a link, or why it does not work (for the page that opens it; consumes nothing). */
export async function inspectToken(
  db: DbOrTx,
  purpose: TokenPurpose,
  token: string,
  now = new Date(),
): Promise<{ ok: true; row: AccountToken } | { ok: false; problem: TokenProblem }> {
  if (!wellFormed(token)) return { ok: false, problem: "unknown" };
  const [row] = await db
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose)));
  if (!row) return { ok: false, problem: "unknown" };
  if (row.usedAt) return { ok: false, problem: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, problem: "expired" };
  return { ok: true, row };
}

/** Marks the link used, on the caller's transaction; throws TokenError when it is unknown, used or expired. */
export async function consumeToken(tx: DbOrTx, purpose: TokenPurpose, token: string, now = new Date()): Promise<AccountToken> {
  if (!wellFormed(token)) throw new TokenError("unknown");
  const [row] = await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)),
    )
    .returning();
  if (row) return row;
  const seen = await inspectToken(tx, purpose, token, now);
  throw new TokenError(seen.ok ? "used" : seen.problem);
}

/** Voids the unused links of one purpose for an account (a new password voids the other reset links). */
export async function voidTokens(tx: DbOrTx, userId: string, purpose: TokenPurpose, now = new Date()): Promise<void> {
  await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}

/** Loads a token row by id with a check that the token matches it (used by the task that sends the link). */
export async function tokenRowFor(db: DbOrTx, id: string, token: string): Promise<AccountToken | null> {
  const [row] = await db
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.id, id), sql`${accountTokens.tokenHash} = ${hashToken(token)}`));
  return row ?? null;
}
