/**
 * Skills sponsorship in the CCI's territory statistics (issue 19, « tableaux de bord »): missions the CCI
 * validated in the period, the days given in the period's weeks, their valued amount (days × the sponsor's
 * daily cost, as sponsorship reporting needs), and the companies helped and the sponsors. Staff see them all;
 * the public barometer gets each one only when enough companies stand behind it (statistical secret).
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Actor } from "../auth/actor";
import { MIN_COMPANIES_PER_CELL, publicFigure } from "../dashboards/definitions";
import { periodInstants, type Period } from "../dashboards/period";
import { authorized } from "./access";

export interface SkillsFigures {
  validated: number;
  days: number;
  valuedAmount: number;
  companiesHelped: number;
  sponsors: number;
}

async function skillsFigures(db: DbOrTx, period: Period): Promise<SkillsFigures & { missionCompanies: number }> {
  const { start, end } = periodInstants(period);
  // Weeks are days (their Monday): the period's first day and the day after its last month.
  const [from, until] = [`${period.from}-01`, sql`(${`${period.to}-01`}::date + interval '1 month')::date`];
  const { rows } = await db.execute<{ validated: number; mission_companies: number; days: number; valued: number; helped: number; sponsors: number }>(sql`
    with given as (
      select w.days, m.daily_cost_eur, r.company_id as beneficiary, o.company_id as sponsor
      from skill_mission_weeks w
      join skill_missions m on m.id = w.mission_id
      join skill_offers o on o.id = m.offer_id
      join skill_requests r on r.id = m.request_id
      where w.week_start >= ${from}::date and w.week_start < ${until}
    ), validated as (
      select o.company_id as sponsor, r.company_id as beneficiary
      from skill_missions m join skill_offers o on o.id = m.offer_id join skill_requests r on r.id = m.request_id
      where m.status in ('validated', 'active', 'completed')
        and m.decided_at >= ${start.toISOString()}::timestamptz and m.decided_at < ${end.toISOString()}::timestamptz
    )
    select
      (select count(*)::int from validated) as validated,
      (select least(count(distinct sponsor), count(distinct beneficiary))::int from validated) as mission_companies,
      (select coalesce(sum(days), 0)::float8 from given) as days,
      (select coalesce(round(sum(days * coalesce(daily_cost_eur, 0))), 0)::int from given) as valued,
      (select count(distinct beneficiary)::int from given) as helped,
      (select count(distinct sponsor)::int from given) as sponsors
  `);
  const r = rows[0];
  return {
    validated: r.validated,
    days: r.days,
    valuedAmount: r.valued,
    companiesHelped: r.helped,
    sponsors: r.sponsors,
    missionCompanies: r.mission_companies,
  };
}

export async function territorySkillsFigures(db: DbOrTx, actor: Actor | null, period: Period): Promise<SkillsFigures> {
  authorized(actor, "dashboard:territory");
  const { missionCompanies: _m, ...figures } = await skillsFigures(db, period);
  return figures;
}

/** The barometer's: null where fewer than 5 sponsors or 5 companies helped stand behind it. */
export async function publicSkillsFigures(db: DbOrTx, period: Period, min = MIN_COMPANIES_PER_CELL) {
  const f = await skillsFigures(db, period);
  const both = Math.min(f.sponsors, f.companiesHelped);
  return {
    missions: publicFigure(f.validated, f.missionCompanies, min),
    days: publicFigure(f.days, both, min),
    valuedAmount: publicFigure(f.valuedAmount, both, min),
    companiesHelped: publicFigure(f.companiesHelped, both, min),
  };
}
