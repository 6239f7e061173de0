/**
 * `npm run restore <folder>`: loads a backup made by create.ts into a database already migrated by the
 * same release (the launcher applies the migrations first), and its files into STORAGE_DIR.
 *
 * One transaction: tables are emptied, user triggers are paused (rollups, search vectors and postings are
 * restored as they were saved, not recomputed twice), rows are loaded parents first so foreign keys are
 * checked as usual, sequences are set back, job locks of the old processes are cleared, and every table's
 * row count and digest must equal the manifest's before the commit. Any difference rolls everything back.
 * It refuses a database with accounts or companies unless `force` (it replaces all data).
 */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { listTables, quoteIdent, schemaVersions, stableTextSettings, tableDigest } from "./catalog";
import { copyFiles, sha256File } from "./files";
import { BACKUP_FORMAT, type BackupManifest } from "./manifest";
import { present } from "../../invariant";

export interface RestoreOptions {
  databaseUrl: string;
  storageDir: string;
  fromDir: string;
  /** Replace a database that already holds accounts or companies. */
  force?: boolean;
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new RestoreRefusedError(`unknown backup format ${String(manifest.format)} (expected ${BACKUP_FORMAT})`);
  return manifest;
}

export async function restoreBackup(opts: RestoreOptions): Promise<{ tables: number; rows: number; files: number }> {
  const log = opts.log ?? (() => {});
  const dir = path.resolve(opts.fromDir);
  const manifest = await readManifest(dir);
  // Files first, checked against the manifest: a backup whose files are damaged changes nothing in the database.
  for (const f of manifest.files) {
    if ((await sha256File(path.join(dir, "files", f.key))) !== f.sha256)
      throw new RestoreRefusedError(`file ${f.key} of the backup is damaged (SHA-256 differs)`);
  }

  const client = new pg.Client({ connectionString: opts.databaseUrl, application_name: "circuit-court-restore" });
  await client.connect();
  try {
    const versions = await schemaVersions(client);
    if (JSON.stringify(versions) !== JSON.stringify(manifest.schemaVersions)) {
      throw new RestoreRefusedError(
        "the database's schema version differs from the backup's: restore with the release that made the backup (same migrations), then upgrade",
      );
    }
    const {
      rows: [used],
    } = await client.query<{ n: string }>("select (select count(*) from public.users) + (select count(*) from public.companies) as n");
    if (Number(used.n) > 0 && !opts.force) {
      throw new RestoreRefusedError("the database already holds accounts or companies: restore into a fresh database, or pass --force to replace everything");
    }
    const targetTables = new Map((await listTables(client)).map((t) => [t.name, t]));
    const missing = manifest.tables.filter((t) => !targetTables.has(t.name)).map((t) => t.name);
    if (missing.length) throw new RestoreRefusedError(`tables of the backup absent from the database: ${missing.join(", ")}`);
    // Load order: the target's foreign-key order, which the same migrations make the same as the backup's.
    const order = [...targetTables.values()].filter((t) => manifest.tables.some((m) => m.name === t.name));

    await client.query("begin");
    await stableTextSettings(client);
    for (const t of order) await client.query(`alter table ${t.sql} disable trigger user`);
    await client.query(`truncate ${order.map((t) => t.sql).join(", ")} restart identity`);
    let rows = 0;
    for (const t of order) {
      const saved = present(
        manifest.tables.find((m) => m.name === t.name),
        `table ${t.name} in the manifest`,
      );
      const cols = saved.columns.map(quoteIdent).join(", ");
      await pipeline(createReadStream(path.join(dir, saved.file)), createGunzip(), client.query(copyFrom(`copy ${t.sql} (${cols}) from stdin`)));
      rows += saved.rows;
      if (saved.rows > 0) log("table restored", { table: t.name, rows: saved.rows });
    }
    for (const s of manifest.sequences) {
      await client.query(
        s.lastValue === null ? `select setval('${s.name.replace(/'/g, "''")}', 1, false)` : `select setval('${s.name.replace(/'/g, "''")}', $1::bigint, true)`,
        s.lastValue === null ? [] : [s.lastValue],
      );
    }
    // The processes that held these locks are not running here.
    await client.query("update graphile_worker._private_jobs set locked_by = null, locked_at = null where locked_by is not null");
    await client.query("update graphile_worker._private_job_queues set locked_by = null, locked_at = null where locked_by is not null");
    for (const t of order) await client.query(`alter table ${t.sql} enable trigger user`);
    for (const t of order) {
      const saved = present(
        manifest.tables.find((m) => m.name === t.name),
        `table ${t.name} in the manifest`,
      );
      const now = await tableDigest(client, t);
      if (now.rows !== saved.rows || now.digest !== saved.digest) {
        throw new RestoreRefusedError(`table ${t.name} differs after loading (${now.rows} rows, ${saved.rows} saved): nothing was changed`);
      }
    }
    await client.query("commit");

    const copied = await copyFiles(
      path.join(dir, "files"),
      opts.storageDir,
      manifest.files.map((f) => f.key),
    );
    for (const f of copied) {
      if (
        f.sha256 !==
        present(
          manifest.files.find((m) => m.key === f.key),
          `file ${f.key} in the manifest`,
        ).sha256
      )
        throw new Error(`file ${f.key} differs after copying`);
    }
    return { tables: order.length, rows, files: copied.length };
  } catch (err) {
    await client.query("rollback").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
