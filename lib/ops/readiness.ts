/**
 * Readiness: can this process serve users now? It checks what a request needs — the database, the job
 * queue (writes enqueue jobs in it) and the search engine (Meilisearch when MEILI_HOST is set, else
 * PostgreSQL's own) — each under a time budget, at once. A load balancer stops sending traffic to a
 * process that is not ready (HTTP 503) and resumes when it is.
 *
 * The queue's backlog and the worker count are reported, not judged: the app serves users without a
 * worker (jobs wait, nothing is lost), so alerts on them belong to the metrics (docs/DEPLOYMENT.md).
 */
import { sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import type { SearchEngine } from "@/search/engine";
import { getSearchEngine } from "@/search/index";
import { queueStats } from "./queue-stats";

export const CHECK_TIMEOUT_MS = 3000;

export interface CheckResult {
  ok: boolean;
  ms: number;
  detail?: string;
}

export interface Readiness {
  status: "ready" | "unavailable";
  /** The dependencies that failed, e.g. ["search"]. */
  failed: string[];
  checks: {
    database: CheckResult;
    queue: CheckResult & { backlog?: number; running?: number; failed?: number; oldestReadySeconds?: number; workers?: number };
    search: CheckResult & { engine: string };
  };
}

async function timed<T>(fn: () => Promise<T>, timeoutMs: number): Promise<CheckResult & { value?: T }> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const value = await Promise.race([
      fn(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, ms: Math.round(performance.now() - start), value };
  } catch (err) {
    return { ok: false, ms: Math.round(performance.now() - start), detail: describe(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** The error's message and its cause (drizzle wraps the driver's error); never a stack or a secret. */
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? err.cause.message : "";
  const message = err.message.startsWith("Failed query") ? "" : err.message;
  return [message, cause].filter(Boolean).join(": ").slice(0, 300) || "error";
}

export async function readiness(db: Db, search: { engine: SearchEngine; name: string }, timeoutMs = CHECK_TIMEOUT_MS): Promise<Readiness> {
  const [database, queue, engine] = await Promise.all([
    timed(() => db.execute(sql`select 1`), timeoutMs),
    timed(() => queueStats(db), timeoutMs),
    timed(async () => {
      const health = await search.engine.health();
      if (!health.ok) throw new Error(health.detail ?? "unhealthy");
    }, timeoutMs),
  ]);
  const q = queue.value;
  const checks: Readiness["checks"] = {
    database: { ok: database.ok, ms: database.ms, ...(database.detail && { detail: database.detail }) },
    queue: {
      ok: queue.ok,
      ms: queue.ms,
      ...(queue.detail && { detail: queue.detail }),
      ...(q && { backlog: q.totals.ready, running: q.totals.running, failed: q.totals.failed, oldestReadySeconds: q.oldestReadySeconds, workers: q.workers }),
    },
    search: { ok: engine.ok, ms: engine.ms, engine: search.name, ...(engine.detail && { detail: engine.detail }) },
  };
  const failed = Object.entries(checks)
    .filter(([, c]) => !c.ok)
    .map(([name]) => name);
  return { status: failed.length ? "unavailable" : "ready", failed, checks };
}

/** The engine this process searches with, as the readiness report names it. */
export function searchEngineName(env: Record<string, string | undefined> = process.env): "meilisearch" | "postgres" {
  return env.MEILI_HOST ? "meilisearch" : "postgres";
}

/** Readiness of this process's own database pool and search engine (what /api/ready reports). */
export function checkReadiness(): Promise<Readiness> {
  return readiness(getDb(), { engine: getSearchEngine(), name: searchEngineName() });
}
