/**
 * The check-in link printed as a QR code on a participant's agenda: `/cci/evenements/accueil/<token>`,
 * where the token names the registration and carries an HMAC with AUTH_SECRET, so that only agendas we
 * issued open a check-in page (ids cannot be swapped). The page itself is for staff only.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const PREFIX = "accueil";

function secret(): string {
  const s = process.env.AUTH_SECRET;
  if (!s) throw new Error("AUTH_SECRET is not set: check-in links need it.");
  return s;
}

const sign = (registrationId: string) => createHmac("sha256", secret()).update(`${PREFIX}.${registrationId}`).digest("base64url");

/** "<registration id>.<signature>" */
export const checkInToken = (registrationId: string) => `${registrationId}.${sign(registrationId)}`;

export const checkInPath = (registrationId: string) => `/cci/evenements/accueil/${checkInToken(registrationId)}`;

/** The registration id when the token is genuine; null otherwise. */
export function readCheckInToken(token: string): string | null {
  const [id, given, extra] = token.split(".");
  if (extra !== undefined || !id || !given || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return null;
  const expected = Buffer.from(sign(id));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null;
}
