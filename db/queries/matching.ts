/**
 * The matching prefilter: from every company, the few thousand that could serve a need, in one query.
 * A candidate is active (SIRENE state A, not suspended), not the need's own company, shares at least the
 * NAF division of one sought activity (main code, secondary activity or published offer), and sits in a
 * commune in reach: within max(perimeter radius, 100 km) of the place of delivery, or in the perimeter's
 * listed areas / territory. Exclusions with reasons and the real scores come after, in score.ts.
 *
 * Why it stays fast on 100,000 companies without an index of its own (docs/MATCHING.md, bench/matching.ts):
 * the communes in reach are found first, in memory (lib/matching/reach.ts), and arrive here as a list;
 * companies are then read once through the NAF index with the division's sous-classes as a literal list
 * (one bitmap scan, pages in physical order) and kept when their commune is in the list; only the kept
 * candidates (best pre-scores inside the perimeter, nearest outside) get their details.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import type { Reach } from "../../lib/matching/reach";

export interface CandidateQuery {
  nafCodes: string[];
  /** Every NAF sous-classe of the sought codes' divisions. */
  divisionCodes: string[];
  /** Communes in reach with their distance, whether inside the perimeter, and the place part of the pre-score. */
  reach: Reach;
  excludeCompanyId: string | null;
  /** Invitations to this need do not count in the supplier's responsiveness. */
  needId: string | null;
  /** Weight of the activity in the pre-score (its place part comes with the reach). */
  activityWeight: number;
  /** Candidates inside the perimeter kept, best pre-scores first. */
  limit: number;
  /** Candidates outside the perimeter kept (same class or better, nearest first): they only feed the list of excluded suppliers. */
  outsideLimit: number;
}

export type CandidateRow = {
  id: string;
  name: string;
  siret: string;
  naf_code: string;
  /** Secondary activities and activities of published offers that share a sought division (may repeat). */
  codes: string[];
  commune_code: string;
  headcount_band: string;
  verification_status: string;
  source: "signup" | "sirene";
  signed: boolean;
  service_area_kind: "radius" | "territory" | "areas";
  service_radius_km: number | null;
  /** "commune:13005", "epci:200054807" */
  service_areas: string[];
  invited: number;
  answered: number;
};

/** Invitation statuses that mean the supplier replied (even "not interested": a reply is a reply). */
export const REPLIED_STATUSES = ["interested", "not_interested", "answered"] as const;

const prefixes = (codes: string[], n: number) => [...new Set(codes.map((c) => c.slice(0, n)))];

/** Agreement of one NAF code with the sought ones, as in score.ts (1, 0.75, 0.5, 0.25); SQL for the pre-score. */
const levelOf = (col: string, q: CandidateQuery) => sql`case
  when ${sql.raw(col)} = any(${sql.param(q.nafCodes)}::text[]) then 1.0
  when left(${sql.raw(col)}, 5) = any(${sql.param(prefixes(q.nafCodes, 5))}::text[]) then 0.75
  when left(${sql.raw(col)}, 4) = any(${sql.param(prefixes(q.nafCodes, 4))}::text[]) then 0.5
  else 0.25 end`;

export async function matchCandidates(db: DbOrTx, q: CandidateQuery): Promise<CandidateRow[]> {
  if (q.reach.codes.length === 0 || q.divisionCodes.length === 0) return [];
  // One JSON document instead of 2,000 rows: parsed natively, several times faster than row by row.
  const { rows } = await db.execute<{ candidates: CandidateRow[] }>(candidateSql(q));
  return rows[0]?.candidates ?? [];
}

/** The query itself (exported for EXPLAIN in the bench). */
export function candidateSql(q: CandidateQuery) {
  const div = sql`${sql.param(q.divisionCodes)}::text[]`;
  const communes = sql`${sql.param(q.reach.codes)}::text[]`;
  const active = sql`co.administrative_state = 'A' and co.suspended_at is null and co.id is distinct from ${q.excludeCompanyId}::uuid`;
  // Company columns read where the company row is first met (the NAF scan) and carried to the result.
  const columns = sql`co.id, co.commune_code, co.siret, coalesce(co.trade_name, co.legal_name) as name, co.naf_code, co.headcount_band,
    co.verification_status::text as verification_status, co.source::text as source,
    co.service_area_kind::text as service_area_kind, co.service_radius_km`;
  const pick = (t: string) => sql.raw(["id", "commune_code", "siret", "name", "naf_code", "headcount_band", "verification_status", "source",
    "service_area_kind", "service_radius_km"].map((c) => `${t}.${c}`).join(", "));
  const replied = sql`i.status::text = any(${sql.param([...REPLIED_STATUSES])}::text[])`;
  return sql`
    with reach as materialized (
      select * from unnest(${communes}, ${sql.param(q.reach.km)}::float8[], ${sql.param(q.reach.inside)}::boolean[],
        ${sql.param(q.reach.placeScore)}::float8[]) as r(commune_code, km, inside, place_score)
    ), main as (
      -- The main code shares a division: one bitmap scan of the NAF index, one row per company.
      select ${columns}, r.km, r.inside, r.place_score, ${levelOf("co.naf_code", q)} as level
      from companies co join reach r on r.commune_code = co.commune_code
      where co.naf_code = any(${div}) and ${active}
    ), extra as (
      -- A declared secondary activity or a published offer does (few rows: grouped per company).
      select x.company_id, max(x.level) as level, array_agg(x.code) as codes from (
        select ca.company_id, ca.naf_code as code, ${levelOf("ca.naf_code", q)} as level
        from company_activities ca where ca.naf_code = any(${div})
        union all
        select o.company_id, oa.naf_code, ${levelOf("oa.naf_code", q)}
        from offer_activities oa join offers o on o.id = oa.offer_id and o.status = 'published'
        where oa.naf_code = any(${div})
      ) x group by x.company_id
    ), placed as (
      select ${pick("m")}, m.km, m.inside, coalesce(e.codes, '{}') as codes,
        ${q.activityWeight}::float8 * greatest(m.level, e.level)::float8 + m.place_score as pre_score
      from main m left join extra e on e.company_id = m.id
      -- Outside the perimeter only close activities (same class or better) are worth explaining.
      where m.inside or greatest(m.level, e.level) >= 0.75
      union all
      select ${columns}, r.km, r.inside, e.codes, ${q.activityWeight}::float8 * e.level::float8 + r.place_score
      from companies co join extra e on e.company_id = co.id join reach r on r.commune_code = co.commune_code
      where co.id = any(array(select company_id from extra)) and co.naf_code <> all(${div}) and ${active}
        and (r.inside or e.level >= 0.75)
    ), kept as (
      -- Inside the perimeter: the best pre-scores. Outside: only the nearest, to say why they are left out.
      (select * from placed where inside order by pre_score desc, siret limit ${q.limit})
      union all
      (select * from placed where not inside order by km, siret limit ${q.outsideLimit})
    )
    select coalesce(json_agg(t), '[]') as candidates from ( -- in no order: the scores order them
    select k.id, k.name, k.siret, k.naf_code, k.codes, k.commune_code, k.headcount_band, k.verification_status,
      k.source, k.service_area_kind, k.service_radius_km,
      exists (select 1 from charter_signatures cs where cs.company_id = k.id) as signed,
      case when k.service_area_kind = 'areas' then
        array(select sa.kind || ':' || sa.code from company_service_areas sa where sa.company_id = k.id order by 1)
      else '{}' end as service_areas,
      coalesce(inv.invited, 0)::int as invited, coalesce(inv.answered, 0)::int as answered
    from kept k
    left join (
      -- Responsiveness: one pass over the invitations of the kept candidates.
      select i.company_id, count(*) filter (where ${replied} or n.response_deadline < now()) as invited, count(*) filter (where ${replied}) as answered
      from need_invitations i join needs n on n.id = i.need_id
      where i.company_id = any(array(select id from kept)) and i.need_id is distinct from ${q.needId}::uuid
      group by i.company_id
    ) inv on inv.company_id = k.id
    ) t`;
}

export type NeedForMatching = {
  id: string; company_id: string; title: string; description: string; commune_code: string;
  perimeter_kind: "radius" | "territory" | "areas"; perimeter_radius_km: number | null;
  budget_min_eur: number | null; budget_max_eur: number | null;
  codes: string[]; areas: { kind: "commune" | "epci"; code: string }[];
};

/** What ranking reads of a stored need, in one round trip: its activities and perimeter areas included. */
export async function needForMatching(db: DbOrTx, needId: string): Promise<NeedForMatching | null> {
  const { rows } = await db.execute<NeedForMatching>(sql`
    select n.id, n.company_id, n.title, n.description, n.commune_code, n.perimeter_kind::text as perimeter_kind, n.perimeter_radius_km,
      n.budget_min_eur, n.budget_max_eur,
      array(select a.naf_code from need_activities a where a.need_id = n.id order by 1) as codes,
      coalesce((select json_agg(json_build_object('kind', a.kind, 'code', a.code) order by a.kind, a.code)
        from need_areas a where a.need_id = n.id), '[]') as areas
    from needs n where n.id = ${needId}`);
  return rows[0] ?? null;
}
