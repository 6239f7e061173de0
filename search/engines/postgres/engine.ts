/**
 * The embedded search engine: its own tables in schema `search` (migration 0003), French full-text
 * search with unaccent, prefix matching on the last word, synonyms, typo correction from a trigram
 * vocabulary, facet counts, geo filter and sort by distance (earthdistance).
 */
import type pg from "pg";
import {
  SearchUnavailableError, type SearchDocument, type SearchEngine, type SearchIndex, type SearchQuery, type SearchResult,
} from "../../engine";
import { marksFromSentinels } from "../../highlight";
import { termGroups, tokenize, toTsQuery } from "../../text";
import { Params, storedAttributes, whereClause } from "./sql";

const HEADLINE = "StartSel=\u0001, StopSel=\u0002, HighlightAll=true";
const SNIPPET = "StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=\" … \"";

export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres" as const;
  constructor(private readonly pool: pg.Pool, private readonly timeouts = { readMs: 5000, lockMs: 3000 }) {}

  /** Runs SQL with timeouts, so locked or slow index tables turn into "search unavailable", not a hang. */
  private async run<R extends pg.QueryResultRow>(text: string, values: unknown[] = [], write = false): Promise<pg.QueryResult<R>> {
    let client: pg.PoolClient | undefined;
    try {
      client = await this.pool.connect();
      await client.query("BEGIN");
      // work_mem: ranking and facet counts over thousands of matches must not spill to disk.
      await client.query(`SET LOCAL statement_timeout = ${this.timeouts.readMs}; SET LOCAL lock_timeout = ${this.timeouts.lockMs}; SET LOCAL work_mem = '32MB'`);
      const result = await client.query<R>(text, values);
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client?.query("ROLLBACK").catch(() => {});
      throw new SearchUnavailableError(`postgres (${write ? "write" : "read"})`, err);
    } finally {
      client?.release();
    }
  }

  async setup() {
    await this.run("SELECT 1 FROM search.documents LIMIT 1");
  }

  async upsert(index: SearchIndex, documents: SearchDocument[]) {
    if (documents.length === 0) return;
    const rows = documents.map((d) => ({
      doc_id: d.id, title: d.title, keywords: d.keywords.join(" · "), body: d.body,
      attributes: storedAttributes(d.attributes), numbers: Object.fromEntries(Object.entries(d.numbers).filter(([, v]) => v !== null)),
      lat: d.geo?.lat ?? null, lng: d.geo?.lng ?? null,
    }));
    await this.run(`
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
      ON CONFLICT DO NOTHING`, [index, JSON.stringify(rows)], true);
  }

  async remove(index: SearchIndex, ids: string[]) {
    if (ids.length) await this.run("DELETE FROM search.documents WHERE index_name = $1 AND doc_id = ANY($2::text[])", [index, ids], true);
  }

  async clear(index: SearchIndex) {
    await this.run("DELETE FROM search.documents WHERE index_name = $1", [index], true);
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
  private async corrections(words: string[]): Promise<Map<string, string[]>> {
    const candidates = words.filter((w) => w.length >= 4 && !/^\d+$/.test(w));
    if (candidates.length === 0) return new Map();
    const { rows } = await this.run<{ term: string; word: string }>(`
      SELECT t.term, c.word FROM unnest($1::text[]) AS t(term)
      CROSS JOIN LATERAL (
        SELECT w.word FROM search.words w
        WHERE NOT EXISTS (SELECT 1 FROM search.words e WHERE e.word = t.term) AND w.word % t.term AND similarity(w.word, t.term) >= 0.4
        ORDER BY w.word <-> t.term, w.word LIMIT 3) c`, [candidates]);
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.term, [...(map.get(r.term) ?? []), r.word]);
    return map;
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const page = Math.max(1, q.page ?? 1);
    const pageSize = Math.min(100, Math.max(1, q.pageSize ?? 20));
    const words = tokenize(q.text);
    const p = new Params();
    const where = whereClause(q.index, q.filters, p);
    let tsquery: string | null = null;
    if (words.length) {
      tsquery = p.add(toTsQuery(termGroups(words, await this.corrections(words))));
      where.push(`d.tsv @@ to_tsquery('search.fr', ${tsquery})`);
    }
    const origin = q.sort?.by === "distance" ? q.sort.from : q.origin;
    const distance = origin
      ? `CASE WHEN d.lat IS NULL THEN NULL ELSE earth_distance(ll_to_earth(${p.add(origin.lat)}, ${p.add(origin.lng)}), d.earth_pt) / 1000 END`
      : "NULL::float8";
    const rank = tsquery ? `ts_rank_cd(d.tsv, to_tsquery('search.fr', ${tsquery}))` : "0";
    // Ties are broken by document id: the same query always gives the same order.
    const sortValue = q.sort?.by === "number" ? `(d.numbers->>${p.add(q.sort.field)})::float8` : "NULL::float8";
    const order = q.sort?.by === "distance" ? "m.distance_km ASC NULLS LAST, m.doc_id"
      : q.sort?.by === "number" ? `m.sort_value ${q.sort.direction === "asc" ? "ASC" : "DESC"} NULLS LAST, m.doc_id`
      : "m.rank DESC, m.doc_id";
    const facets = (q.facets ?? []).filter(Boolean);
    // Everything later steps need is read once, in `matched`: no join back to the documents but for the page's rows.
    const facetSql = facets.length
      ? `, facet_counts AS (SELECT f.name, v AS value, count(*)::int AS n FROM matched m,
           unnest(${p.add(facets)}::text[]) AS f(name), jsonb_array_elements_text(m.attributes -> f.name) AS v GROUP BY f.name, v)`
      : "";
    const headline = tsquery ? `ts_headline('search.fr', d.title, to_tsquery('search.fr', ${tsquery}), '${HEADLINE}')` : "d.title";
    const snippet = tsquery ? `ts_headline('search.fr', d.body, to_tsquery('search.fr', ${tsquery}), '${SNIPPET}')` : "left(d.body, 220)";
    const sql = `
      WITH matched AS (SELECT d.doc_id, ${rank} AS rank, ${distance} AS distance_km, ${sortValue} AS sort_value,
          ${facets.length ? "d.attributes" : "NULL::jsonb"} AS attributes
        FROM search.documents d WHERE ${where.join(" AND ")})
      ${facetSql},
      paged AS (SELECT m.doc_id, m.distance_km, row_number() OVER (ORDER BY ${order}) AS pos FROM matched m
        ORDER BY ${order} LIMIT ${p.add(pageSize)} OFFSET ${p.add((page - 1) * pageSize)})
      SELECT 'hit' AS kind, d.doc_id AS id, ${headline} AS title, ${snippet} AS snippet, pg.distance_km, pg.pos, NULL::text AS facet, NULL::text AS value, NULL::int AS n, 0 AS total
        FROM paged pg JOIN search.documents d ON d.index_name = ${p.add(q.index)} AND d.doc_id = pg.doc_id
      UNION ALL SELECT 'total', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, (SELECT count(*)::int FROM matched)
      ${facets.length ? "UNION ALL SELECT 'facet', NULL, NULL, NULL, NULL, NULL, name, value, n, 0 FROM facet_counts" : ""}`;
    const { rows } = await this.run<{ kind: string; id: string; title: string; snippet: string; distance_km: number | null; pos: string; facet: string; value: string; n: number; total: number }>(sql, p.values);

    const hitRows = rows.filter((r) => r.kind === "hit");
    // UNION ALL keeps no order: put hits back in the order the paged CTE numbered them.
    hitRows.sort((a, b) => Number(a.pos) - Number(b.pos));
    const result: SearchResult = {
      hits: hitRows.map((r) => ({
        id: r.id, titleHighlight: marksFromSentinels(r.title), snippet: marksFromSentinels(r.snippet ?? ""),
        distanceKm: r.distance_km === null ? null : Math.round(r.distance_km * 10) / 10,
      })),
      total: rows.find((r) => r.kind === "total")?.total ?? 0,
      facets: Object.fromEntries(facets.map((f) => [f, {} as Record<string, number>])),
      page, pageSize, tookMs: 0,
    };
    for (const r of rows.filter((x) => x.kind === "facet")) result.facets[r.facet][r.value] = r.n;
    result.tookMs = Math.round(performance.now() - started);
    return result;
  }
}
