/**
 * Platform-wide purchase and need figures for CCI staff and the public barometer, read from the rollups
 * (dash_territory_month, dash_buyer_month, dash_buyer_need_month, dash_quarter_companies).
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { monthStart, type Period } from "../period";
import type { CoreTotals, NeedMetrics } from "./shapes";
import { monthRange, num, toBreakdown, toCore, toNeedMetrics, type BreakdownCols, type BreakdownRow, type CoreCols, type NeedCols, type Num } from "./rows";

export type MonthCore = CoreTotals & { month: string };

const CORE = sql`sum(purchases) as purchases, sum(amount) as amount,
  coalesce(sum(purchases) filter (where is_local), 0) as local_purchases, coalesce(sum(amount) filter (where is_local), 0) as local_amount,
  coalesce(sum(purchases) filter (where is_sme), 0) as sme_purchases, coalesce(sum(amount) filter (where is_sme), 0) as sme_amount`;

/** All buyers' purchases by month. */
export async function territoryMonths(db: DbOrTx, period: Period): Promise<MonthCore[]> {
  const { rows } = await db.execute<CoreCols & { month: string }>(sql`
    select to_char(month, 'YYYY-MM') as month, ${CORE}
    from dash_territory_month where ${monthRange(sql`month`, period)}
    group by month having sum(lines) > 0 order by month`);
  return rows.map((r) => ({ month: r.month, ...toCore(r) }));
}

/** All buyers' purchases by activity family or supplier EPCI, largest first. */
export async function territoryBreakdown(db: DbOrTx, period: Period, by: "section" | "epci"): Promise<BreakdownRow[]> {
  const key = by === "section" ? sql.raw("section") : sql.raw("supplier_epci");
  const label = by === "section" ? sql`(select label from naf_codes where code = g.key)` : sql`(select name from epcis where code = g.key)`;
  const { rows } = await db.execute<BreakdownCols>(sql`
    select g.*, ${label} as label from (
      select ${key} as key, sum(purchases) as purchases, sum(amount) as amount,
        coalesce(sum(purchases) filter (where is_local), 0) as local_purchases, coalesce(sum(amount) filter (where is_local), 0) as local_amount
      from dash_territory_month where ${monthRange(sql`month`, period)}
      group by 1 having sum(lines) > 0
    ) g order by g.amount desc, g.key`);
  return rows.map(toBreakdown);
}

/** Needs published each month by all buyers, with their answers and outcomes. */
export async function territoryNeedMonths(db: DbOrTx, period: Period): Promise<(NeedMetrics & { month: string })[]> {
  const { rows } = await db.execute<NeedCols & { month: string }>(sql`
    select to_char(month, 'YYYY-MM') as month, needs, answered, answers, local_answers, local3, wait_seconds, awarded
    from dash_territory_need_month where ${monthRange(sql`month`, period)} and needs > 0 order by month`);
  return rows.map((r) => ({ month: r.month, ...toNeedMetrics(r) }));
}

/** Buyers active in the period: at least one need published or one purchase awarded. */
export async function activeBuyers(db: DbOrTx, period: Period): Promise<number> {
  const { rows } = await db.execute<{ n: Num }>(sql`
    select count(*) as n from (
      select buyer_company_id from dash_buyer_month where ${monthRange(sql`month`, period)} and lines > 0
      union
      select buyer_company_id from dash_buyer_need_month where ${monthRange(sql`month`, period)} and needs > 0
    ) b`);
  return num(rows[0]?.n ?? 0);
}

export interface QuarterFigures extends CoreTotals {
  /** "2026-01" = first month of the quarter. */
  quarter: string;
  buyers: number;
  suppliers: number;
  needs: number;
  needBuyers: number;
}

/** Quarters from the one holding `from` to the one holding `to`: purchases, companies involved, needs published. */
export async function territoryQuarters(db: DbOrTx, period: Period): Promise<QuarterFigures[]> {
  const start = sql`date_trunc('quarter', ${monthStart(period.from)}::date)::date`;
  const end = sql`${monthStart(period.to)}::date`;
  const quarter = sql.raw(`date_trunc('quarter', month)::date`);
  const { rows } = await db.execute<CoreCols & { quarter: string; buyers: Num; suppliers: Num; needs: Num; need_buyers: Num }>(sql`
    with p as (
      select ${quarter} as quarter, ${CORE} from dash_territory_month
      where month between ${start} and ${end} group by 1 having sum(lines) > 0
    ), n as (
      select ${quarter} as quarter, sum(needs) as needs from dash_territory_need_month where month between ${start} and ${end} group by 1 having sum(needs) > 0
    ), c as (
      select quarter, sum(companies) filter (where role = 'b') as buyers, sum(companies) filter (where role = 's') as suppliers,
        sum(companies) filter (where role = 'n') as need_buyers
      from dash_quarter_counts where quarter between ${start} and ${end} group by 1
    )
    select to_char(coalesce(p.quarter, n.quarter), 'YYYY-MM') as quarter, p.purchases, p.amount, p.local_purchases, p.local_amount,
      p.sme_purchases, p.sme_amount, c.buyers, c.suppliers, n.needs, c.need_buyers
    from p full join n on n.quarter = p.quarter left join c on c.quarter = coalesce(p.quarter, n.quarter)
    order by 1`);
  return rows.map((r) => ({
    quarter: r.quarter,
    ...toCore(r),
    buyers: num(r.buyers),
    suppliers: num(r.suppliers),
    needs: num(r.needs),
    needBuyers: num(r.need_buyers),
  }));
}

/**
 * Distinct companies behind the figures of the quarters of a period (buyers and suppliers of awards, buyers of
 * published needs), exact below the threshold and at least the threshold otherwise: all the barometer needs to
 * know is whether a figure may be shown.
 */
export async function companiesInvolved(db: DbOrTx, period: Period, threshold = 5): Promise<{ buyers: number; suppliers: number; needBuyers: number }> {
  const start = sql`date_trunc('quarter', ${monthStart(period.from)}::date)::date`;
  const end = sql`${monthStart(period.to)}::date`;
  const { rows } = await db.execute<{ role: string; n: Num }>(sql`
    with biggest as (
      select role, max(companies) as m from dash_quarter_counts where quarter between ${start} and ${end} group by role
    )
    select b.role, case when b.m >= ${threshold} then b.m else (
      select count(distinct company_id) from dash_quarter_companies q
      where q.role = b.role and q.quarter between ${start} and ${end} and q.lines > 0
    ) end as n from biggest b`);
  const of = (role: string) => num(rows.find((r) => r.role === role)?.n ?? 0);
  return { buyers: of("b"), suppliers: of("s"), needBuyers: of("n") };
}
