/**
 * Keeps the in-process job worker out of PostgreSQL's way when the server is asked to stop.
 *
 * PostgreSQL's normal ("smart") shutdown waits for every session to end. The app's pools close idle
 * connections by themselves (db/client.ts), but graphile's LISTEN session and the worker's liveness session
 * (worker.ts) never go idle: a server stopped while the app runs would wait for them forever. Nothing tells
 * an open session that a smart shutdown began, but new connections are refused with 57P03
 * (cannot_connect_now). So the supervisor opens a fresh connection every few seconds: when it is refused
 * that way, it stops the worker (running jobs finish, queued ones stay queued), and the shutdown completes;
 * when the server accepts connections again, it starts a new worker, which releases any lock left behind.
 */
import pg from "pg";
import { startWorker, type WorkerOptions } from "./worker";

export const SHUTDOWN_PROBE_MS = 3000;
/** A job stuck on a slow SMTP server must not keep PostgreSQL up: graphile re-runs it later. */
export const WORKER_STOP_TIMEOUT_MS = 5000;

type ServerState = "accepting" | "shutting-down" | "unreachable";

/** What a new session is told right now (the app's open sessions cannot tell). */
export async function probeServer(connectionString: string): Promise<ServerState> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000, application_name: "circuit-court-worker-probe" });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.end().catch(() => {});
    return "accepting";
  } catch (err) {
    // 57P03 is also "starting up": either way, not a server to hold sessions on yet.
    return (err as { code?: string }).code === "57P03" ? "shutting-down" : "unreachable";
  }
}

export interface SupervisedWorker {
  /** Stops the worker (bounded) and the probing; idempotent. */
  stop(): Promise<void>;
  /** Whether a worker runs now (false while PostgreSQL shuts down or after stop). */
  readonly running: boolean;
}

export async function superviseWorker(connectionString: string, opts: WorkerOptions & { probeEveryMs?: number } = {}): Promise<SupervisedWorker> {
  const log = opts.log ?? ((line: string) => console.warn(line));
  const stopBounded = async (worker: { stop(): Promise<void> }) => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), WORKER_STOP_TIMEOUT_MS);
    });
    const late = await Promise.race([
      worker.stop().then(
        () => false,
        (err) => {
          log(`[file de tâches] arrêt : ${err}`);
          return false;
        },
      ),
      timedOut,
    ]);
    clearTimeout(timer);
    if (late) log(`[file de tâches] arrêt forcé après ${WORKER_STOP_TIMEOUT_MS / 1000} s : les tâches en cours seront reprises au redémarrage`);
  };

  let worker: { stop(): Promise<void> } | null = await startWorker(connectionString, opts);
  let stopping = false;
  let tick: Promise<void> | null = null;

  const check = async () => {
    const state = await probeServer(connectionString);
    if (stopping) return;
    if (worker && state === "shutting-down") {
      log("[file de tâches] PostgreSQL s'arrête : file de tâches suspendue jusqu'à son retour");
      const current = worker;
      worker = null;
      await stopBounded(current);
    } else if (!worker && state === "accepting") {
      worker = await startWorker(connectionString, opts);
      log("[file de tâches] PostgreSQL est de retour : file de tâches relancée");
    }
  };
  const timer = setInterval(() => {
    tick ??= check()
      .catch((err: Error) => log(`[file de tâches] surveillance de PostgreSQL : ${err.message}`))
      .finally(() => {
        tick = null;
      });
  }, opts.probeEveryMs ?? SHUTDOWN_PROBE_MS);
  timer.unref();

  let stopped: Promise<void> | null = null;
  return {
    get running() {
      return worker !== null;
    },
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        clearInterval(timer);
        await tick; // a worker being started right now is stopped below
        if (worker) await stopBounded(worker);
        worker = null;
      })()),
  };
}
