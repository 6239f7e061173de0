/**
 * The naive baseline the search engine is measured against: the same query answered straight from the
 * business tables with ILIKE '%word%' (one clause per word, AND-ed), the same filters, a page of 20, the
 * total and the facet counts — in one statement, so one round trip like the engine's main query.
 */
import type pg from "pg";
import type { SearchQuery } from "../../search/engine";
import { FRENCH_STOP_WORDS } from "../../search/synonyms";
import { fold } from "../../search/text";

const STOP = new Set(FRENCH_STOP_WORDS);
const PAGE = 20;

/** Words as typed (case and accents kept: ILIKE ignores case, not accents), stop words dropped. */
export function ilikeWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(fold(w)));
}

class Params {
  values: unknown[] = [];
  add(v: unknown) {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The geo part shared by both tables: distance from the centre to the row's commune centre. */
function geo(q: SearchQuery, p: Params, where: string[]) {
  const origin = q.sort?.by === "distance" ? q.sort.from : (q.origin ?? q.filters?.near);
  const dist = origin ? `earth_distance(ll_to_earth(${p.add(origin.lat)}, ${p.add(origin.lng)}), ll_to_earth(cm.lat, cm.lng)) / 1000` : "NULL::float8";
  const near = q.filters?.near;
  if (near) {
    where.push(`earth_distance(ll_to_earth(${p.add(near.lat)}, ${p.add(near.lng)}), ll_to_earth(cm.lat, cm.lng)) <= ${p.add(near.radiusKm * 1000)}`);
  }
  return dist;
}

function companiesSql(q: SearchQuery, p: Params) {
  const where = ["c.verification_status = 'verified'", "c.suspended_at IS NULL"];
  for (const w of ilikeWords(q.text)) {
    const x = p.add(like(w));
    where.push(`(c.legal_name ILIKE ${x} OR c.trade_name ILIKE ${x} OR c.description ILIKE ${x})`);
  }
  const eq = q.filters?.equals ?? {};
  if (eq.section?.length) where.push(`f.section = ANY(${p.add(eq.section.map(String))}::text[])`);
  if (eq.headcount?.length) where.push(`c.headcount_band = ANY(${p.add(eq.headcount.map(String))}::text[])`);
  if (eq.epci?.length) where.push(`cm.epci_code = ANY(${p.add(eq.epci.map(String))}::text[])`);
  if (eq.certifications?.length) where.push(`c.certifications && ${p.add(eq.certifications.map(String))}::text[]`);
  const dist = geo(q, p, where);
  const facets: Record<string, string> = {
    section: "SELECT 'section' AS facet, section AS value, count(*)::int AS n FROM matched GROUP BY section",
    headcount: "SELECT 'headcount', headcount_band, count(*)::int FROM matched GROUP BY headcount_band",
    epci: "SELECT 'epci', epci_code, count(*)::int FROM matched WHERE epci_code IS NOT NULL GROUP BY epci_code",
    certifications: "SELECT 'certifications', v, count(*)::int FROM matched, unnest(certifications) AS v GROUP BY v",
  };
  return {
    matched: `SELECT c.id, c.legal_name AS sort_key, f.section, c.headcount_band, cm.epci_code, c.certifications, ${dist} AS distance_km
      FROM companies c JOIN naf_codes f ON f.code = c.naf_code JOIN communes cm ON cm.insee_code = c.commune_code
      WHERE ${where.join(" AND ")}`,
    order: q.sort?.by === "distance" ? "distance_km, sort_key, id" : "sort_key, id",
    facets: (q.facets ?? []).map((f) => facets[f]).filter(Boolean),
  };
}

function needsSql(q: SearchQuery, p: Params) {
  const where = ["n.status = 'published'", "n.visibility = 'all_signatories'", "co.suspended_at IS NULL"];
  const deadline = q.filters?.ranges?.deadline;
  if (deadline?.min !== undefined) where.push(`n.response_deadline >= to_timestamp(${p.add(deadline.min)})`);
  for (const w of ilikeWords(q.text)) {
    const x = p.add(like(w));
    where.push(`(n.title ILIKE ${x} OR n.description ILIKE ${x})`);
  }
  const eq = q.filters?.equals ?? {};
  if (eq.kind?.length) where.push(`n.kind::text = ANY(${p.add(eq.kind.map(String))}::text[])`);
  if (eq.section?.length) {
    where.push(`EXISTS (SELECT 1 FROM need_activities na JOIN naf_codes f ON f.code = na.naf_code
      WHERE na.need_id = n.id AND f.section = ANY(${p.add(eq.section.map(String))}::text[]))`);
  }
  const dist = geo(q, p, where);
  const facets: Record<string, string> = {
    kind: "SELECT 'kind' AS facet, kind::text AS value, count(*)::int AS n FROM matched GROUP BY kind",
    section: `SELECT 'section', f.section, count(DISTINCT m.id)::int FROM matched m JOIN need_activities na ON na.need_id = m.id
      JOIN naf_codes f ON f.code = na.naf_code GROUP BY f.section`,
    csr: "SELECT 'csr', v, count(*)::int FROM matched, unnest(csr_criteria) AS v GROUP BY v",
  };
  return {
    matched: `SELECT n.id, n.response_deadline AS sort_key, n.kind, n.csr_criteria, ${dist} AS distance_km
      FROM needs n JOIN companies co ON co.id = n.company_id JOIN communes cm ON cm.insee_code = n.commune_code
      WHERE ${where.join(" AND ")}`,
    order: q.sort?.by === "distance" ? "distance_km, sort_key, id" : "sort_key, id",
    facets: (q.facets ?? []).map((f) => facets[f]).filter(Boolean),
  };
}

/** SQL text and parameters of the naive query; exported so the bench can EXPLAIN it. */
export function ilikeStatement(q: SearchQuery): { text: string; values: unknown[] } {
  const p = new Params();
  const s = q.index === "companies" ? companiesSql(q, p) : needsSql(q, p);
  const text = `WITH matched AS MATERIALIZED (${s.matched})
    SELECT (SELECT coalesce(json_agg(id), '[]') FROM (SELECT id FROM matched ORDER BY ${s.order} LIMIT ${PAGE}) pg) AS ids,
      (SELECT count(*)::int FROM matched) AS total,
      ${s.facets.length ? `(SELECT coalesce(json_agg(x), '[]') FROM (${s.facets.join(" UNION ALL ")}) x)` : "'[]'::json"} AS facets`;
  return { text, values: p.values };
}

export async function ilikeSearch(pool: pg.Pool, q: SearchQuery): Promise<{ ids: string[]; total: number }> {
  const { text, values } = ilikeStatement(q);
  const {
    rows: [row],
  } = await pool.query<{ ids: string[]; total: number }>(text, values);
  return { ids: row.ids, total: row.total };
}
