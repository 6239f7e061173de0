/**
 * A throw-away embedded PostgreSQL for benches: random port, a fresh folder under .data/tmp, prepared
 * like the app's (migrations + reference data, no demo seed), removed at the end, also on Ctrl-C.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { prepareDatabase } from "../../db/setup";

export interface ThrowawayDb {
  url: string;
  dir: string;
  /** Stops the server and removes its folder; safe to call twice. */
  dispose(): Promise<void>;
}

export async function startThrowawayDb(prefix: string, log: (line: string) => void = () => {}): Promise<ThrowawayDb> {
  const root = path.resolve(".data/tmp");
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(path.join(root, `${prefix}-`));
  let server: EmbeddedServer | undefined;
  // One disposal, shared: after Ctrl-C the main flow fails on its closed connections and awaits the same one.
  let disposing: Promise<void> | undefined;
  const dispose = () =>
    (disposing ??= (async () => {
      process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
      await server?.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    })());
  // Ctrl-C: the terminal signals the server too; stop() is bounded, then the folder goes.
  const onSignal = (signal: NodeJS.Signals) => {
    log(`\n${signal}: stopping PostgreSQL and removing ${dir}`);
    void dispose().finally(() => process.exit(130));
  };
  process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  try {
    const port = 57000 + Math.floor(Math.random() * 1000);
    server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port, database: "bench" });
    await prepareDatabase(server.url, { seedDemo: false, log });
    return { url: server.url, dir, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}
