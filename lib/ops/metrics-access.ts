/**
 * Who may read /api/metrics: whoever presents `Authorization: Bearer <METRICS_TOKEN>`. Without
 * METRICS_TOKEN the endpoint is off (404). Loopback was rejected as the rule: behind nginx every request
 * comes from loopback, so "local only" would open the metrics to the internet. Prometheus sends the
 * token with `authorization: { credentials_file: … }` (docs/DEPLOYMENT.md).
 */
import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = "allowed" | "disabled" | "refused";

export function metricsAccess(authorization: string | null, token: string | undefined = process.env.METRICS_TOKEN): MetricsAccess {
  if (!token) return "disabled";
  const presented = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!presented) return "refused";
  // Compared as digests, in constant time: neither the length nor a prefix of the token leaks.
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(presented), digest(token)) ? "allowed" : "refused";
}
