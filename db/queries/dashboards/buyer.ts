/**
 * A buyer's dashboard, read from the rollups kept by triggers (db/migrations/0005_dashboards.sql):
 * totals by month (dash_buyer_month), breakdowns (dash_buyer_month_section, _commune), needs (dash_buyer_need_month),
 * drill-downs to the needs behind a figure (dash_award_lines, dash_need_stats).
 */
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import type { NeedMetrics, RadiusKm, Totals } from "@/lib/dashboards/definitions";
import { monthStart, type Period } from "@/lib/dashboards/period";
import {
  monthRange, toBreakdown, toNeedMetrics, toTotals, type BreakdownBy, type BreakdownCols, type BreakdownRow, type NeedCols,
  type TotalsCols,
} from "./rows";

export type MonthTotals = Totals & { month: string };
export type MonthNeeds = NeedMetrics & { month: string };

export async function buyerMonths(db: DbOrTx, buyerId: string, period: Period): Promise<MonthTotals[]> {
  const { rows } = await db.execute<TotalsCols & { month: string }>(sql`
    select to_char(month, 'YYYY-MM') as month, purchases, amount, local_purchases, local_amount, sme_purchases, sme_amount,
      km10_purchases, km10_amount, km20_purchases, km20_amount, km30_purchases, km30_amount, km50_purchases, km50_amount
    from dash_buyer_month
    where buyer_company_id = ${buyerId} and ${monthRange(sql`month`, period)} and lines > 0
    order by month`);
  return rows.map((r) => ({ month: r.month, ...toTotals(r) }));
}

const GROUPS: Record<BreakdownBy, { table: SQL; key: SQL; label: SQL }> = {
  section: { table: sql.raw("dash_buyer_month_section"), key: sql.raw("section"), label: sql`(select label from naf_codes where code = g.key)` },
  epci: { table: sql.raw("dash_buyer_month_commune"), key: sql.raw("supplier_epci"), label: sql`(select name from epcis where code = g.key)` },
  commune: {
    table: sql.raw("dash_buyer_month_commune"), key: sql.raw("supplier_commune"),
    label: sql`(select c.name || coalesce(' (' || c.postal_codes[1] || ')', '') from communes c where c.insee_code = g.key)`,
  },
};

/** Purchases of a buyer over a period by activity family, supplier EPCI or supplier commune, largest first. */
export async function buyerBreakdown(db: DbOrTx, buyerId: string, period: Period, by: BreakdownBy): Promise<BreakdownRow[]> {
  const g = GROUPS[by];
  const { rows } = await db.execute<BreakdownCols>(sql`
    select g.*, ${g.label} as label from (
      select ${g.key} as key, sum(purchases) as purchases, sum(amount) as amount, sum(local_purchases) as local_purchases, sum(local_amount) as local_amount
      from ${g.table}
      where buyer_company_id = ${buyerId} and ${monthRange(sql`month`, period)}
      group by 1 having sum(lines) > 0
    ) g order by g.amount desc, g.key`);
  return rows.map(toBreakdown);
}

export async function buyerNeedMonths(db: DbOrTx, buyerId: string, period: Period): Promise<MonthNeeds[]> {
  const { rows } = await db.execute<NeedCols & { month: string }>(sql`
    select to_char(month, 'YYYY-MM') as month, needs, answered, answers, local_answers, local3, wait_seconds, awarded
    from dash_buyer_need_month
    where buyer_company_id = ${buyerId} and ${monthRange(sql`month`, period)} and needs > 0
    order by month`);
  return rows.map((r) => ({ month: r.month, ...toNeedMetrics(r) }));
}

/** What a drill-down link narrows purchases to (all optional). */
export interface PurchaseFilter {
  month?: string;
  section?: string;
  epci?: string;
  commune?: string;
  local?: boolean;
  sme?: boolean;
  withinKm?: RadiusKm;
}

export interface DrillNeed {
  needId: string;
  title: string;
  status: string;
  purchases: number;
  amount: number;
  lastAwardedOn: Date;
}

/** The needs behind a purchase figure: needs whose award lines match the filter, largest amount first. */
export async function buyerPurchaseNeeds(db: DbOrTx, buyerId: string, period: Period, f: PurchaseFilter, limit = 200): Promise<DrillNeed[]> {
  const range = f.month ? sql`month = ${monthStart(f.month)}::date` : monthRange(sql`month`, period);
  const { rows } = await db.execute<{ need_id: string; title: string; status: string; purchases: string; amount: string; last: string }>(sql`
    select l.need_id, n.title, n.status, sum(l.weight) as purchases, sum(l.amount) as amount, max(l.awarded_on) as last
    from dash_award_lines l
    join needs n on n.id = l.need_id
    where l.buyer_company_id = ${buyerId} and ${range}
      ${f.section ? sql`and l.section = ${f.section}` : sql``}
      ${f.epci !== undefined ? sql`and coalesce(l.supplier_epci, '') = ${f.epci}` : sql``}
      ${f.commune ? sql`and l.supplier_commune = ${f.commune}` : sql``}
      ${f.local !== undefined ? sql`and l.is_local = ${f.local}` : sql``}
      ${f.sme !== undefined ? sql`and l.is_sme = ${f.sme}` : sql``}
      ${f.withinKm ? sql`and l.distance_km <= ${f.withinKm}` : sql``}
    group by l.need_id, n.title, n.status
    order by sum(l.amount) desc, n.title
    limit ${limit}`);
  return rows.map((r) => ({
    needId: r.need_id, title: r.title, status: r.status, purchases: Number(r.purchases), amount: Number(r.amount), lastAwardedOn: new Date(r.last),
  }));
}

export type NeedFilter = "all" | "unanswered" | "three-local" | "awarded";

export interface DrillPublishedNeed {
  needId: string;
  title: string;
  status: string;
  publishedAt: Date;
  answers: number;
  localAnswers: number;
  firstAnswerAt: Date | null;
}

/** The buyer's needs published in the period, narrowed to those behind a need figure. */
export async function buyerPublishedNeeds(db: DbOrTx, buyerId: string, period: Period, filter: NeedFilter, limit = 200): Promise<DrillPublishedNeed[]> {
  const where = {
    all: sql``, unanswered: sql`and s.answers = 0`, "three-local": sql`and s.local_answers >= 3`, awarded: sql`and s.awarded`,
  }[filter];
  const { rows } = await db.execute<{ need_id: string; title: string; status: string; published_at: string; answers: number; local_answers: number; first_answer_at: string | null }>(sql`
    select s.need_id, n.title, n.status, s.published_at, s.answers, s.local_answers, s.first_answer_at
    from dash_need_stats s join needs n on n.id = s.need_id
    where s.company_id = ${buyerId} and ${monthRange(sql`s.month`, period)} ${where}
    order by s.published_at desc
    limit ${limit}`);
  return rows.map((r) => ({
    needId: r.need_id, title: r.title, status: r.status, publishedAt: new Date(r.published_at), answers: r.answers,
    localAnswers: r.local_answers, firstAnswerAt: r.first_answer_at ? new Date(r.first_answer_at) : null,
  }));
}
