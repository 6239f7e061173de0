/** Brings a database to the state the app needs: migrations, reference data, charter, optional demo data. */
import { runMigrations as runWorkerMigrations } from "graphile-worker";
import { createDb } from "./client";
import { applyMigrations } from "./migrate";
import { loadReferenceData } from "./reference/load";
import { ensureCharter } from "./reference/charter";

export interface SetupOptions {
  seedDemo?: boolean;
  log?: (line: string) => void;
}

export async function prepareDatabase(url: string, opts: SetupOptions = {}) {
  const log = opts.log ?? (() => {});
  const { db, pool } = createDb(url, 4);
  try {
    let t = Date.now();
    await applyMigrations(db);
    // graphile-worker's own schema: the app's transactions call graphile_worker.add_job (lib/outbox).
    // Its own short-lived pool: ours lacks the per-client error handler graphile insists on.
    await runWorkerMigrations({ connectionString: url });
    log(`migrations appliquées (${Date.now() - t} ms)`);
    t = Date.now();
    if (await loadReferenceData(db)) log(`données de référence chargées : communes, EPCI, NAF (${Date.now() - t} ms)`);
    await ensureCharter(db);
    if (opts.seedDemo) {
      const { loadDemoData } = await import("./seed/load-demo");
      await loadDemoData(db, { log });
    }
  } finally {
    await pool.end();
  }
}
