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
import { challengeDocuments, skillPostDocuments } from "./documents-axes";
import { SEARCH_INDEXES, type SearchDocument, type SearchEngine, type SearchIndex } from "./engine";
import { getSearchEngine } from "./index";

/**
 * `at`: rebuild the documents then rather than now, for a change that comes with time alone (a challenge
 * leaves the index at its deadline). Its own job key, so it neither replaces nor is replaced by the
 * immediate job of a change made meanwhile.
 */
export async function queueIndexing(tx: DbOrTx, index: SearchIndex, ids: string[], opts: { at?: Date } = {}) {
  for (const id of new Set(ids)) {
    // One pending job per document: a burst of changes indexes it once.
    const jobKey = opts.at ? `index:${index}:${id}:at` : `index:${index}:${id}`;
    await enqueueJob(tx, "index_documents", { index, ids: [id] }, { jobKey, maxAttempts: 20, runAt: opts.at });
  }
}

const BUILDERS: Record<SearchIndex, (db: DbOrTx, ids: string[]) => Promise<SearchDocument[]>> = {
  needs: needDocuments,
  companies: companyDocuments,
  challenges: challengeDocuments,
  skills: skillPostDocuments,
};

export const buildDocuments = (db: DbOrTx, index: SearchIndex, ids: string[]) => BUILDERS[index](db, ids);

/** Upserts the documents that exist and removes the ids that have none. */
export async function syncDocuments(db: DbOrTx, engine: SearchEngine, index: SearchIndex, ids: string[]) {
  const documents = await buildDocuments(db, index, ids);
  const present = new Set(documents.map((d) => d.id));
  await engine.upsert(index, documents);
  await engine.remove(
    index,
    ids.filter((id) => !present.has(id)),
  );
  return { upserted: documents.length, removed: ids.length - documents.length };
}

export const indexDocumentsTask = defineTask(z.object({ index: z.enum(SEARCH_INDEXES), ids: z.array(z.uuid()).min(1) }), async ({ index, ids }, helpers) => {
  await withDb(helpers, (db) => syncDocuments(db, getSearchEngine(), index, ids));
});

// Registers this domain's tasks (name → payload) for enqueueJob's checks; lib/outbox/tasks.ts lists them for the worker.
declare module "@/lib/outbox/define-task" {
  interface TaskPayloads {
    index_documents: PayloadOf<typeof indexDocumentsTask>;
  }
}
