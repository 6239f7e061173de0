/**
 * The background SIRENE import a staff upload queues: reads .data/imports/<id>.csv, writes its progress
 * (about once a second) and then its summary into app_meta for the page to poll, and deletes the file.
 * An unreadable file fails at once; any other error is rethrown so graphile retries, which is safe since
 * the import is idempotent and keeps the batches it finished.
 * A run that finds its status still "running" follows a crash of the process that ran it (the worker
 * released its lock at start): it marks the import "interrupted" and stops there; staff resume it from
 * /cci/sirene (resumeSireneImport), and the re-run converges without duplicates (upsert by SIRET).
 */
import { createReadStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { z } from "@/lib/validation/zod";
import { defineTask, withDb, type PayloadOf } from "@/lib/outbox/define-task";
import { importSireneStream, SireneFileError } from "./import";
import { importFilePath, readImportStatus, writeImportStatus, type SireneImportStatus } from "./status";

const PROGRESS_EVERY_MS = 1000;

export const importSireneTask = defineTask(z.object({ importId: z.uuid() }), async ({ importId }, helpers) => {
  await withDb(helpers, async (db) => {
    const queued = await readImportStatus(db, importId);
    if (!queued) {
      helpers.logger.warn(`import_sirene: import ${importId} inconnu, rien à faire`);
      return;
    }
    if (queued.status === "done" || queued.status === "interrupted") return;
    if (queued.status === "running") {
      await writeImportStatus(db, {
        ...queued,
        status: "interrupted",
        finishedAt: new Date().toISOString(),
        error: "L'import a été interrompu par un arrêt du serveur. Les lots déjà traités sont enregistrés : reprenez-le pour terminer, sans créer de doublon.",
      });
      helpers.logger.warn(`import_sirene: import ${importId} interrompu par l'arrêt d'un processus, à reprendre depuis /cci/sirene`);
      return;
    }
    const file = importFilePath(importId);
    let status: SireneImportStatus = {
      ...queued,
      status: "running",
      error: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      bytesRead: 0,
      read: 0,
      imported: 0,
      updated: 0,
      unchanged: 0,
      signatoriesRefreshed: 0,
      rejectedCount: 0,
      rejected: [],
    };
    const finish = async (patch: Partial<SireneImportStatus>) => {
      status = { ...status, ...patch, finishedAt: new Date().toISOString() };
      await writeImportStatus(db, status);
    };

    try {
      status.bytesTotal = (await stat(file)).size;
    } catch {
      await finish({ status: "failed", error: "Le fichier déposé est introuvable sur le serveur : déposez-le à nouveau." });
      return;
    }
    await writeImportStatus(db, status);

    let lastWrite = Date.now();
    try {
      const result = await importSireneStream(db, createReadStream(file), {
        onProgress: async (p) => {
          status = { ...status, ...p };
          if (Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
          lastWrite = Date.now();
          await writeImportStatus(db, status);
        },
      });
      const { dryRun: _dryRun, ...summary } = result;
      await finish({ ...summary, status: "done", bytesRead: status.bytesTotal });
      await rm(file, { force: true });
    } catch (err) {
      if (err instanceof SireneFileError) {
        await finish({ status: "failed", error: err.message });
        await rm(file, { force: true });
        return;
      }
      const last = helpers.job.attempts >= helpers.job.max_attempts;
      // Not the last attempt: back to "queued" (the page keeps polling) until graphile runs it again.
      await finish({
        status: last ? "failed" : "queued",
        error: last
          ? "L'import s'est arrêté sur une erreur inattendue. Les lots déjà traités sont enregistrés ; déposez le fichier à nouveau pour terminer."
          : "L'import s'est interrompu sur une erreur inattendue ; il reprendra automatiquement dans quelques instants.",
      });
      if (last) await rm(file, { force: true });
      throw err;
    }
  });
});

// Registers this domain's tasks (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists them for the worker.
declare module "@/lib/outbox/define-task" {
  interface TaskPayloads {
    import_sirene: PayloadOf<typeof importSireneTask>;
  }
}
