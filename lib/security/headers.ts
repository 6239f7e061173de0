/**
 * Security headers of every response the proxy sees: a strict Content-Security-Policy with a per-request
 * nonce for pages (Next.js reads the nonce from the request's CSP header and puts it on its own scripts),
 * a locked-down policy for files and JSON, and the headers that forbid framing, sniffing and leaking.
 * Pure functions, so tests/unit/security-headers.test.ts can check them without a server.
 */
import { forwardedValue } from "./origin";

/** "page": HTML rendered by the app. "resource": JSON, downloads and exports, which never run scripts. */
export type ResponseKind = "page" | "resource";

export function responseKind(pathname: string): ResponseKind {
  return /^\/(api|exports)(\/|$)/.test(pathname) ? "resource" : "page";
}

/** 128 random bits, base64: unguessable and fresh for each request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * True only when a trusted proxy says the browser used HTTPS. Next.js itself trusts X-Forwarded-Proto
 * from anyone, so request.nextUrl.protocol is not evidence; without TRUST_PROXY the app's own server
 * speaks plain HTTP, and HSTS sent over HTTP would be ignored by browsers anyway.
 */
export function requestIsHttps(headers: Headers, trustProxy: boolean): boolean {
  return trustProxy && forwardedValue(headers, "x-forwarded-proto")?.toLowerCase() === "https";
}

export interface PagePolicyOptions {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval(); never in production. */
  dev: boolean;
  https: boolean;
}

/** The CSP of an HTML page. */
export function pageContentSecurityPolicy({ nonce, dev, https }: PagePolicyOptions): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced Next.js runtime loads (route chunks) are trusted; host lists
    // and 'self' are then ignored by CSP3 browsers, so an injected <script src="/…"> does not run.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // 'unsafe-inline' for styles, on purpose: React renders style="…" attributes on the server (recharts'
    // charts, react-aria's visually hidden inputs, our own widths), and CSP has no nonce for attributes.
    // A nonce here would also switch 'unsafe-inline' off. Styles cannot run code; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    // Pictures come from /api/files; data: covers small images inlined by libraries or the e-mail preview.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over HTTPS: on a plain-HTTP origin (dev, e2e) it would rewrite our own URLs to https.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * The CSP of JSON, downloads and exports: nothing may run or load, not even when a user-uploaded file is
 * opened directly in a tab (sandbox gives it an opaque origin, away from the session cookie).
 * img-src and inline styles let browsers show an image or plain text in their own viewer.
 */
export function resourceContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "img-src 'self'",
    "style-src 'unsafe-inline'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "sandbox",
  ].join("; ");
}

export type SecurityHeaderOptions = ({ kind: "page" } & PagePolicyOptions) | { kind: "resource"; https: boolean };

/** Every security header of a response, by name. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const { https } = options;
  const headers: Record<string, string> = {
    "Content-Security-Policy": options.kind === "page" ? pageContentSecurityPolicy(options) : resourceContentSecurityPolicy(),
    // For browsers without CSP frame-ancestors; staff pages must never sit in another site's frame.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // The app uses none of these; a compromised script or a framed page cannot ask for them either.
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()",
  };
  // Only when the browser reached us over HTTPS: sent over HTTP it would be ignored, and on a local
  // origin it would pin localhost to HTTPS for a year.
  if (https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
