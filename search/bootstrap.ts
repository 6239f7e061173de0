/**
 * At start-up: set the engine up, and build an index that is empty while the database has content
 * (first start with demo data, a new Meilisearch server, a restored database). Otherwise the queue
 * keeps it current, and `npm run reindex` rebuilds it on demand.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { SEARCH_INDEXES, type SearchEngine, type SearchIndex } from "./engine";
import { syncDocuments } from "./indexer";

/** The rows that may have a document, per index (the builders keep only those that are public). */
export const CANDIDATE_ROWS: Record<SearchIndex, ReturnType<typeof sql>> = {
  needs: sql`select id from needs where status = 'published'`,
  companies: sql`select id from companies where verification_status = 'verified'`,
  challenges: sql`select id from challenges where status = 'published'`,
  skills: sql`select id from skill_offers where status = 'open' union all select id from skill_requests where status = 'open'`,
};

export async function ensureSearchIndexes(db: Db, engine: SearchEngine, log: (s: string) => void = () => {}) {
  await engine.setup();
  for (const index of SEARCH_INDEXES) {
    const existing = await engine.search({ index, text: "", pageSize: 1 });
    if (existing.total > 0) continue;
    const { rows } = await db.execute<{ id: string }>(sql`select id from (${CANDIDATE_ROWS[index]}) r order by id`);
    if (rows.length === 0) continue;
    const started = Date.now();
    let indexed = 0;
    for (let i = 0; i < rows.length; i += 500)
      indexed += (
        await syncDocuments(
          db,
          engine,
          index,
          rows.slice(i, i + 500).map((r) => r.id),
        )
      ).upserted;
    log(`index de recherche « ${index} » construit : ${indexed} documents (${Date.now() - started} ms, moteur ${engine.name})`);
  }
}
