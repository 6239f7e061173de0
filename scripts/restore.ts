/**
 * `npm run restore -- DIR [--force]`: loads a backup folder made by `npm run backup` into DATABASE_URL
 * (migrated first by the npm script's launcher) and its files into STORAGE_DIR, checking every table's
 * rows and every file's SHA-256 against the backup. Stop the app and the workers first. It refuses a
 * database that holds accounts or companies unless --force. With Meilisearch, run `npm run reindex` after.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreBackup } from "../lib/ops/backup/restore";
import { logger } from "../lib/ops/logger";

const log = logger();
const { values: args, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  if (positionals.length !== 1) throw new Error("usage: npm run restore -- <backup folder> [--force]");
  const started = Date.now();
  const result = await restoreBackup({
    databaseUrl: url,
    storageDir: path.resolve(process.env.STORAGE_DIR ?? ".data/uploads"),
    fromDir: positionals[0],
    force: args.force,
    log: (message, fields) => log.info(fields ?? {}, message),
  });
  log.info({ ...result, ms: Date.now() - started }, "restore complete");
}

main().catch((err) => {
  log.fatal({ err }, "restore failed");
  process.exitCode = 1;
});
