/**
 * Keeps the engine in step with the database. Services call `queueIndexing` in the same transaction as
 * the change (durable: the job exists if and only if the change committed); the `index_documents` task
 * rebuilds the documents from the database and upserts them, or removes those no longer public. If the
 * engine is down the task throws and graphile-worker retries with backoff: nothing is lost.
 */
import { z } from "@/lib/validation/zod";
import type { DbOrTx } from "@/db/client";
import { enqueueJob } from "@/lib/outbox/enqueue";
import { defineTask, withDb, type PayloadOf } from "@/lib/outbox/define-task";
import { companyDocuments, needDocuments } from "./documents";
import { SEARCH_INDEXES, type SearchEngine, type SearchIndex } from "./engine";
import { getSearchEngine } from "./index";

export async function queueIndexing(tx: DbOrTx, index: SearchIndex, ids: string[]) {
  for (const id of new Set(ids)) {
    // One pending job per document: a burst of changes indexes it once.
    await enqueueJob(tx, "index_documents", { index, ids: [id] }, { jobKey: `index:${index}:${id}`, maxAttempts: 20 });
  }
}

export const buildDocuments = (db: DbOrTx, index: SearchIndex, ids: string[]) =>
  index === "needs" ? needDocuments(db, ids) : companyDocuments(db, ids);

/** Upserts the documents that exist and removes the ids that have none. */
export async function syncDocuments(db: DbOrTx, engine: SearchEngine, index: SearchIndex, ids: string[]) {
  const documents = await buildDocuments(db, index, ids);
  const present = new Set(documents.map((d) => d.id));
  await engine.upsert(index, documents);
  await engine.remove(index, ids.filter((id) => !present.has(id)));
  return { upserted: documents.length, removed: ids.length - documents.length };
}

export const indexDocumentsTask = defineTask(
  z.object({ index: z.enum(SEARCH_INDEXES), ids: z.array(z.uuid()).min(1) }),
  async ({ index, ids }, helpers) => {
    await withDb(helpers, (db) => syncDocuments(db, getSearchEngine(), index, ids));
  },
);

// Registers this domain's tasks (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists them for the worker.
declare module "@/lib/outbox/define-task" {
  interface TaskPayloads {
    index_documents: PayloadOf<typeof indexDocumentsTask>;
  }
}
