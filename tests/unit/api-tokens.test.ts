/** API token secrets: their shape, their hash (what the database keeps), scopes and the bearer header. */
import { describe, expect, it } from "vitest";
import { bearerSecret, hashApiSecret, isWellFormedSecret, newApiSecret, scopeAllows, secretPrefix } from "@/lib/api/tokens";
import { ZCreateApiToken } from "@/lib/api/token-schema";

describe("API token secrets", () => {
  it("are « cc_ » and 43 base64url characters, different each time", () => {
    const secrets = new Set(Array.from({ length: 200 }, newApiSecret));
    expect(secrets.size).toBe(200);
    for (const s of secrets) {
      expect(s).toMatch(/^cc_[A-Za-z0-9_-]{43}$/);
      expect(isWellFormedSecret(s)).toBe(true);
    }
  });

  it("are stored as their hex SHA-256, which never contains the secret", () => {
    const secret = newApiSecret();
    const hash = hashApiSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiSecret(secret));
    expect(hash).not.toBe(hashApiSecret(newApiSecret()));
    expect(hash).not.toContain(secret.slice(3, 13));
    // Plain SHA-256 (the known vector of "abc"), so an operator can find a token from its secret.
    expect(hashApiSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("keeps a short prefix for the list, far from enough to use the token", () => {
    const secret = newApiSecret();
    expect(secretPrefix(secret)).toBe(secret.slice(0, 10));
    expect(isWellFormedSecret(secretPrefix(secret))).toBe(false);
  });

  it("refuses secrets of another shape without a query", () => {
    for (const s of ["", "cc_", "cc_short", `xx_${"a".repeat(43)}`, `cc_${"a".repeat(42)}!`, `cc_${"a".repeat(44)}`, ` cc_${"a".repeat(43)}`]) {
      expect(isWellFormedSecret(s)).toBe(false);
    }
  });
});

describe("scopes", () => {
  it("a write token may read and write, a read token only read", () => {
    expect(scopeAllows("write", "read")).toBe(true);
    expect(scopeAllows("write", "write")).toBe(true);
    expect(scopeAllows("read", "read")).toBe(true);
    expect(scopeAllows("read", "write")).toBe(false);
  });

  it("the creation form accepts only the two scopes and a name of 2 to 80 characters, in French", () => {
    expect(ZCreateApiToken.parse({ name: "  Logiciel achats ", scope: "read" })).toEqual({ name: "Logiciel achats", scope: "read" });
    const refused = ZCreateApiToken.safeParse({ name: "x", scope: "admin" });
    expect(refused.success).toBe(false);
    const messages = refused.error!.issues.map((i) => i.message).join(" ");
    expect(messages).toContain("Le nom du jeton doit comporter au moins 2 caractères.");
    expect(messages).toContain("Choisissez les droits du jeton.");
  });
});

describe("Authorization header", () => {
  const h = (value?: string) => new Headers(value === undefined ? {} : { authorization: value });
  it("reads a bearer token, case-insensitively", () => {
    expect(bearerSecret(h("Bearer cc_abc"))).toBe("cc_abc");
    expect(bearerSecret(h("bearer   cc_abc "))).toBe("cc_abc");
  });
  it("says undefined without the header (a session may be used) and null for another scheme", () => {
    expect(bearerSecret(h())).toBeUndefined();
    expect(bearerSecret(h("Basic dXNlcjpwYXNz"))).toBeNull();
    expect(bearerSecret(h("Bearer"))).toBeNull();
    expect(bearerSecret(h("Bearer a b"))).toBeNull();
  });
});
