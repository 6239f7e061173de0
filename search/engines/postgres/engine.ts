/**
 * The embedded search engine: its own tables in schema `search` (migration 0003), French full-text
 * search with unaccent, prefix matching on the last word, synonyms, typo correction from a trigram
 * vocabulary, facet counts, geo filter and sort by distance (earthdistance).
 */
import type pg from "pg";
import {
  MAX_TOTAL_HITS,
  SearchUnavailableError,
  type SearchDocument,
  type SearchEngine,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from "../../engine";
import { marksFromSentinels } from "../../highlight";
import { termGroups, tokenize, toTsQuery } from "../../text";
import { searchStatement, storedAttributes, type SearchRow } from "./sql";

/** Documents per write transaction: each batch gets the whole write budget, so a big upsert never races one timeout. */
export const WRITE_BATCH = 250;

export interface PostgresEngineTimeouts {
  /** A search: bounded reads (MAX_TOTAL_HITS), so a slow one means the engine is in trouble. */
  readMs: number;
  /** Waiting for a lock held by another writer or a maintenance task. */
  lockMs: number;
  /** One batch of at most WRITE_BATCH documents (index maintenance of several GIN and GiST indexes). */
  writeMs: number;
}

export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres" as const;
  private readonly timeouts: PostgresEngineTimeouts;
  /** `readPool`: where searches go (a replica, db/read-pool.ts); writes always go to `pool`, the primary. */
  constructor(
    private readonly pool: pg.Pool,
    timeouts: Partial<PostgresEngineTimeouts> = {},
    private readonly readPool: pg.Pool = pool,
  ) {
    this.timeouts = { readMs: 5000, lockMs: 3000, writeMs: 60_000, ...timeouts };
  }

  /**
   * Runs statements on one connection, in one transaction, with timeouts: locked or slow index tables turn
   * into "search unavailable", not a hang. Reads and writes have their own budgets and settings.
   */
  private async withClient<T>(mode: "read" | "write", fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient | undefined;
    try {
      client = await (mode === "read" ? this.readPool : this.pool).connect();
      await client.query("BEGIN");
      await client.query(mode === "read" ? this.readSettings() : this.writeSettings());
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client?.query("ROLLBACK").catch(() => {});
      throw new SearchUnavailableError(`postgres (${mode})`, err);
    } finally {
      client?.release();
    }
  }

  private readSettings() {
    // Every query reads a bounded number of rows (MAX_TOTAL_HITS): JIT compilation and parallel workers
    // would cost more than they save; work_mem keeps the sorts of those rows in memory. No sequential
    // scans: with LIMIT, the planner bets that matches are spread evenly through the table, and loses.
    return (
      `SET LOCAL statement_timeout = ${this.timeouts.readMs}; SET LOCAL lock_timeout = ${this.timeouts.lockMs}; ` +
      "SET LOCAL work_mem = '32MB'; SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL enable_seqscan = off; " +
      "SET LOCAL pg_trgm.similarity_threshold = 0.4"
    );
  }

  private writeSettings() {
    // Writes keep the planner's defaults: the read-side bets above say nothing about an upsert.
    return `SET LOCAL statement_timeout = ${this.timeouts.writeMs}; SET LOCAL lock_timeout = ${this.timeouts.lockMs}`;
  }

  private run<R extends pg.QueryResultRow>(text: string, values: unknown[] = [], mode: "read" | "write" = "read"): Promise<pg.QueryResult<R>> {
    return this.withClient(mode, (client) => client.query<R>(text, values));
  }

  async setup() {
    await this.run("SELECT 1 FROM search.documents LIMIT 1");
  }

  /**
   * Upserts in batches of WRITE_BATCH, one transaction each: an upsert is idempotent, so when a batch fails
   * the caller (an indexing job, reindex) retries the whole call and the batches already written are rewritten.
   */
  async upsert(index: SearchIndex, documents: SearchDocument[]) {
    for (let i = 0; i < documents.length; i += WRITE_BATCH) await this.upsertBatch(index, documents.slice(i, i + WRITE_BATCH));
  }

  private async upsertBatch(index: SearchIndex, documents: SearchDocument[]) {
    const rows = documents.map((d) => ({
      doc_id: d.id,
      title: d.title,
      keywords: d.keywords.join(" · "),
      body: d.body,
      attributes: storedAttributes(d.attributes),
      numbers: Object.fromEntries(Object.entries(d.numbers).filter(([, v]) => v !== null)),
      lat: d.geo?.lat ?? null,
      lng: d.geo?.lng ?? null,
    }));
    await this.run(
      `
      WITH input AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(doc_id text, title text, keywords text, body text, attributes jsonb, numbers jsonb, lat float8, lng float8)),
      upserted AS (
        INSERT INTO search.documents AS d (index_name, doc_id, title, keywords, body, attributes, numbers, lat, lng, updated_at)
        SELECT $1, doc_id, title, keywords, body, attributes, numbers, lat, lng, now() FROM input
        ON CONFLICT (index_name, doc_id) DO UPDATE SET title = excluded.title, keywords = excluded.keywords, body = excluded.body,
          attributes = excluded.attributes, numbers = excluded.numbers, lat = excluded.lat, lng = excluded.lng, updated_at = now()
        RETURNING 1)
      INSERT INTO search.words (word)
        SELECT DISTINCT w FROM input, regexp_split_to_table(search.fold(input.title || ' ' || input.keywords), '[^a-z0-9]+') AS w
        WHERE length(w) >= 3 AND w !~ '^[0-9]+$' -- SIRETs and codes match exactly, never as typo candidates
      ON CONFLICT DO NOTHING`,
      [index, JSON.stringify(rows)],
      "write",
    );
  }

  async remove(index: SearchIndex, ids: string[]) {
    if (ids.length) await this.run("DELETE FROM search.documents WHERE index_name = $1 AND doc_id = ANY($2::text[])", [index, ids], "write");
  }

  async clear(index: SearchIndex) {
    await this.run("DELETE FROM search.documents WHERE index_name = $1", [index], "write");
  }

  async health() {
    try {
      await this.run("SELECT 1 FROM search.documents LIMIT 1");
      return { ok: true };
    } catch (err) {
      return { ok: false, detail: String((err as Error).cause ?? err) };
    }
  }

  /** Query words with no exact entry in the vocabulary get up to 3 similar words (trigram distance). */
  private async corrections(client: pg.PoolClient, words: string[]): Promise<Map<string, string[]>> {
    const candidates = words.filter((w) => w.length >= 4 && !/^\d+$/.test(w));
    if (candidates.length === 0) return new Map();
    // One statement: the exact lookup (primary key) gates the trigram index (GIN, migration 0007), which
    // returns only words at least 0.4 similar (pg_trgm.similarity_threshold, set with the timeouts).
    const { rows } = await client.query<{ term: string; word: string }>(
      `
      SELECT t.term, c.word FROM unnest($1::text[]) AS t(term)
      CROSS JOIN LATERAL (
        SELECT w.word FROM search.words w
        WHERE NOT EXISTS (SELECT 1 FROM search.words e WHERE e.word = t.term) AND w.word % t.term
        ORDER BY similarity(w.word, t.term) DESC, w.word LIMIT 3) c`,
      [candidates],
    );
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.term, [...(map.get(r.term) ?? []), r.word]);
    return map;
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    return this.withClient("read", async (client) => {
      const words = tokenize(q.text);
      const tsquery = words.length ? toTsQuery(termGroups(words, await this.corrections(client, words))) : null;
      const { sql, values, page, pageSize, facets } = searchStatement(q, tsquery);
      const { rows } = await client.query<SearchRow>(sql, values);
      const hitRows = rows.filter((r) => r.kind === "hit");
      // UNION ALL keeps no order: put hits back in the order the page was numbered.
      hitRows.sort((a, b) => Number(a.pos) - Number(b.pos));
      const counted = rows.find((r) => r.kind === "total")?.total ?? 0;
      const result: SearchResult = {
        hits: hitRows.map((r) => ({
          id: r.id,
          titleHighlight: marksFromSentinels(r.title),
          snippet: marksFromSentinels(r.snippet ?? ""),
          distanceKm: r.distance_km === null ? null : Math.round(r.distance_km * 10) / 10,
        })),
        total: Math.min(counted, MAX_TOTAL_HITS),
        totalIsExact: counted <= MAX_TOTAL_HITS,
        facets: Object.fromEntries(facets.map((f) => [f, {} as Record<string, number>])),
        page,
        pageSize,
        tookMs: 0,
      };
      for (const r of rows.filter((x) => x.kind === "facet")) result.facets[r.facet][r.value] = r.n;
      result.tookMs = Math.round(performance.now() - started);
      return result;
    });
  }
}
