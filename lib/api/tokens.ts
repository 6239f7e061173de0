/**
 * API token secrets, pure: « cc_ » + 32 random bytes in base64url (46 characters). The database keeps only
 * the hex SHA-256 (a leaked table or backup opens nothing) and the first characters, to recognise a token
 * in the list. A secret of the wrong shape is refused without a query.
 */
import { createHash, randomBytes } from "node:crypto";
import { API_TOKEN_SCOPE_VALUES } from "@/db/schema/enum-values";

export const API_TOKEN_PREFIX = "cc_";
/** The scopes, from the schema's enum (db/schema/enum-values.ts): one list for the database, the form and the API. */
export const API_SCOPES = API_TOKEN_SCOPE_VALUES;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  read: "Lecture",
  write: "Lecture et écriture",
};

const SHAPE = /^cc_[A-Za-z0-9_-]{43}$/;

export function newApiSecret(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export const hashApiSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export const isWellFormedSecret = (secret: string) => SHAPE.test(secret);

/** What the token list shows of a secret: « cc_Ab12Cd… ». */
export const secretPrefix = (secret: string) => secret.slice(0, 10);

/** "write" includes "read"; a "read" token is refused on every write. */
export function scopeAllows(granted: ApiScope, needed: ApiScope): boolean {
  return granted === "write" || needed === "read";
}

/**
 * The secret of an `Authorization: Bearer …` header; undefined without the header (the caller may use a
 * session instead), null for a header that is not a bearer token.
 */
export function bearerSecret(headers: Headers): string | null | undefined {
  const header = headers.get("authorization");
  if (header === null) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}
