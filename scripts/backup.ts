/**
 * `npm run backup [-- --out DIR]`: saves the database (every table, by COPY, in one snapshot) and the
 * uploaded files into one folder, by default BACKUP_DIR (.data/backups)/circuit-court-<UTC time>.
 * Reads DATABASE_URL (the npm script starts the embedded server when it is not set) and STORAGE_DIR.
 * Why COPY and not pg_dump, and the folder's layout: lib/ops/backup/create.ts and manifest.ts.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup } from "../lib/ops/backup/create";
import { logger } from "../lib/ops/logger";

const log = logger();
const { values: args } = parseArgs({ options: { out: { type: "string" } } });

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  const outDir = path.resolve(args.out ?? path.join(process.env.BACKUP_DIR ?? ".data/backups", `circuit-court-${stamp}`));
  const started = Date.now();
  const manifest = await createBackup({
    databaseUrl: url,
    storageDir: path.resolve(process.env.STORAGE_DIR ?? ".data/uploads"),
    outDir,
    log: (message, fields) => log.info(fields ?? {}, message),
  });
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  log.info(
    { outDir, tables: manifest.tables.length, rows, files: manifest.files.length, missingFiles: manifest.missingFiles.length, ms: Date.now() - started },
    "backup complete",
  );
}

main().catch((err) => {
  log.fatal({ err }, "backup failed");
  process.exitCode = 1;
});
