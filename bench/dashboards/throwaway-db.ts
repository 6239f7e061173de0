/**
 * A throw-away embedded PostgreSQL for the dashboards bench: random port, a fresh folder under .data/tmp,
 * migrated with reference data (no demo seed), removed by dispose() — also on Ctrl-C.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { prepareDatabase } from "../../db/setup";

export async function startThrowawayDb(prefix: string, opts: { keep?: boolean } = {}) {
  const root = path.resolve(".data/tmp");
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(path.join(root, `${prefix}-`));
  let server: EmbeddedServer | undefined;
  let disposed = false;
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
    await server?.stop().catch(() => {});
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = () => void dispose().finally(() => process.exit(130));
  process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  try {
    const port = 58000 + Math.floor(Math.random() * 1000);
    server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port, database: "bench" });
    await prepareDatabase(server.url, { seedDemo: false });
    return { url: server.url, dir, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}
