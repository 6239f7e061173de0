/**
 * Runs the queued jobs (graphile-worker). The launcher starts it in-process next to PostgreSQL;
 * tests call runQueuedJobsOnce. Jobs are added by enqueueJob on the app's own transactions.
 */
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

export async function startWorker(connectionString: string, opts: WorkerOptions = {}): Promise<{ stop(): Promise<void> }> {
  const runner = await run({
    ...options(connectionString, opts.log ?? ((line) => console.warn(line))),
    concurrency: opts.concurrency ?? 2,
    // New jobs arrive by LISTEN/NOTIFY at once; polling only catches jobs scheduled for later.
    pollInterval: 1000,
    // Parsed explicitly: with no crontab graphile would read a ./crontab file if one happened to exist.
    parsedCronItems: parseCrontab(opts.crontab ?? ""),
  });
  let stopped: Promise<void> | null = null;
  return { stop: () => (stopped ??= runner.stop()) };
}

/** Runs every job due now, then returns (tests, one-off scripts). */
export async function runQueuedJobsOnce(connectionString: string, log: (line: string) => void = () => {}): Promise<void> {
  await runOnce(options(connectionString, log));
}
