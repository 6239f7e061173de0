/**
 * API tokens of a company: created and revoked by its admins (« Accès API »), shown once, stored hashed.
 * A call authenticated by a token acts as its creator inside the token's company only, as a plain user
 * (never staff), and only while the creator is still an admin of that company: a token never gives more
 * than the company's admin could do, and loses its power when that person does.
 */
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { apiTokens, companies, memberships, users } from "@/db/schema";
import { authorize, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { NotFoundError, UnauthenticatedError } from "../errors";
import type { CreateApiTokenInput } from "./token-schema";
import { hashApiSecret, isWellFormedSecret, newApiSecret, secretPrefix, type ApiScope } from "./tokens";

export const INVALID_TOKEN = "Jeton d'API invalide, révoqué ou expiré.";
/** last_used_at is written at most once a minute per token (no write on every call). */
const LAST_USE_GRANULARITY_SEC = 60;

export async function createApiToken(db: Db, actor: Actor | null, companyId: string, input: CreateApiTokenInput) {
  authorize(actor, "company:manage-api", { companyId });
  const secret = newApiSecret();
  const row = await db.transaction(async (tx) => {
    const [token] = await tx
      .insert(apiTokens)
      .values({
        companyId,
        createdBy: actor?.userId ?? null,
        name: input.name,
        scope: input.scope,
        tokenHash: hashApiSecret(secret),
        prefix: secretPrefix(secret),
      })
      .returning();
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: "api_token.create",
      objectType: "api_token",
      objectId: token.id,
      companyId,
      after: { name: token.name, scope: token.scope, prefix: token.prefix },
    });
    return token;
  });
  return { secret, token: row };
}

export async function revokeApiToken(db: Db, actor: Actor | null, companyId: string, tokenId: string, now = new Date()) {
  authorize(actor, "company:manage-api", { companyId });
  return db.transaction(async (tx) => {
    const [token] = await tx
      .update(apiTokens)
      .set({ revokedAt: now, revokedBy: actor?.userId ?? null })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.companyId, companyId), isNull(apiTokens.revokedAt)))
      .returning();
    if (!token) throw new NotFoundError("Jeton introuvable ou déjà révoqué.");
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: "api_token.revoke",
      objectType: "api_token",
      objectId: token.id,
      companyId,
      before: { name: token.name, scope: token.scope, prefix: token.prefix },
    });
    return token;
  });
}

/** The « Accès API » list: every token of the company, newest first, with who created it and its last use. */
export async function listApiTokens(db: DbOrTx, actor: Actor | null, companyId: string) {
  authorize(actor, "company:manage-api", { companyId });
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      scope: apiTokens.scope,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      createdByName: sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`,
    })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.companyId, companyId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(100);
}

export interface ApiCaller {
  tokenId: string;
  companyId: string;
  scope: ApiScope;
  actor: Actor;
}

/**
 * The caller behind a secret, or UnauthenticatedError (401) when the token is unknown, revoked, its
 * creator gone or no longer an admin of the company. A suspended company's tokens do not work either.
 */
export async function authenticateApiToken(db: DbOrTx, secret: string, now = new Date()): Promise<ApiCaller> {
  if (!isWellFormedSecret(secret)) throw new UnauthenticatedError(INVALID_TOKEN);
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      companyId: apiTokens.companyId,
      scope: apiTokens.scope,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      companyName: sql<string>`coalesce(${companies.tradeName}, ${companies.legalName})`,
      suspendedAt: companies.suspendedAt,
      userId: users.id,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      role: memberships.role,
    })
    .from(apiTokens)
    .innerJoin(companies, eq(companies.id, apiTokens.companyId))
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .leftJoin(memberships, and(eq(memberships.userId, apiTokens.createdBy), eq(memberships.companyId, apiTokens.companyId)))
    .where(eq(apiTokens.tokenHash, hashApiSecret(secret)));
  if (!row || row.revokedAt || row.suspendedAt || !row.userId || row.role !== "admin") throw new UnauthenticatedError(INVALID_TOKEN);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USE_GRANULARITY_SEC * 1000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  return {
    tokenId: row.tokenId,
    companyId: row.companyId,
    scope: row.scope,
    actor: {
      userId: row.userId,
      email: row.email ?? "",
      firstName: row.firstName ?? "",
      lastName: row.lastName ?? "",
      // Never staff through a token, and only this company.
      platformRole: "user",
      memberships: [{ companyId: row.companyId, companyName: row.companyName, role: "admin" }],
    },
  };
}
