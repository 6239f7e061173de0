/**
 * The matching prefilter: from every company, the few thousand that could serve a need, in one query.
 * A candidate is active (SIRENE state A, not suspended), not the need's own company, shares at least the
 * NAF division of one sought activity (main code, secondary activity or published offer), and sits in a
 * commune in reach: within max(perimeter radius, 100 km) of the place of delivery, or in the perimeter's
 * listed areas / territory. Exclusions with reasons and the real scores come after, in score.ts.
 *
 * Why it stays fast on 100,000 companies (docs/MATCHING.md § 8, bench/matching.ts): the communes in reach
 * are found first, in memory (lib/matching/reach.ts), and the level of each sous-classe of the divisions is
 * known before the query, so the pre-score of a company is a function of its (main code, commune). The
 * companies of the divisions are first only *counted* per (code, commune) from the matching index
 * (migration 0008, index-only); the count tells the lowest pre-score that can still make the list (the
 * bar), and only the companies of the groups above it are read, plus those a secondary activity or an offer
 * may lift above it. The kept candidates' details come back as a few flat lists, joined here by id.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";

/** Communes in reach of a need (lib/matching/reach.ts computes it), as parallel arrays for the SQL. */
export interface Reach {
  codes: string[];
  km: number[];
  inside: boolean[];
  placeScore: number[];
}

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
  /**
   * Only these companies (active, not the need's own), whatever their activity: the details of the candidates
   * the need's text found (db/queries/match-text.ts) that the activity did not bring.
   */
  onlyIds?: string[];
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

/** Agreement of one NAF code with the sought ones, as in score.ts: sous-classe 1, classe 0.75, groupe 0.5, division 0.25. */
export function activityLevel(code: string, sought: readonly string[]): number {
  if (sought.includes(code)) return 1;
  if (sought.some((s) => s.slice(0, 5) === code.slice(0, 5))) return 0.75;
  if (sought.some((s) => s.slice(0, 4) === code.slice(0, 4))) return 0.5;
  return 0.25;
}

type CandidateLists = {
  /** "id,siret,naf,commune,band,verification,source,areaKind,radius;…" (radius empty when null) */
  fields: string | null;
  names: string[] | null;
  codes: [id: string, code: string][] | null;
  signed: string[] | null;
  areas: [id: string, area: string][] | null;
  invitations: [id: string, invited: number, answered: number][] | null;
};

export async function matchCandidates(db: DbOrTx, q: CandidateQuery): Promise<CandidateRow[]> {
  if (q.reach.codes.length === 0) return [];
  // A few flat lists instead of 2,000 rows: parsed natively, several times faster than row by row.
  const {
    rows: [lists],
  } = await db.execute<CandidateLists>(candidateSql(q));
  const group = <T>(pairs: [string, T][] | null) => {
    const byId = new Map<string, T[]>();
    for (const [id, value] of pairs ?? []) {
      const list = byId.get(id);
      if (list) list.push(value);
      else byId.set(id, [value]);
    }
    return byId;
  };
  const codes = group(lists.codes);
  const areas = group(lists.areas);
  const signed = new Set(lists.signed ?? []);
  const invitations = new Map((lists.invitations ?? []).map(([id, invited, answered]) => [id, { invited, answered }]));
  const names = lists.names ?? [];
  return lists.fields
    ? lists.fields.split(";").map((record, i) => {
        const [id, siret, nafCode, communeCode, headcountBand, verificationStatus, source, serviceAreaKind, radius] = record.split(",");
        return {
          id,
          name: names[i],
          siret,
          naf_code: nafCode,
          codes: codes.get(id) ?? [],
          commune_code: communeCode,
          headcount_band: headcountBand,
          verification_status: verificationStatus,
          source: source as CandidateRow["source"],
          signed: signed.has(id),
          service_area_kind: serviceAreaKind as CandidateRow["service_area_kind"],
          service_radius_km: radius === "" ? null : Number(radius),
          service_areas: serviceAreaKind === "areas" ? (areas.get(id) ?? []) : [],
          invited: invitations.get(id)?.invited ?? 0,
          answered: invitations.get(id)?.answered ?? 0,
        };
      })
    : [];
}

/** The query itself (exported for EXPLAIN in the bench). */
export function candidateSql(q: CandidateQuery) {
  // Array literals built here: the driver escapes every element of a parameter array, measurable on 1,000
  // communes per need (codes are [0-9A-Z.]; numbers print as their shortest exact form).
  const literal = (xs: readonly (string | number | boolean)[]) => `{${xs.join(",")}}`;
  const div = sql`${literal(q.divisionCodes)}::text[]`;
  const communes = sql`${literal(q.reach.codes)}::text[]`;
  const levels = q.divisionCodes.map((code) => activityLevel(code, q.nafCodes));
  const active = sql`co.administrative_state = 'A' and co.suspended_at is null`;
  const notOwn = sql`co.id is distinct from ${q.excludeCompanyId}::uuid`;
  const w = sql`${q.activityWeight}::float8`;
  const keptIds = sql`(select ids from kept_ids)::uuid[]`;
  const replied = sql`i.status::text = any(${sql.param([...REPLIED_STATUSES])}::text[])`;
  // Pre-score = activity weight × level + place score, computed with the same float8 operations everywhere
  // below, so comparing a group's pre-score with the bar and ordering companies agree exactly.
  return sql`
    with reach as materialized (
      select * from unnest(${communes}, ${literal(q.reach.km)}::float8[], ${literal(q.reach.inside)}::boolean[],
        ${literal(q.reach.placeScore)}::float8[]) as r(commune_code, km, inside, place_score)
    ), lv as materialized (
      -- Level of each sous-classe of the divisions (1, 0.75, 0.5, 0.25), computed by the caller.
      select * from unnest(${div}, ${literal(levels)}::float8[]) as l(code, level)
    ), grp as materialized (
      -- Active companies of the divisions in reach, counted per (main code, commune): the matching index alone.
      select g.naf_code, g.commune_code, g.n, r.km, r.inside, r.place_score, l.level, ${w} * l.level + r.place_score as pre_score
      from (select co.naf_code, co.commune_code, count(*) as n from companies co
        where co.naf_code = any(${div}) and ${active} group by 1, 2) g
      join lv l on l.code = g.naf_code join reach r on r.commune_code = g.commune_code
    ), bar as materialized (
      -- The (limit + 1)-th best pre-score on main codes alone (+ 1 for the need's own company, counted here):
      -- secondary activities only raise pre-scores, so no company below it can make the list. Outside the
      -- perimeter, the same with distances.
      select
        (select coalesce(max(pre_score) filter (where ge > ${q.limit}), '-infinity') from
          (select pre_score, sum(n) over (order by pre_score desc) as ge from grp where inside) x) as min_score,
        (select coalesce(min(km) filter (where le > ${q.outsideLimit}), 'infinity') from
          (select km, sum(n) over (order by km) as le from grp where not inside and level >= 0.75) y) as max_km
    ), extra_rows as materialized (
      -- Secondary activities and activities of published offers in the divisions, in reach
      -- (matching_extra_activities, migration 0008), each with its level or its main code's, if better.
      select x.company_id as id, x.siret, x.naf_code, r.km, r.inside, r.place_score, greatest(l.level, ml.level) as level
      from matching_extra_activities x
      join lv l on l.code = x.naf_code join reach r on r.commune_code = x.commune_code
      left join lv ml on ml.code = x.main_naf_code
      where x.naf_code = any(${div}) and x.company_id is distinct from ${q.excludeCompanyId}::uuid
        ${q.onlyIds ? sql`and x.company_id = any(${literal(q.onlyIds)}::uuid[])` : sql``}
    ), extra as materialized (
      -- Best level of each of these companies.
      select id, siret, km, inside, place_score, max(level) as level from extra_rows
      group by id, siret, km, inside, place_score
    ), main as (
      -- The companies of the groups above the bar (or near enough outside), read group by group.
      select co.id, co.siret, g.km, g.inside, g.place_score, g.level
      from grp g cross join bar b
      join companies co on co.naf_code = g.naf_code and co.commune_code = g.commune_code and ${active}
      where ${notOwn} and ((g.inside and g.pre_score >= b.min_score) or (not g.inside and g.level >= 0.75 and g.km <= b.max_km))
    ), lifted as (
      -- Companies a secondary activity or an offer lifts above the bar, whatever their main code.
      select e.* from extra e cross join bar b
      where (e.inside and ${w} * e.level + e.place_score >= b.min_score) or (not e.inside and e.level >= 0.75 and e.km <= b.max_km)
    ), placed as materialized (
      -- A company in both lists: its best level (the same place).
      select id, siret, km, inside, ${w} * max(level) + place_score as pre_score
      from (select * from main union all select * from lifted) u
      group by id, siret, km, inside, place_score
      -- Outside the perimeter only close activities (same class or better) are worth explaining.
      having inside or max(level) >= 0.75
    ), kept as materialized (
      -- Inside the perimeter: the best pre-scores. Outside: only the nearest, to say why they are left out.
      ${
        q.onlyIds
          ? sql`select co.id, co.siret from companies co where co.id = any(${literal(q.onlyIds)}::uuid[]) and ${active} and ${notOwn}`
          : sql`(select id, siret from placed where inside order by pre_score desc, siret limit ${q.limit})
      union all
      (select id, siret from placed where not inside order by km, siret limit ${q.outsideLimit})`
      }
    ), kept_ids as materialized (
      select array_agg(id) as ids from kept
    )
    select
      -- The kept companies' own columns: fields from fixed alphabets (uuid, digits, codes, enum values) as one
      -- delimited string, names (free text) as a JSON array in the same row order; three times cheaper to
      -- build and read than a JSON array per company.
      k.fields, k.names,
      -- Every kept company's activities in the divisions are already in extra_rows (it is in reach). Not
      -- "= any(kept_ids)": that array comes from a sub-plan and was searched linearly for every activity row (8 ms
      -- on common trades). A full join, because it can only be hashed or merged: on misestimated CTE sizes an
      -- inner join became a nested loop over both lists (60 ms on one bench need).
      (select json_agg(json_build_array(e.id, e.naf_code)) filter (where e.id is not null and k.id is not null)
        from extra_rows e full join kept k on k.id = e.id) as codes,
      (select json_agg(cs.company_id) from charter_signatures cs where cs.company_id = any(${keptIds})) as signed,
      (select json_agg(json_build_array(sa.company_id, sa.kind || ':' || sa.code) order by sa.company_id, sa.kind || ':' || sa.code)
        from company_service_areas sa where sa.company_id = any(${keptIds})) as areas,
      (select json_agg(json_build_array(x.company_id, x.invited, x.answered)) from (
        -- Responsiveness: one pass over the invitations of the kept candidates.
        select i.company_id, count(*) filter (where ${replied} or n.response_deadline < now())::int as invited,
          count(*) filter (where ${replied})::int as answered
        from need_invitations i join needs n on n.id = i.need_id
        where i.company_id = any(${keptIds}) and i.need_id is distinct from ${q.needId}::uuid
        group by i.company_id
      ) x) as invitations
    from (
      select string_agg(concat_ws(',', co.id, co.siret, co.naf_code, co.commune_code, co.headcount_band, co.verification_status, co.source,
          co.service_area_kind, coalesce(co.service_radius_km::text, '')), ';') as fields,
        json_agg(coalesce(co.trade_name, co.legal_name)) as names
      from companies co where co.id = any(${keptIds})
    ) k`;
}

export type NeedForMatching = {
  id: string;
  company_id: string;
  title: string;
  description: string;
  commune_code: string;
  perimeter_kind: "radius" | "territory" | "areas";
  perimeter_radius_km: number | null;
  budget_min_eur: number | null;
  budget_max_eur: number | null;
  codes: string[];
  areas: { kind: "commune" | "epci"; code: string }[];
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
