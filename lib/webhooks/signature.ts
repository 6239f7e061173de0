/**
 * Signing of webhook deliveries (Standard Webhooks style, hex digest): the receiver recomputes
 * HMAC-SHA256(secret, "<Webhook-Id>.<Webhook-Timestamp>.<raw body>") and compares it with the hex after
 * "v1=" in Webhook-Signature, then refuses timestamps too far from its clock (replays of old requests).
 * The key is the secret string as issued, « whsec_… » included, in UTF-8. Pure code: the receivers'
 * documentation (/documentation-api) and the tests use the same functions.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SECRET_PREFIX = "whsec_";
/** A receiver should refuse a timestamp further than this from its own clock. */
export const SIGNATURE_TOLERANCE_SEC = 5 * 60;

export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(24).toString("base64url")}`;
}

/** The first characters, to recognise an endpoint's secret without showing it (« whsec_Ab12… »). */
export const webhookSecretPrefix = (secret: string) => secret.slice(0, SECRET_PREFIX.length + 4);

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${id}.${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does: true when one of the signatures (space-separated) matches and the timestamp is recent. */
export function verifyWebhook(secret: string, headers: { id: string; timestamp: string; signature: string }, body: string, now = Date.now()): boolean {
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || Math.abs(now / 1000 - ts) > SIGNATURE_TOLERANCE_SEC) return false;
  const expected = Buffer.from(signWebhook(secret, headers.id, ts, body));
  return headers.signature.split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** What /documentation-api shows receivers (Node.js, ES module): the tests import and run this very text against real deliveries. */
export const VERIFY_SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

// rawBody : le corps reçu, tel quel (avant JSON.parse) ; secret : « whsec_… »
export function verifierWebhook(secret, headers, rawBody) {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  // Refuser un envoi trop ancien (rejeu) : ${SIGNATURE_TOLERANCE_SEC / 60} minutes d'écart au plus.
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > ${SIGNATURE_TOLERANCE_SEC}) return false;
  const attendue = "v1=" + createHmac("sha256", secret).update(\`\${id}.\${timestamp}.\${rawBody}\`).digest("hex");
  return (headers["webhook-signature"] ?? "").split(" ").some((s) =>
    s.length === attendue.length && timingSafeEqual(Buffer.from(s), Buffer.from(attendue)));
}`;
