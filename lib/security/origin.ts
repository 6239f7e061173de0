/**
 * Cross-site write refusal: a browser sends Origin with every POST/PUT/PATCH/DELETE, so a write whose Origin
 * names another site was started by that site (with the visitor's cookies) and is refused with a 403.
 * Pure functions, used by proxy.ts and by the routes the proxy does not cover.
 */

/** Set TRUST_PROXY=1 only behind a reverse proxy that overwrites X-Forwarded-Host and X-Forwarded-Proto. */
export function trustsProxy(env: Record<string, string | undefined> = process.env): boolean {
  return env.TRUST_PROXY === "1";
}

/** The first value of a comma-separated forwarded header (the one the nearest trusted proxy set), or null. */
export function forwardedValue(headers: Headers, name: string): string | null {
  const first = headers.get(name)?.split(",")[0]?.trim();
  return first ? first : null;
}

/** The host the browser addressed: Host, or X-Forwarded-Host when a trusted proxy rewrote Host. */
export function ownHost(headers: Headers, trustProxy: boolean): string | null {
  const host = (trustProxy ? forwardedValue(headers, "x-forwarded-host") : null) ?? headers.get("host");
  return host ? host.trim().toLowerCase() : null;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Auth.js checks its own double-submit CSRF token on every POST under /api/auth (sign-in, sign-out,
 * session update, credentials callback); an OAuth provider's form_post callback comes from the provider's
 * origin by design, so these paths are left to it.
 */
const SELF_PROTECTED = /^\/api\/auth(\/|$)/;

export const FOREIGN_ORIGIN_MESSAGE = "Requête refusée : elle a été envoyée depuis un autre site que Circuit Court.";

export interface OriginCheckInput {
  method: string;
  pathname: string;
  /** The Origin header as sent, or null when absent. */
  origin: string | null;
  /** ownHost() of the request. */
  host: string | null;
}

/**
 * "refuse" when a state-changing request carries an Origin that is not this app's host. A missing Origin
 * passes (non-browser clients; browsers always send it on these methods), "null" (sandboxed frames,
 * privacy-redirected forms) and unparsable values do not. Hosts are compared with their port, not the
 * scheme: behind a TLS proxy the app itself is reached over plain HTTP (Next's own server-action check
 * compares the same way).
 */
export function originCheck({ method, pathname, origin, host }: OriginCheckInput): "allow" | "refuse" {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return "allow";
  if (SELF_PROTECTED.test(pathname)) return "allow";
  if (origin === null) return "allow";
  if (!host) return "refuse";
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return "refuse";
  }
  return originHost !== "" && withoutDefaultPort(originHost) === withoutDefaultPort(host) ? "allow" : "refuse";
}

/** "a.fr:443" and "a.fr" name the same site: a Host header may carry the default port, an Origin never does. */
function withoutDefaultPort(host: string): string {
  return host.toLowerCase().replace(/:(80|443)$/, "");
}
