/**
 * SQL of the PostgreSQL engine: filters as a parameterised WHERE clause, and the one statement a search
 * runs. Its cost is bounded whatever the number of matches: the total, the facet counts and the relevance
 * ranking read at most MAX_TOTAL_HITS + 1 matches (for relevance, title matches first); explicit sorts
 * walk an index (distance: the GiST nearest-first order) or keep only the page's rows in a top-N sort.
 */
import { withoutSentinelsSql } from "../../highlight";
import {
  FILTERABLE,
  MAX_TOTAL_HITS,
  SEARCH_INDEXES,
  SORTABLE_NUMBERS,
  type GeoPoint,
  type SearchFilters,
  type SearchIndex,
  type SearchQuery,
} from "../../engine";

export class Params {
  values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const METERS_PER_KM = 1000;

/**
 * The index's name as a SQL literal, not a parameter: it selects the index's own partial indexes (migrations
 * 0006, 0007). Only names of SEARCH_INDEXES get here, checked again since the text goes into the statement.
 */
export function indexLiteral(index: SearchIndex): string {
  if (!SEARCH_INDEXES.includes(index)) throw new Error(`Unknown search index: ${String(index)}`);
  return `'${index}'`;
}
const HEADLINE = "StartSel=\u0001, StopSel=\u0002, HighlightAll=true";
const SNIPPET = 'StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "';

/**
 * A numeric field as SQL. The name is checked against SORTABLE_NUMBERS and written as a literal, not a
 * parameter, so the expression is the one the sort indexes of migration 0007 are built on.
 */
export function numberField(index: SearchIndex, field: string): string {
  if (!SORTABLE_NUMBERS[index].includes(field) || !/^[A-Za-z]+$/.test(field)) throw new Error(`Unknown numeric field for ${index}: ${field}`);
  return `(d.numbers->>'${field}')::float8`;
}

const KM_PER_DEGREE = 111.2;
const MAX_CELLS = 400;

/**
 * The "_cell=…" tags (migration 0007: floor(lat × 10), floor(lng × 10)) of every 0.1° cell the circle
 * touches, or null when there would be too many (a huge radius, near a pole): the distance test alone then.
 */
export function geoCells(near: GeoPoint & { radiusKm: number }): string[] | null {
  const dLat = (near.radiusKm * 1.01) / KM_PER_DEGREE;
  const widest = Math.min(89, Math.abs(near.lat) + dLat);
  const dLng = dLat / Math.cos((widest * Math.PI) / 180);
  const lat0 = Math.floor((near.lat - dLat) * 10),
    lat1 = Math.floor((near.lat + dLat) * 10);
  const lng0 = Math.floor((near.lng - dLng) * 10),
    lng1 = Math.floor((near.lng + dLng) * 10);
  if ((lat1 - lat0 + 1) * (lng1 - lng0 + 1) > MAX_CELLS) return null;
  const cells: string[] = [];
  for (let a = lat0; a <= lat1; a++) for (let b = lng0; b <= lng1; b++) cells.push(`_cell=${a}:${b}`);
  return cells;
}

/**
 * AND of: the index, every attribute filter (OR of values), numeric ranges, the geo radius. With words
 * (`boxIndexed` false), the radius is the cells around it in the words' GIN index, then the distance: the
 * planner cannot estimate how many points a GiST box holds and would scan a whole city's documents.
 */
export function whereClause(index: SearchIndex, filters: SearchFilters | undefined, p: Params, boxIndexed = true): string[] {
  const where = [`d.index_name = ${indexLiteral(index)}`];
  for (const [attr, values] of Object.entries(filters?.equals ?? {})) {
    if (!FILTERABLE[index].includes(attr)) throw new Error(`Unknown filter attribute for ${index}: ${attr}`);
    if (values.length === 0) continue;
    // tags hold "name=value" for every value of every attribute (migration 0007): OR within = overlap.
    where.push(`d.tags && ${p.add(values.map((v) => `${attr}=${String(v)}`))}::text[]`);
  }
  for (const [field, range] of Object.entries(filters?.ranges ?? {})) {
    const value = numberField(index, field);
    if (range.min !== undefined) where.push(`${value} >= ${p.add(range.min)}`);
    if (range.max !== undefined) where.push(`${value} <= ${p.add(range.max)}`);
  }
  if (filters?.near) {
    const { lat, lng, radiusKm } = filters.near;
    const center = `ll_to_earth(${p.add(lat)}, ${p.add(lng)})`;
    const meters = p.add(radiusKm * METERS_PER_KM);
    const cells = boxIndexed ? null : geoCells(filters.near);
    const box = boxIndexed ? `earth_box(${center}, ${meters}) @> d.earth_pt AND ` : cells ? `d.tags && ${p.add(cells)}::text[] AND ` : "";
    where.push(`d.lat IS NOT NULL AND ${box}earth_distance(${center}, d.earth_pt) <= ${meters}`);
  }
  return where;
}

/** Attributes as stored: every value an array of strings, so one containment test fits scalars and lists. */
export function storedAttributes(attributes: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (v === null || v === undefined) continue;
    out[k] = (Array.isArray(v) ? v : [v]).map(String);
  }
  return out;
}

/** One row of the search statement: a hit of the page, the (capped) count, or a facet value's count. */
export interface SearchRow {
  kind: "hit" | "total" | "facet";
  id: string;
  title: string;
  snippet: string | null;
  distance_km: number | null;
  pos: string;
  facet: string;
  value: string;
  n: number;
  total: number;
}

/**
 * The statement for a query whose text is already a tsquery (null: browse). It reads at most
 * MAX_TOTAL_HITS + 1 matches (the candidates: count, facets). By relevance with words, the candidates are
 * the documents whose title alone matches (GIN over title_tsv), then the other matches: with more title
 * matches than the cap, only title matches are ranked. Otherwise, and after the title matches, they are
 * the matches as the index gives them, in storage order. The page is then:
 * - with at most MAX_TOTAL_HITS matches, every sort: the candidates sorted (they are all the matches);
 * - with more, by relevance with words: the candidates ranked by ts_rank (title matches, then the first
 *   other matches, not all of them: what bounds the cost of broad queries);
 * - with more, by distance: the GiST index walked nearest first, then the unlocated documents;
 *   by a number or by document id (browse): the number's index (needs' deadline) or the primary key
 *   walked in order, or a top-N sort.
 * Ties are always broken by document id: the same query gives the same order.
 */
export function searchStatement(q: SearchQuery, tsquery: string | null) {
  const page = Math.max(1, Math.floor(q.page ?? 1));
  const pageSize = Math.min(100, Math.max(1, Math.floor(q.pageSize ?? 20)));
  const offset = (page - 1) * pageSize;
  // Pages stop at MAX_TOTAL_HITS, as on Meilisearch.
  const limit = Math.max(0, Math.min(pageSize, MAX_TOTAL_HITS - offset));
  const p = new Params();
  const index = indexLiteral(q.index);
  const where = whereClause(q.index, q.filters, p, tsquery === null);
  const filtered = where.join(" AND ");
  const tsq = tsquery === null ? null : `to_tsquery('search.fr', ${p.add(tsquery)})`;
  if (tsq) where.push(`d.tsv @@ ${tsq}`);
  const matches = where.join(" AND ");
  const facets = (q.facets ?? []).filter(Boolean);
  const sort = q.sort ?? { by: "relevance" };
  const ranked = sort.by === "relevance" && tsq !== null;

  let key = "NULL::float8"; // the sort value each candidate carries
  let order = "doc_id"; // over rows with columns doc_id and k
  let indexPath: string | null = null; // the page when there are more matches than candidates
  const complete = `(SELECT count(*) FROM candidates) <= ${MAX_TOTAL_HITS}`;
  if (sort.by === "distance") {
    const center = `ll_to_earth(${p.add(sort.from.lat)}, ${p.add(sort.from.lng)})`;
    key = `d.earth_pt <-> ${center}`; // chord length: the same order as earth_distance, and the GiST index's
    order = "k ASC NULLS LAST, doc_id";
    // The walk takes the first rows nearest first, then drops those past the radius: a radius filter inside
    // it would hide where the walk may stop, and the last tie group would make it read the whole index.
    const notNear = { ...q.filters, near: undefined };
    const walked = [...whereClause(q.index, notNear, p), ...(tsq ? [`d.tsv @@ ${tsq}`] : [])].join(" AND ");
    const near = q.filters?.near;
    const located = `(SELECT w.doc_id, w.k FROM (SELECT d.doc_id, ${key} AS k FROM search.documents d
        WHERE ${walked} AND d.lat IS NOT NULL AND NOT ${complete} ORDER BY ${key}, d.doc_id LIMIT ${offset + limit}) w
        ${near ? `WHERE sec_to_gc(w.k) <= ${p.add(near.radiusKm * METERS_PER_KM)}` : ""})`;
    const unlocated = q.filters?.near
      ? ""
      : `UNION ALL (SELECT d.doc_id, NULL::float8 FROM search.documents d
        WHERE ${matches} AND d.lat IS NULL AND NOT ${complete} ORDER BY d.doc_id LIMIT ${offset + limit})`;
    indexPath = `${located} ${unlocated}`;
  } else if (sort.by === "number") {
    key = numberField(q.index, sort.field);
    order = `k ${sort.direction === "asc" ? "ASC" : "DESC"} NULLS LAST, doc_id`;
    indexPath = `(SELECT d.doc_id, ${key} AS k FROM search.documents d WHERE ${matches} AND NOT ${complete}
        ORDER BY ${key} ${sort.direction === "asc" ? "ASC" : "DESC"} NULLS LAST, d.doc_id LIMIT ${offset + limit})`;
  } else if (ranked) {
    key = `ts_rank(d.tsv, ${tsq})`;
    order = "k DESC, doc_id";
  } else {
    indexPath = `(SELECT d.doc_id, NULL::float8 AS k FROM search.documents d WHERE ${matches} AND NOT ${complete}
        ORDER BY d.doc_id LIMIT ${offset + limit})`;
  }

  // The matches counted and faceted, with their sort value: at most one more than MAX_TOTAL_HITS. When
  // they are all there, the page is sorted from them; otherwise (matches are then plenty) it comes from
  // walking the sort's index, or for relevance it is the best of these candidates.
  const candidateRows = (condition: string) => `SELECT d.doc_id, ${key} AS k${facets.length ? ", d.tags" : ""}
      FROM search.documents d WHERE ${condition}`;
  // For relevance, title matches come first: Append runs its branches in order and the LIMIT stops it, so
  // the other matches are read only when title matches are fewer than the cap. The branches are disjoint
  // and a title match is a match (tsv starts with the title's words, at the same positions, and queries
  // never negate), so the count and the facets see each match once.
  const candidates = ranked
    ? `candidates AS MATERIALIZED (SELECT * FROM ((${candidateRows(`${filtered} AND d.title_tsv @@ ${tsq}`)})
      UNION ALL (${candidateRows(`${matches} AND NOT d.title_tsv @@ ${tsq}`)})) m LIMIT ${MAX_TOTAL_HITS + 1})`
    : `candidates AS MATERIALIZED (${candidateRows(matches)} LIMIT ${MAX_TOTAL_HITS + 1})`;
  const facetCounts = facets.length
    ? `, facet_counts AS (SELECT t.name, t.value, count(*)::int AS n FROM candidates c,
         LATERAL (SELECT split_part(tag, '=', 1) AS name, substr(tag, strpos(tag, '=') + 1) AS value FROM unnest(c.tags) AS tag) t
         WHERE t.name = ANY(${p.add(facets)}::text[]) GROUP BY t.name, t.value)`
    : "";
  const fromCandidates = `(SELECT c.doc_id, c.k FROM candidates c${indexPath ? ` WHERE ${complete}` : ""} ORDER BY ${order} LIMIT ${offset + limit})`;
  const pageRows = `SELECT * FROM (${fromCandidates}${indexPath ? ` UNION ALL ${indexPath}` : ""}) u ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;

  const origin = sort.by === "distance" ? sort.from : q.origin;
  const distance = origin
    ? `CASE WHEN d.lat IS NULL THEN NULL ELSE earth_distance(ll_to_earth(${p.add(origin.lat)}, ${p.add(origin.lng)}), d.earth_pt) / ${METERS_PER_KM} END`
    : "NULL::float8";
  // Highlights only for the page's rows.
  // Control characters removed first: a \u0001 typed in a title must not read as a highlight sentinel.
  const title = withoutSentinelsSql("d.title");
  const body = withoutSentinelsSql("d.body");
  const headline = tsq ? `ts_headline('search.fr', ${title}, ${tsq}, '${HEADLINE}')` : title;
  const snippet = tsq ? `ts_headline('search.fr', ${body}, ${tsq}, '${SNIPPET}')` : `left(${body}, 220)`;
  const sql = `
    WITH ${candidates}${facetCounts},
    paged AS (SELECT x.doc_id, row_number() OVER (ORDER BY ${order}) AS pos FROM (${pageRows}) x)
    SELECT 'hit' AS kind, d.doc_id AS id, ${headline} AS title, ${snippet} AS snippet, ${distance} AS distance_km, pg.pos,
        NULL::text AS facet, NULL::text AS value, NULL::int AS n, 0 AS total
      FROM paged pg JOIN search.documents d ON d.index_name = ${index} AND d.doc_id = pg.doc_id
    UNION ALL SELECT 'total', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, (SELECT count(*)::int FROM candidates)
    ${facets.length ? "UNION ALL SELECT 'facet', NULL, NULL, NULL, NULL, NULL, name, value, n, 0 FROM facet_counts" : ""}`;
  return { sql, values: p.values, page, pageSize, facets };
}
