/** Pure parts of the rate limits: the French wait message, the client address, keys, lock lengths, 429s. */
import { describe, expect, it } from "vitest";
import { clientIp, limitKey, lockDurationSec, POLICIES, RateLimitedError, tooManyAttemptsMessage, waitInWords } from "@/lib/security/rate-limit";
import { secureCookiesFor } from "@/lib/auth/secure-cookies";
import { ValidationError } from "@/lib/errors";
import { TooManyRequestsError } from "@/lib/http/errors";
import { problemOf, problemResponse } from "@/lib/http/problem";

describe("tooManyAttemptsMessage", () => {
  it("gives the wait in minutes, rounded up", () => {
    expect(tooManyAttemptsMessage(12 * 60)).toBe("Trop de tentatives. Réessayez dans 12 minutes.");
    expect(tooManyAttemptsMessage(11 * 60 + 1)).toBe("Trop de tentatives. Réessayez dans 12 minutes.");
    expect(tooManyAttemptsMessage(60)).toBe("Trop de tentatives. Réessayez dans 1 minute.");
  });

  it("says seconds under a minute and hours past one, singular and plural", () => {
    expect(waitInWords(1)).toBe("1 seconde");
    expect(waitInWords(0.2)).toBe("1 seconde");
    expect(waitInWords(45)).toBe("45 secondes");
    expect(waitInWords(61)).toBe("2 minutes");
    expect(waitInWords(3600)).toBe("1 heure");
    expect(waitInWords(2 * 3600)).toBe("2 heures");
    expect(waitInWords(3600 + 5 * 60)).toBe("1 h 05");
  });
});

describe("clientIp", () => {
  const h = (init: Record<string, string>) => new Headers(init);

  it("reads the last X-Forwarded-For entry: the one our proxy (or Next itself) wrote, not what the client claimed", () => {
    expect(clientIp(h({ "x-forwarded-for": "203.0.113.9" }), { TRUST_PROXY: "1" })).toBe("203.0.113.9");
    expect(clientIp(h({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }), { TRUST_PROXY: "1" })).toBe("203.0.113.9");
    expect(clientIp(h({ "x-forwarded-for": "1.2.3.4 ,  198.51.100.7 " }), {})).toBe("198.51.100.7");
  });

  it("uses X-Real-IP only behind a trusted proxy", () => {
    expect(clientIp(h({ "x-real-ip": "203.0.113.9" }), { TRUST_PROXY: "1" })).toBe("203.0.113.9");
    expect(clientIp(h({ "x-real-ip": "203.0.113.9" }), {})).toBe("unknown");
    expect(clientIp(h({ "x-forwarded-for": "198.51.100.7", "x-real-ip": "203.0.113.9" }), { TRUST_PROXY: "1" })).toBe("198.51.100.7");
  });

  it("writes one address one way (IPv4-mapped IPv6, ports, brackets, case)", () => {
    expect(clientIp(h({ "x-forwarded-for": "::ffff:10.0.0.1" }), {})).toBe("10.0.0.1");
    expect(clientIp(h({ "x-forwarded-for": "10.0.0.1:5123" }), {})).toBe("10.0.0.1");
    expect(clientIp(h({ "x-forwarded-for": "[2001:DB8::1]:443" }), {})).toBe("2001:db8::1");
    expect(clientIp(h({ "x-forwarded-for": "2001:db8::1" }), {})).toBe("2001:db8::1");
  });

  it("falls back to one shared key when nothing tells the address", () => {
    expect(clientIp(h({}), {})).toBe("unknown");
    expect(clientIp(h({ "x-forwarded-for": " , " }), {})).toBe("unknown");
  });
});

describe("limit keys and policies", () => {
  it("hashes keys: same account whatever the case, nothing in clear, short enough for the table", () => {
    expect(limitKey("Lucie@Exemple.fr")).toBe(limitKey("lucie@exemple.fr"));
    expect(limitKey("lucie@exemple.fr")).not.toContain("lucie");
    expect(limitKey("a".repeat(10_000)).length).toBeLessThanOrEqual(32);
    expect(limitKey("a@x.fr")).not.toBe(limitKey("b@x.fr"));
  });

  it("locks longer at each lock of the day, then repeats the longest", () => {
    expect([1, 2, 3, 4, 5, 9].map(lockDurationSec)).toEqual([60, 300, 900, 3600, 3600, 3600]);
    expect(POLICIES.signInAccount).toEqual({ points: 5, durationSec: 900 });
  });
});

describe("refusals", () => {
  it("answers route handlers with 429, Retry-After in whole seconds and a French message", async () => {
    const refusal = problemOf(new TooManyRequestsError(tooManyAttemptsMessage(41.2), 41.2));
    const res = problemResponse(refusal!.problem, refusal!.headers);
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("42");
    expect(await res.json()).toMatchObject({ status: 429, title: "Trop de requêtes", detail: "Trop de tentatives. Réessayez dans 42 secondes." });
  });

  it("refuses actions with a form error, next to the field when one is named", () => {
    const e = new RateLimitedError(720, "email");
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toBe("Trop de tentatives. Réessayez dans 12 minutes.");
    expect(e.fieldErrors).toEqual({ email: "Trop de tentatives. Réessayez dans 12 minutes." });
    expect(new RateLimitedError(30).fieldErrors).toEqual({});
  });
});

describe("secureCookiesFor", () => {
  const https = new Headers({ "x-forwarded-proto": "https" });

  it("forces Secure cookies when the public address is https", () => {
    expect(secureCookiesFor({ AUTH_URL: "https://circuit-court.example" }, null)).toBe(true);
    expect(secureCookiesFor({ APP_URL: "https://circuit-court.example" }, null)).toBe(true);
  });

  it("follows X-Forwarded-Proto only behind a trusted proxy", () => {
    expect(secureCookiesFor({ TRUST_PROXY: "1" }, https)).toBe(true);
    expect(secureCookiesFor({}, https)).toBeUndefined();
    expect(secureCookiesFor({ TRUST_PROXY: "1" }, new Headers({ "x-forwarded-proto": "http" }))).toBeUndefined();
  });

  it("leaves dev over http to Auth.js (no Secure cookie on http://localhost)", () => {
    expect(secureCookiesFor({ APP_URL: "http://localhost:3000" }, new Headers())).toBeUndefined();
    expect(secureCookiesFor({}, null)).toBeUndefined();
  });
});
