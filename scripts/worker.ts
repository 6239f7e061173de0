/**
 * The job worker as its own process (`npm run worker`): runs the durable queue's jobs (e-mails, indexing,
 * alerts, imports, the crontab) against DATABASE_URL until SIGTERM or SIGINT, logging JSON lines
 * (lib/ops/logger.ts). Several can run, on one machine or many: graphile-worker hands each job to one of
 * them, and the crontab's jobs are scheduled once whatever the number of processes.
 *
 * With app processes started by the launcher (`npm start`), set WORKER=off on them so jobs run here only.
 * Env: DATABASE_URL (required), WORKER_CONCURRENCY (jobs at once, default 2), LOG_LEVEL.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { startWorker } from "../lib/outbox/worker";
import { CRONTAB } from "../lib/outbox/tasks";
import { logger } from "../lib/ops/logger";

process.env.LOG_SERVICE ??= "worker";
const log = logger();
/** A job still running after this is left to graphile: its lock is released by the next worker to start. */
const STOP_TIMEOUT_MS = 25_000;

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    log.fatal("DATABASE_URL manquant : le processus de tâches a besoin de l'adresse de la base (postgres://…).");
    process.exitCode = 2;
    return;
  }
  const concurrency = Math.max(1, Number(process.env.WORKER_CONCURRENCY ?? 2) || 2);
  const worker = await startWorker(url, { concurrency, crontab: CRONTAB, logger: log, log: (line) => log.warn(line) });
  log.info({ concurrency }, "job worker started");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "job worker stopping");
    const stopped = await Promise.race([worker.stop().then(() => true), sleep(STOP_TIMEOUT_MS, false, { ref: false })]);
    if (!stopped) log.warn({ timeoutMs: STOP_TIMEOUT_MS }, "job worker stop timed out: jobs still running are released by the next worker");
    log.info("job worker stopped");
    process.exit(stopped ? 0 : 1);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal));
}

main().catch((err) => {
  log.fatal({ err }, "job worker failed to start");
  process.exit(1);
});
