/**
 * `npm run backup`: a consistent copy of the database and the uploaded files, without pg_dump.
 *
 * Why not pg_dump: the embedded PostgreSQL package ships only the server (initdb, pg_ctl, postgres), and
 * Debian's postgresql-client is version 15, whose pg_dump refuses a PostgreSQL 18 server ("server version
 * mismatch"); no other registry this project may use has a pg_dump 18. So the backup is logical, by
 * COPY — the same rows pg_dump's data section holds — and the schema comes from the migrations, which the
 * restore applies first (the backup records their versions and a restore checks them).
 *
 * Consistency: every table is read in one REPEATABLE READ READ ONLY transaction (one snapshot, writers
 * are not blocked). Files are copied after the snapshot is taken: a file uploaded later is not named by
 * the backed-up rows (a harmless extra), and a file the snapshot names but that was deleted meanwhile is
 * reported in missingFiles.
 */
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { listSequences, listTables, schemaVersions, stableTextSettings, tableDigest } from "./catalog";
import { copyFiles, listFiles } from "./files";
import { BACKUP_FORMAT, type BackupManifest } from "./manifest";

export interface BackupOptions {
  databaseUrl: string;
  /** The uploaded files' folder (STORAGE_DIR). */
  storageDir: string;
  /** The backup folder to create (must not exist). */
  outDir: string;
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

export async function createBackup(opts: BackupOptions): Promise<BackupManifest> {
  const log = opts.log ?? (() => {});
  const outDir = path.resolve(opts.outDir);
  // Written beside, renamed at the end: a folder with the final name is always a complete backup.
  const partial = `${outDir}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(path.join(partial, "data"), { recursive: true });
  const client = new pg.Client({ connectionString: opts.databaseUrl, application_name: "circuit-court-backup" });
  await client.connect();
  try {
    await client.query("begin isolation level repeatable read read only");
    await stableTextSettings(client);
    const serverVersion = (await client.query<{ v: string }>("show server_version")).rows[0].v;
    const versions = await schemaVersions(client);
    const tables = await listTables(client);
    const manifestTables: BackupManifest["tables"] = [];
    for (const table of tables) {
      const file = `data/${table.name}.copy.gz`;
      const cols = table.columns.map((c) => `"${c.replace(/"/g, '""')}"`).join(", ");
      await pipeline(client.query(copyTo(`copy ${table.sql} (${cols}) to stdout`)), createGzip({ level: 6 }), createWriteStream(path.join(partial, file)));
      const { rows, digest } = await tableDigest(client, table);
      manifestTables.push({ name: table.name, file, columns: table.columns, rows, digest });
      if (rows > 0) log("table saved", { table: table.name, rows });
    }
    const keys = (await client.query<{ key: string }>("select storage_key as key from public.files")).rows.map((r) => r.key);
    const sequences = await listSequences(client);
    await client.query("commit");

    const stored = await listFiles(opts.storageDir);
    const files = await copyFiles(opts.storageDir, path.join(partial, "files"), stored);
    const present = new Set(stored);
    const missingFiles = keys.filter((k) => !present.has(k)).sort();
    if (missingFiles.length) log("files named in the database but absent from storage", { count: missingFiles.length, keys: missingFiles.slice(0, 20) });

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      serverVersion,
      schemaVersions: versions,
      tables: manifestTables,
      sequences,
      files,
      missingFiles,
    };
    await writeFile(path.join(partial, "manifest.json"), JSON.stringify(manifest, null, 2));
    await rename(partial, outDir);
    return manifest;
  } catch (err) {
    await client.query("rollback").catch(() => {});
    await rm(partial, { recursive: true, force: true });
    throw err;
  } finally {
    await client.end();
  }
}
