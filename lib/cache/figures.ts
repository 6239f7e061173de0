/**
 * Territory-wide figures (home page, barometer, staff statistics) are computed at most once a minute per
 * app process, not on every request: at 150,000 companies each computation reads whole tables, and under
 * load every visitor waited for it (issue 17). Pages render per request (the CSP nonce), so Next.js's page
 * cache cannot hold them; this small in-process cache holds the figures instead.
 *
 * - Never older than FIGURES_CACHE_TTL_MS (default and maximum 60 s), counted from when the computation
 *   started, so a figure shown is at most a minute behind the database.
 * - Concurrent requests for a missing figure share one computation (no stampede under load).
 * - Any write that records an audit row (lib/audit/record.ts) drops the figures at once. The audit row is
 *   written before its transaction commits, so a figure computed in the next few seconds may still miss
 *   the write: such a figure is kept only INVALIDATION_GRACE_MS. Other processes rely on the TTL.
 * - FIGURES_CACHE=off computes on every request (the "before" of `npm run bench:load`).
 */
const MAX_TTL_MS = 60_000;
const INVALIDATION_GRACE_MS = 5_000;
const MAX_ENTRIES = 500;

interface Entry {
  value: Promise<unknown>;
  expires: number;
}
const entries = new Map<string, Entry>();
let lastInvalidation = 0;

function ttlMs(): number {
  const raw = Number(process.env.FIGURES_CACHE_TTL_MS);
  return Number.isFinite(raw) && raw >= 0 ? Math.min(raw, MAX_TTL_MS) : MAX_TTL_MS;
}

export function figuresCacheEnabled(): boolean {
  return process.env.FIGURES_CACHE !== "off" && ttlMs() > 0;
}

/** The figures under `key` (e.g. "barometer", "territory:2026-01:2026-12"), computed by `load` when missing or expired. */
export function cachedFigures<T>(key: string, load: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  if (!figuresCacheEnabled()) return load();
  const started = now();
  const hit = entries.get(key);
  if (hit && hit.expires > started) return hit.value as Promise<T>;
  const ttl = started - lastInvalidation < INVALIDATION_GRACE_MS ? Math.min(ttlMs(), INVALIDATION_GRACE_MS) : ttlMs();
  const value = load();
  const entry: Entry = { value, expires: started + ttl };
  const oldest = entries.size >= MAX_ENTRIES ? entries.keys().next().value : undefined;
  if (oldest !== undefined) entries.delete(oldest);
  entries.set(key, entry);
  // A failed computation is not kept: the next request tries again.
  value.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  return value;
}

/** Drops every cached figure (called by writes); figures computed in the next seconds are kept briefly only. */
export function invalidateFigures(now: () => number = Date.now): void {
  entries.clear();
  lastInvalidation = now();
}
