/** The edge's pure rules: security headers and CSP, the cross-site write refusal, the one body-size rule. */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { UPLOAD_LIMITS } from "@/lib/files/check-upload";
import { MAX_NEED_ATTACHMENTS } from "@/lib/needs/service";
import { MAX_OFFER_PHOTOS } from "@/lib/offers/offer-schema";
import { MAX_REQUEST_BODY, MAX_REQUEST_BODY_BYTES } from "@/lib/security/body-limit";
import { createNonce, pageContentSecurityPolicy, requestIsHttps, resourceContentSecurityPolicy, responseKind, securityHeaders } from "@/lib/security/headers";
import { originCheck, ownHost, trustsProxy } from "@/lib/security/origin";

/** Directive name → its values, from a CSP string. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values];
      }),
  );
}

describe("page Content-Security-Policy", () => {
  const prod = directives(pageContentSecurityPolicy({ nonce: "abc123", dev: false, https: false }));

  it("runs only scripts carrying this request's nonce, never inline or eval in production", () => {
    const scripts = prod.get("script-src") ?? [];
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("allows eval only under next dev, for React's dev tooling", () => {
    const dev = directives(pageContentSecurityPolicy({ nonce: "abc123", dev: true, https: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins, foreign base URLs and foreign form targets", () => {
    expect(prod.get("frame-ancestors")).toEqual(["'none'"]);
    expect(prod.get("object-src")).toEqual(["'none'"]);
    expect(prod.get("base-uri")).toEqual(["'self'"]);
    expect(prod.get("form-action")).toEqual(["'self'"]);
    expect(prod.get("default-src")).toEqual(["'self'"]);
  });

  it("keeps inline styles usable: a nonce in style-src would silently switch 'unsafe-inline' off", () => {
    const styles = prod.get("style-src") ?? [];
    expect(styles).toContain("'unsafe-inline'");
    expect(styles.some((s) => s.startsWith("'nonce-"))).toBe(false);
  });

  it("upgrades insecure requests only over HTTPS (on plain HTTP it would rewrite our own URLs)", () => {
    expect(prod.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(pageContentSecurityPolicy({ nonce: "n", dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("resource Content-Security-Policy (JSON, files, exports)", () => {
  it("loads and runs nothing and sandboxes a file opened in a tab", () => {
    const csp = directives(resourceContentSecurityPolicy());
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.has("sandbox")).toBe(true);
    expect(csp.has("script-src")).toBe(false);
  });
});

describe("responseKind", () => {
  it("treats API routes and exports as resources and everything else as pages", () => {
    expect(responseKind("/api/files/1")).toBe("resource");
    expect(responseKind("/api/auth/session")).toBe("resource");
    expect(responseKind("/exports/besoins")).toBe("resource");
    expect(responseKind("/")).toBe("page");
    expect(responseKind("/connexion")).toBe("page");
    expect(responseKind("/apiculteurs")).toBe("page");
    expect(responseKind("/exportateurs")).toBe("page");
  });
});

describe("securityHeaders", () => {
  it("sets the same protective headers on pages and resources", () => {
    for (const headers of [securityHeaders({ kind: "page", nonce: "n", dev: false, https: false }), securityHeaders({ kind: "resource", https: false })]) {
      expect(headers["X-Frame-Options"]).toBe("DENY");
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["Permissions-Policy"]).toMatch(/(^|, )camera=\(\)/);
      expect(headers["Permissions-Policy"]).toMatch(/(^|, )microphone=\(\)/);
      expect(headers["Permissions-Policy"]).toMatch(/(^|, )geolocation=\(\)/);
      expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    }
  });

  it("puts the request's nonce in a page's policy", () => {
    expect(securityHeaders({ kind: "page", nonce: "xyz", dev: false, https: false })["Content-Security-Policy"]).toContain("'nonce-xyz'");
  });

  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders({ kind: "resource", https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ kind: "resource", https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
  });
});

describe("createNonce", () => {
  it("is base64 of 128 bits and differs between requests", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("requestIsHttps", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(requestIsHttps(h({ "x-forwarded-proto": "https" }), false)).toBe(false);
    expect(requestIsHttps(h({ "x-forwarded-proto": "https" }), true)).toBe(true);
    expect(requestIsHttps(h({ "x-forwarded-proto": "http" }), true)).toBe(false);
    expect(requestIsHttps(h({}), true)).toBe(false);
  });
  it("reads the value the nearest proxy set first", () => {
    expect(requestIsHttps(h({ "x-forwarded-proto": "https, http" }), true)).toBe(true);
  });
});

describe("trustsProxy and ownHost", () => {
  it("trusts a proxy only when TRUST_PROXY=1", () => {
    expect(trustsProxy({})).toBe(false);
    expect(trustsProxy({ TRUST_PROXY: "true" })).toBe(false);
    expect(trustsProxy({ TRUST_PROXY: "1" })).toBe(true);
  });
  it("reads X-Forwarded-Host only from a trusted proxy", () => {
    const headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "circuit-court.fr" });
    expect(ownHost(headers, false)).toBe("127.0.0.1:3000");
    expect(ownHost(headers, true)).toBe("circuit-court.fr");
    expect(ownHost(new Headers({ host: "Circuit-Court.FR" }), true)).toBe("circuit-court.fr");
  });
});

describe("originCheck", () => {
  const post = (origin: string | null, host: string | null = "circuit-court.fr", pathname = "/besoins/nouveau") =>
    originCheck({ method: "POST", pathname, origin, host });

  it("allows a write from the app's own origin, whatever the scheme in front (TLS proxy)", () => {
    expect(post("https://circuit-court.fr")).toBe("allow");
    expect(post("http://circuit-court.fr")).toBe("allow");
    expect(post("http://127.0.0.1:38123", "127.0.0.1:38123")).toBe("allow");
    expect(post("https://circuit-court.fr", "circuit-court.fr:443")).toBe("allow");
  });

  it("refuses a write from another site, another port or a look-alike host", () => {
    expect(post("https://evil.example")).toBe("refuse");
    expect(post("https://circuit-court.fr.evil.example")).toBe("refuse");
    expect(post("https://evil.example/circuit-court.fr")).toBe("refuse");
    expect(post("http://127.0.0.1:9999", "127.0.0.1:38123")).toBe("refuse");
  });

  it('refuses an opaque ("null") or unreadable Origin, and a request with no Host to compare with', () => {
    expect(post("null")).toBe("refuse");
    expect(post("not a url")).toBe("refuse");
    expect(post("https://circuit-court.fr", null)).toBe("refuse");
  });

  it("lets through a write without Origin (non-browser clients; browsers always send it)", () => {
    expect(post(null)).toBe("allow");
  });

  it("checks every state-changing method, on pages (server actions) and API routes", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) {
      expect(originCheck({ method, pathname: "/api/v1/needs/1/matches", origin: "https://evil.example", host: "circuit-court.fr" })).toBe("refuse");
    }
  });

  it("leaves reads alone", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(originCheck({ method, pathname: "/", origin: "https://evil.example", host: "circuit-court.fr" })).toBe("allow");
    }
  });

  it("leaves /api/auth to Auth.js, which checks its own CSRF token on every POST", () => {
    expect(post("https://evil.example", "circuit-court.fr", "/api/auth/callback/credentials")).toBe("allow");
    expect(post("https://evil.example", "circuit-court.fr", "/api/auth")).toBe("allow");
    expect(post("https://evil.example", "circuit-court.fr", "/api/authors")).toBe("refuse");
  });
});

describe("one body-size rule", () => {
  const bytes = (size: string) => {
    const m = /^(\d+)mb$/.exec(size);
    if (!m) throw new Error(`unexpected size ${size}`);
    return Number(m[1]) * 1024 * 1024;
  };

  it("MAX_REQUEST_BODY and its byte count say the same thing", () => {
    expect(bytes(MAX_REQUEST_BODY)).toBe(MAX_REQUEST_BODY_BYTES);
  });

  it("next.config.mjs repeats it for server actions and for the proxy's body clone", async () => {
    // Plain JavaScript without types, loaded by URL so TypeScript does not ask for a declaration.
    const url = pathToFileURL(path.resolve(import.meta.dirname, "../../next.config.mjs")).href;
    const { default: nextConfig } = (await import(url)) as { default: NextConfig };
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MAX_REQUEST_BODY);
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(MAX_REQUEST_BODY);
  });

  it("holds everything a form promises, with room for the other fields and multipart overhead", () => {
    const room = 1024 * 1024;
    expect(MAX_REQUEST_BODY_BYTES).toBeGreaterThanOrEqual(MAX_NEED_ATTACHMENTS * UPLOAD_LIMITS.document.maxBytes + room);
    expect(MAX_REQUEST_BODY_BYTES).toBeGreaterThanOrEqual(MAX_OFFER_PHOTOS * UPLOAD_LIMITS.image.maxBytes + room);
  });
});
