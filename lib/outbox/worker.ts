/**
 * Runs the queued jobs (graphile-worker). The launcher starts it in-process next to PostgreSQL (unless
 * WORKER=off), `npm run worker` (scripts/worker.ts) as a process of its own, of which several can run;
 * tests call runQueuedJobsOnce. Jobs are added by enqueueJob on the app's own transactions.
 *
 * Crash recovery: graphile keeps a job locked by a worker that died for 4 hours. graphile 0.17 locks jobs
 * in the name of its worker pool ("pool-…"), so each of our pools keeps one session open whose
 * application_name carries that id (see Liveness). A lock whose pool has no such session belongs to a
 * process that is gone: startWorker releases these locks (WorkerUtils.forceUnlockWorkers) before running,
 * then sweeps again every minute for processes that die while this one runs. Every worker of this app
 * must start here (or in runQueuedJobsOnce): a graphile runner started otherwise has no such session.
 */
import { EventEmitter } from "node:events";
import pg from "pg";
import { Logger, makeWorkerUtils, parseCrontab, run, runOnce, type RunnerOptions, type WorkerEvents } from "graphile-worker";
import type { Logger as OpsLogger } from "@/lib/ops/logger";
import { taskList } from "./tasks";

/** graphile's logger, quieted: only warnings and errors reach `log` (its info lines are per-job chatter). */
export function quietLogger(log: (line: string) => void): Logger {
  return new Logger((scope) => (level, message) => {
    const lvl = String(level);
    if (lvl !== "error" && lvl !== "warning") return;
    const where = scope.taskIdentifier ? ` ${scope.taskIdentifier}#${scope.jobId ?? "?"}` : "";
    log(`[file de tâches${where}] ${message}`);
  });
}

/**
 * graphile's logger as structured lines (the worker process, lib/ops/logger.ts): its warnings and errors,
 * among them each failed attempt of a job, with the task, job and worker as fields. Info lines are
 * per-job chatter and stay out unless LOG_LEVEL=debug.
 */
export function structuredLogger(log: OpsLogger): Logger {
  return new Logger((scope) => (level, message, meta) => {
    const fields = { task: scope.taskIdentifier, jobId: scope.jobId, workerId: scope.workerId, ...(meta && typeof meta === "object" ? { meta } : {}) };
    const lvl = String(level);
    if (lvl === "error") log.error(fields, message);
    else if (lvl === "warning") log.warn(fields, message);
    else log.debug(fields, message);
  });
}

export const LIVENESS_APP_NAME_PREFIX = "circuit-court-worker:";
/** Closes idle connections, so PostgreSQL's normal ("smart") shutdown is not held by a sleeping pool. */
const IDLE_TIMEOUT_MS = 10_000;
const SWEEP_EVERY_MS = 60_000;
/**
 * A lock younger than this is never judged stale: a pool names its liveness session right after graphile
 * creates it, as its first jobs are being locked; this covers that instant with a wide margin.
 */
export const STALE_LOCK_GRACE_MS = 15_000;

/**
 * One session per worker pool, held for the pool's life, named after graphile's pool id: PostgreSQL ends
 * it when the process dies, which is what tells other processes that the pool's locks are orphaned.
 * Reconnects (and renames itself) when the server restarted.
 */
class Liveness {
  private client: pg.Client | null = null;
  private poolId: string | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private connectionString: string) {}

  /** Called from graphile's synchronous "pool:create" event: must not throw. */
  name(poolId: string) {
    this.poolId = poolId;
    this.client?.query("select set_config('application_name', $1, false)", [LIVENESS_APP_NAME_PREFIX + poolId]).catch(() => {});
  }

  async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: this.poolId ? LIVENESS_APP_NAME_PREFIX + this.poolId : `${LIVENESS_APP_NAME_PREFIX}starting`,
    });
    client.on("error", () => {});
    client.on("end", () => {
      if (this.client !== client || this.closed) return;
      this.client = null;
      this.retry = setTimeout(() => this.connect().catch(() => this.scheduleRetry()), 1000);
    });
    await client.connect();
    this.client = client;
  }

  private scheduleRetry() {
    if (this.closed) return;
    this.retry = setTimeout(() => this.connect().catch(() => this.scheduleRetry()), 2000);
  }

  async close() {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => {});
    this.client = null;
  }
}

/**
 * Our own pool, with error listeners on the pool and on every client: when PostgreSQL goes down first
 * (Ctrl-C reaches the whole process group), a listening client's error must not crash the launcher.
 */
function workerPool(connectionString: string, max: number, log: (line: string) => void) {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: IDLE_TIMEOUT_MS });
  const onError = (err: Error) => log(`[file de tâches] connexion perdue : ${err.message}`);
  pool.on("error", onError);
  pool.on("connect", (client) => client.on("error", onError));
  return pool;
}

/**
 * Releases the jobs (and job queues) locked by worker pools that have no liveness session left in
 * PostgreSQL: their process crashed or was killed. Returns the released pool ids.
 */
export async function releaseStaleLocks(pgPool: pg.Pool, log: (line: string) => void = () => {}): Promise<string[]> {
  const { rows } = await pgPool.query<{ worker_id: string }>(
    `
    select distinct l.locked_by as worker_id
    from (
      select locked_by, locked_at from graphile_worker._private_jobs where locked_by is not null
      union all select locked_by, locked_at from graphile_worker._private_job_queues where locked_by is not null
    ) l
    where l.locked_at < now() - make_interval(secs => $2)
      and not exists (select 1 from pg_stat_activity a where a.application_name = $1 || l.locked_by)`,
    [LIVENESS_APP_NAME_PREFIX, STALE_LOCK_GRACE_MS / 1000],
  );
  const dead = rows.map((r) => r.worker_id);
  if (dead.length === 0) return dead;
  const utils = await makeWorkerUtils({ pgPool });
  try {
    await utils.forceUnlockWorkers(dead);
  } finally {
    await utils.release();
  }
  log(`[file de tâches] tâches libérées après l'arrêt brutal d'un processus : ${dead.join(", ")}`);
  return dead;
}

function options(pgPool: pg.Pool, liveness: Liveness, log: (line: string) => void, opsLogger?: OpsLogger): RunnerOptions {
  const events = new EventEmitter() as WorkerEvents;
  events.on("pool:create", ({ workerPool }) => liveness.name(workerPool.id));
  return {
    pgPool,
    events,
    taskList,
    logger: opsLogger ? structuredLogger(opsLogger) : quietLogger(log),
    // The launcher (or the test runner) owns the signals and stops us in order, before PostgreSQL.
    noHandleSignals: true,
  };
}

export interface WorkerOptions {
  concurrency?: number;
  log?: (line: string) => void;
  /** graphile crontab lines, e.g. "0 6 * * * close_expired_needs". */
  crontab?: string;
  /** Structured logs instead of `log` lines for graphile's messages (the worker process, scripts/worker.ts). */
  logger?: OpsLogger;
}

export async function startWorker(connectionString: string, opts: WorkerOptions = {}): Promise<{ stop(): Promise<void> }> {
  const log = opts.log ?? ((line) => console.warn(line));
  const pgPool = workerPool(connectionString, 6, log);
  const liveness = new Liveness(connectionString);
  const cleanUp = async () => {
    await liveness.close();
    await pgPool.end().catch(() => {});
  };
  let runner: Awaited<ReturnType<typeof run>>;
  try {
    await liveness.connect();
    await releaseStaleLocks(pgPool, log);
    runner = await run({
      ...options(pgPool, liveness, log, opts.logger),
      concurrency: opts.concurrency ?? 2,
      // New jobs arrive by LISTEN/NOTIFY at once; polling only catches jobs scheduled for later.
      pollInterval: 1000,
      // Parsed explicitly: with no crontab graphile would read a ./crontab file if one happened to exist.
      parsedCronItems: parseCrontab(opts.crontab ?? ""),
    });
  } catch (err) {
    await cleanUp();
    throw err;
  }

  const sweep = setInterval(() => {
    releaseStaleLocks(pgPool, log).catch((err: Error) => log(`[file de tâches] vérification des verrous impossible : ${err.message}`));
  }, SWEEP_EVERY_MS);
  sweep.unref();

  let stopped: Promise<void> | null = null;
  return {
    stop: () =>
      (stopped ??= (async () => {
        clearInterval(sweep);
        try {
          await runner.stop();
        } finally {
          await cleanUp();
        }
      })()),
  };
}

/** Runs every job due now, then returns (tests, one-off scripts). */
export async function runQueuedJobsOnce(connectionString: string, log: (line: string) => void = () => {}): Promise<void> {
  const pgPool = workerPool(connectionString, 4, log);
  const liveness = new Liveness(connectionString);
  try {
    await liveness.connect();
    await runOnce(options(pgPool, liveness, log));
  } finally {
    await liveness.close();
    await pgPool.end().catch(() => {});
  }
}
