/**
 * Signed links in e-mails ("Pas intéressé", "Se désabonner") that work without signing in: an HMAC of
 * the action and its subject with AUTH_SECRET. Nothing secret is inside; the signature proves we sent it.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** "relay-open": the link of a need a partner forwarded (lib/partners/relays.ts), recorded as opened. */
export type TokenAction = "decline" | "unsubscribe" | "relay-open";

function secret(): string {
  const s = process.env.AUTH_SECRET;
  if (!s) throw new Error("AUTH_SECRET is not set: signed e-mail links need it.");
  return s;
}

const sign = (payload: string) => createHmac("sha256", secret()).update(payload).digest("base64url");

/** "decline.<alertId>.<sig>" */
export function makeToken(action: TokenAction, subjectId: string): string {
  const payload = `${action}.${subjectId}`;
  return `${payload}.${sign(payload)}`;
}

/** The subject id when the token is genuine and for this action; null otherwise. */
export function readToken(action: TokenAction, token: string): string | null {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== action || !/^[0-9a-f-]{36}$/.test(parts[1])) return null;
  const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? parts[1] : null;
}
