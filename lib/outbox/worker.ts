/**
 * Runs the queued jobs (graphile-worker). The launcher starts it in-process next to PostgreSQL;
 * tests call runQueuedJobsOnce. Jobs are added by enqueueJob on the app's own transactions.
 */
import pg from "pg";
import { Logger, parseCrontab, run, runOnce, type RunnerOptions } from "graphile-worker";
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

function options(connectionString: string, log: (line: string) => void): RunnerOptions {
  return {
    connectionString,
    taskList,
    logger: quietLogger(log),
    // The launcher (or the test runner) owns the signals and stops us in order, before PostgreSQL.
    noHandleSignals: true,
  };
}

export interface WorkerOptions {
  concurrency?: number;
  log?: (line: string) => void;
  /** graphile crontab lines, e.g. "0 6 * * * close_expired_needs". */
  crontab?: string;
}

/**
 * Our own pool, with error listeners on the pool and on every client: when PostgreSQL goes down first
 * (Ctrl-C reaches the whole process group), a listening client's error must not crash the launcher.
 */
function workerPool(connectionString: string, log: (line: string) => void) {
  const pool = new pg.Pool({ connectionString, max: 6 });
  const onError = (err: Error) => log(`[file de tâches] connexion perdue : ${err.message}`);
  pool.on("error", onError);
  pool.on("connect", (client) => client.on("error", onError));
  return pool;
}

export async function startWorker(connectionString: string, opts: WorkerOptions = {}): Promise<{ stop(): Promise<void> }> {
  const log = opts.log ?? ((line) => console.warn(line));
  const pgPool = workerPool(connectionString, log);
  const { connectionString: _unused, ...rest } = options(connectionString, log);
  const runner = await run({
    ...rest,
    pgPool,
    concurrency: opts.concurrency ?? 2,
    // New jobs arrive by LISTEN/NOTIFY at once; polling only catches jobs scheduled for later.
    pollInterval: 1000,
    // Parsed explicitly: with no crontab graphile would read a ./crontab file if one happened to exist.
    parsedCronItems: parseCrontab(opts.crontab ?? ""),
  });
  let stopped: Promise<void> | null = null;
  return { stop: () => (stopped ??= runner.stop().finally(() => pgPool.end().catch(() => {}))) };
}

/** Runs every job due now, then returns (tests, one-off scripts). */
export async function runQueuedJobsOnce(connectionString: string, log: (line: string) => void = () => {}): Promise<void> {
  await runOnce(options(connectionString, log));
}
