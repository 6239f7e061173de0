/**
 * The dashboards' figures computed at read time from the base tables (awards, partners, companies,
 * communes, needs, answers) without any rollup: the reference the bench times the rollups against and the
 * integration tests compare them with. Same shapes as db/queries/dashboards/buyer.ts and territory.ts. Lives in
 * bench/, not db/queries: no page may use it.
 */
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { periodInstants, type Period } from "@/lib/dashboards/period";
import { TOP_COMMUNES } from "@/lib/dashboards/definitions";
import type { BuyerFigures, MonthNeeds, MonthTotals } from "@/db/queries/dashboards/buyer";
import type { MonthCore, QuarterFigures } from "@/db/queries/dashboards/territory";
import {
  num,
  toBreakdown,
  toCore,
  toNeedMetrics,
  toTotals,
  type BreakdownBy,
  type BreakdownCols,
  type BreakdownRow,
  type CoreCols,
  type NeedCols,
  type Num,
  type TotalsCols,
} from "@/db/queries/dashboards/rows";

const within = (col: SQL, p: Period) => {
  const { start, end } = periodInstants(p);
  return sql`${col} >= ${start.toISOString()}::timestamptz and ${col} < ${end.toISOString()}::timestamptz`;
};
const MONTH = sql`to_char(month, 'YYYY-MM')`;
const CORE = sql`sum(weight) as purchases, sum(amount) as amount,
  coalesce(sum(weight) filter (where is_local), 0) as local_purchases, coalesce(sum(amount) filter (where is_local), 0) as local_amount,
  coalesce(sum(weight) filter (where is_sme), 0) as sme_purchases, coalesce(sum(amount) filter (where is_sme), 0) as sme_amount`;
const km = (n: number) =>
  sql.raw(`coalesce(sum(weight) filter (where distance_km <= ${n}), 0) as km${n}_purchases,
  coalesce(sum(amount) filter (where distance_km <= ${n}), 0) as km${n}_amount`);

export async function naiveBuyerMonths(db: DbOrTx, buyerId: string, p: Period): Promise<MonthTotals[]> {
  const { rows } = await db.execute<TotalsCols & { month: string }>(sql`
    select ${MONTH} as month, ${CORE}, ${km(10)}, ${km(20)}, ${km(30)}, ${km(50)}
    from dash_award_lines_source where buyer_company_id = ${buyerId} and ${within(sql`awarded_on`, p)}
    group by month order by month`);
  return rows.map((r) => ({ month: r.month, ...toTotals(r) }));
}

const LABELS: Record<BreakdownBy, [SQL, SQL]> = {
  section: [sql.raw("section"), sql`(select label from naf_codes where code = g.key)`],
  epci: [sql.raw("coalesce(supplier_epci, '')"), sql`(select name from epcis where code = g.key)`],
  commune: [sql.raw("supplier_commune"), sql`(select c.name || coalesce(' (' || c.postal_codes[1] || ')', '') from communes c where c.insee_code = g.key)`],
};

async function breakdown(db: DbOrTx, where: SQL, by: BreakdownBy): Promise<BreakdownRow[]> {
  const [key, label] = LABELS[by];
  const { rows } = await db.execute<BreakdownCols>(sql`
    select g.*, ${label} as label from (
      select ${key} as key, sum(weight) as purchases, sum(amount) as amount,
        coalesce(sum(weight) filter (where is_local), 0) as local_purchases, coalesce(sum(amount) filter (where is_local), 0) as local_amount
      from dash_award_lines_source where ${where} group by 1
    ) g order by g.amount desc, g.key`);
  return rows.map(toBreakdown);
}

export const naiveBuyerBreakdown = (db: DbOrTx, buyerId: string, p: Period, by: BreakdownBy) =>
  breakdown(db, sql`buyer_company_id = ${buyerId} and ${within(sql`awarded_on`, p)}`, by);

export const naiveTerritoryBreakdown = (db: DbOrTx, p: Period, by: "section" | "epci") => breakdown(db, within(sql`awarded_on`, p), by);

/**
 * The buyer dashboard as a page would compute it without rollups: its five queries, one after the other
 * (`parallel`: all at once on the pool, as the page did with Promise.all); the page lists TOP_COMMUNES communes.
 */
export async function naiveBuyerFigures(db: DbOrTx, buyerId: string, p: Period, parallel = false): Promise<BuyerFigures> {
  const parts = [
    () => naiveBuyerMonths(db, buyerId, p),
    () => naiveBuyerBreakdown(db, buyerId, p, "section"),
    () => naiveBuyerBreakdown(db, buyerId, p, "epci"),
    () => naiveBuyerBreakdown(db, buyerId, p, "commune"),
    () => naiveBuyerNeedMonths(db, buyerId, p),
  ] as const;
  const [months, bySection, byEpci, byCommune, needMonths] = parallel
    ? await Promise.all([parts[0](), parts[1](), parts[2](), parts[3](), parts[4]()])
    : [await parts[0](), await parts[1](), await parts[2](), await parts[3](), await parts[4]()];
  return { months, bySection, byEpci, byCommune: byCommune.slice(0, TOP_COMMUNES), needMonths };
}

/** Per published need: submitted answers not withdrawn, local ones, first answer; grouped by month. */
function needStats(where: SQL) {
  return sql`
    select n.id, n.company_id, date_trunc('month', n.published_at at time zone 'Europe/Paris')::date as month, n.published_at,
      n.status = 'awarded' as awarded, count(a.id) as answers,
      count(a.id) filter (where c.epci_code = (select territory_epci from dash_config)) as local_answers, min(a.submitted_at) as first_at
    from needs n
    left join answers a on a.need_id = n.id and a.submitted_at is not null and a.status <> 'withdrawn'
    left join companies s on s.id = a.company_id
    left join communes c on c.insee_code = s.commune_code
    where n.published_at is not null and ${where}
    group by n.id`;
}

const NEED_SUMS = sql`count(*) as needs, count(*) filter (where answers > 0) as answered, sum(answers) as answers,
  sum(local_answers) as local_answers, count(*) filter (where local_answers >= 3) as local3,
  coalesce(sum(extract(epoch from first_at - published_at)), 0) as wait_seconds, count(*) filter (where awarded) as awarded`;

export async function naiveBuyerNeedMonths(db: DbOrTx, buyerId: string, p: Period): Promise<MonthNeeds[]> {
  const { rows } = await db.execute<NeedCols & { month: string }>(sql`
    select ${MONTH} as month, ${NEED_SUMS}
    from (${needStats(sql`n.company_id = ${buyerId} and ${within(sql`n.published_at`, p)}`)}) s group by month order by month`);
  return rows.map((r) => ({ month: r.month, ...toNeedMetrics(r) }));
}

export async function naiveTerritoryNeedMonths(db: DbOrTx, p: Period) {
  const { rows } = await db.execute<NeedCols & { month: string }>(sql`
    select ${MONTH} as month, ${NEED_SUMS}
    from (${needStats(within(sql`n.published_at`, p))}) s group by month order by month`);
  return rows.map((r) => ({ month: r.month, ...toNeedMetrics(r) }));
}

export async function naiveTerritoryMonths(db: DbOrTx, p: Period): Promise<MonthCore[]> {
  const { rows } = await db.execute<CoreCols & { month: string }>(sql`
    select ${MONTH} as month, ${CORE} from dash_award_lines_source where ${within(sql`awarded_on`, p)} group by month order by month`);
  return rows.map((r) => ({ month: r.month, ...toCore(r) }));
}

export async function naiveActiveBuyers(db: DbOrTx, p: Period): Promise<number> {
  const { rows } = await db.execute<{ n: Num }>(sql`
    select count(*) as n from (
      select buyer_company_id from awards where cancelled_at is null and ${within(sql`awarded_on`, p)}
      union select company_id from needs where ${within(sql`published_at`, p)}
    ) b`);
  return num(rows[0]?.n ?? 0);
}

export async function naiveTerritoryQuarters(db: DbOrTx, p: Period): Promise<QuarterFigures[]> {
  const { start, end } = periodInstants(p);
  const from = sql`date_trunc('quarter', ${start.toISOString()}::timestamptz at time zone 'Europe/Paris') at time zone 'Europe/Paris'`;
  const range = (col: SQL) => sql`${col} >= ${from} and ${col} < ${end.toISOString()}::timestamptz`;
  const quarter = sql`date_trunc('quarter', month)::date`;
  const { rows } = await db.execute<CoreCols & { quarter: string; buyers: Num; suppliers: Num; needs: Num; need_buyers: Num }>(sql`
    with p as (
      select ${quarter} as quarter, ${CORE}, count(distinct buyer_company_id) as buyers, count(distinct supplier_company_id) as suppliers
      from dash_award_lines_source where ${range(sql`awarded_on`)} group by 1
    ), n as (
      select date_trunc('quarter', published_at at time zone 'Europe/Paris')::date as quarter, count(*) as needs,
        count(distinct company_id) as need_buyers
      from needs where ${range(sql`published_at`)} group by 1
    )
    select to_char(coalesce(p.quarter, n.quarter), 'YYYY-MM') as quarter, p.purchases, p.amount, p.local_purchases, p.local_amount,
      p.sme_purchases, p.sme_amount, p.buyers, p.suppliers, n.needs, n.need_buyers
    from p full join n on n.quarter = p.quarter order by 1`);
  return rows.map((r) => ({
    quarter: r.quarter,
    ...toCore(r),
    buyers: num(r.buyers),
    suppliers: num(r.suppliers),
    needs: num(r.needs),
    needBuyers: num(r.need_buyers),
  }));
}
