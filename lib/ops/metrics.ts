/**
 * Prometheus metrics (prom-client), served by /api/metrics. One registry per process, kept on
 * globalThis: Next.js bundles prom-client into several server chunks (route handlers, actions,
 * instrumentation), and each copy must record into the same registry, or a scrape would see a part.
 *
 * Two kinds of figures:
 * - per process, recorded as things happen: request latency (route handlers and server actions, by
 *   route pattern) and search latency, plus Node's own (memory, event loop, GC);
 * - for the whole deployment, read from PostgreSQL at each scrape: the job queue (every worker process
 *   shares it), failed jobs, e-mails waiting, worker processes alive. Any app process reports the same.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { getDb, type Db } from "@/db/client";
import { setSearchObserver } from "@/search/observe";
import { emailStats, queueStats } from "./queue-stats";

const PREFIX = "circuit_court_";

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: PREFIX });
  const m = {
    registry,
    requestDuration: new Histogram({
      name: `${PREFIX}http_request_duration_seconds`,
      help: "Duration of route handlers and server actions, by route pattern (ids replaced by :id)",
      labelNames: ["kind", "method", "route", "status"] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    searchDuration: new Histogram({
      name: `${PREFIX}search_duration_seconds`,
      help: "Duration of searches (directory, opportunities, suggestions), by engine, index and outcome",
      labelNames: ["engine", "index", "outcome"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    jobs: new Gauge({
      name: `${PREFIX}jobs`,
      help: "Jobs in the durable queue by task and state (ready = due now: the backlog; failed = attempts used up); sum by (state) for totals",
      labelNames: ["task", "state"] as const,
      registers: [registry],
    }),
    oldestReadyJob: new Gauge({
      name: `${PREFIX}jobs_oldest_ready_seconds`,
      help: "How long the oldest due job has waited for a worker (0 when none waits)",
      registers: [registry],
    }),
    workers: new Gauge({
      name: `${PREFIX}worker_processes`,
      help: "Job worker pools alive (their liveness sessions in PostgreSQL)",
      registers: [registry],
    }),
    emails: new Gauge({
      name: `${PREFIX}emails`,
      help: "E-mails of the outbox not sent: queued (pending) or failed",
      labelNames: ["status"] as const,
      registers: [registry],
    }),
    oldestQueuedEmail: new Gauge({
      name: `${PREFIX}emails_oldest_queued_seconds`,
      help: "How long the oldest queued e-mail has waited (0 when none)",
      registers: [registry],
    }),
    databaseUp: new Gauge({
      name: `${PREFIX}metrics_database_up`,
      help: "1 when the queue and e-mail figures of this scrape could be read from PostgreSQL, else 0",
      registers: [registry],
    }),
    scrapeErrors: new Counter({
      name: `${PREFIX}metrics_database_errors_total`,
      help: "Scrapes whose database figures could not be read",
      registers: [registry],
    }),
  };
  setSearchObserver(({ engine, index, seconds, ok }) => m.searchDuration.observe({ engine, index, outcome: ok ? "ok" : "error" }, seconds));
  return m;
}

type Metrics = ReturnType<typeof createMetrics>;
const globalForMetrics = globalThis as unknown as { __ccMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.__ccMetrics ??= createMetrics();
  return globalForMetrics.__ccMetrics;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The route pattern of a path, so labels stay few: ids (UUIDs, numbers, SIRET/SIREN, long tokens) become
 * ":id". Next.js does not tell a handler its route pattern; our routes' dynamic segments are all ids.
 */
export function routeLabel(pathname: string): string {
  const parts = pathname.split("/").map((seg) => (UUID.test(seg) || /^\d+$/.test(seg) || /^[A-Za-z0-9_-]{24,}$/.test(seg) ? ":id" : seg));
  const label = parts.join("/") || "/";
  return label.length > 120 ? label.slice(0, 120) : label;
}

/** Records one route handler or server action call. */
export function observeRequest(kind: "route" | "action", method: string, pathname: string, status: number, seconds: number) {
  metrics().requestDuration.observe({ kind, method, route: routeLabel(pathname), status: String(status) }, seconds);
}

/** Reads the deployment-wide figures from PostgreSQL, then renders every metric in Prometheus' text format. */
export async function renderMetrics(db: Db = getDb()): Promise<{ contentType: string; body: string }> {
  const m = metrics();
  try {
    const [queue, mail] = await Promise.all([queueStats(db), emailStats(db)]);
    m.jobs.reset();
    for (const row of queue.byTask) m.jobs.set({ task: row.task, state: row.state }, row.count);
    m.oldestReadyJob.set(queue.oldestReadySeconds);
    m.workers.set(queue.workers);
    for (const [status, count] of Object.entries(mail.byStatus)) m.emails.set({ status }, count);
    m.oldestQueuedEmail.set(mail.oldestQueuedSeconds);
    m.databaseUp.set(1);
  } catch {
    m.databaseUp.set(0);
    m.scrapeErrors.inc();
  }
  return { contentType: m.registry.contentType, body: await m.registry.metrics() };
}
