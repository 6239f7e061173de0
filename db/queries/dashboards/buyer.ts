/**
 * A buyer's dashboard, read from the rollups kept by triggers (db/migrations/0005_dashboards.sql):
 * its figures in one call of dash_buyer() (migration 0009: dash_buyer_month, _section, _commune,
 * dash_buyer_need_month), drill-downs to the needs behind a figure (dash_award_lines, dash_need_stats).
 */
import { sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../client";
import { monthStart, type Period } from "../period";
import { TOP_COMMUNES, type NeedMetrics, type RadiusKm, type Totals } from "./shapes";
import { monthRange, toBreakdown, toNeedMetrics, toTotals, type BreakdownCols, type BreakdownRow, type NeedCols, type TotalsCols } from "./rows";

export type MonthTotals = Totals & { month: string };
export type MonthNeeds = NeedMetrics & { month: string };

/** Everything the buyer dashboard shows, before totals (lib/dashboards/service.ts adds them up). */
export interface BuyerFigures {
  months: MonthTotals[];
  bySection: BreakdownRow[];
  byEpci: BreakdownRow[];
  /** The TOP_COMMUNES largest. */
  byCommune: BreakdownRow[];
  needMonths: MonthNeeds[];
}

type BuyerDocument = {
  months: (TotalsCols & { month: string })[];
  sections: BreakdownCols[];
  epcis: BreakdownCols[];
  communes: BreakdownCols[];
  need_months: (NeedCols & { month: string })[];
};

/**
 * A buyer's purchases by month (only months with purchases), by activity family, supplier EPCI and supplier
 * commune (largest first; communes: the TOP_COMMUNES largest), and its needs by month of publication, in one round trip: dash_buyer() (migration
 * 0009) reads the rollups dash_buyer_month, _section, _commune and dash_buyer_need_month into one json document.
 */
export async function buyerFigures(db: Db, buyerId: string, period: Period): Promise<BuyerFigures> {
  // A named statement: pg prepares it once per connection, later calls send only the parameters.
  const { rows } = await db.$client.query<{ doc: BuyerDocument }>({
    name: "dash_buyer",
    text: "select dash_buyer($1::uuid, $2::date, $3::date, $4::int) as doc",
    values: [buyerId, monthStart(period.from), monthStart(period.to), TOP_COMMUNES],
  });
  const d = rows[0].doc;
  return {
    months: d.months.map((r) => ({ month: r.month, ...toTotals(r) })),
    bySection: d.sections.map(toBreakdown),
    byEpci: d.epcis.map(toBreakdown),
    byCommune: d.communes.map(toBreakdown),
    needMonths: d.need_months.map((r) => ({ month: r.month, ...toNeedMetrics(r) })),
  };
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
    needId: r.need_id,
    title: r.title,
    status: r.status,
    purchases: Number(r.purchases),
    amount: Number(r.amount),
    lastAwardedOn: new Date(r.last),
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
    all: sql``,
    unanswered: sql`and s.answers = 0`,
    "three-local": sql`and s.local_answers >= 3`,
    awarded: sql`and s.awarded`,
  }[filter];
  const { rows } = await db.execute<{
    need_id: string;
    title: string;
    status: string;
    published_at: string;
    answers: number;
    local_answers: number;
    first_answer_at: string | null;
  }>(sql`
    select s.need_id, n.title, n.status, s.published_at, s.answers, s.local_answers, s.first_answer_at
    from dash_need_stats s join needs n on n.id = s.need_id
    where s.company_id = ${buyerId} and ${monthRange(sql`s.month`, period)} ${where}
    order by s.published_at desc
    limit ${limit}`);
  return rows.map((r) => ({
    needId: r.need_id,
    title: r.title,
    status: r.status,
    publishedAt: new Date(r.published_at),
    answers: r.answers,
    localAnswers: r.local_answers,
    firstAnswerAt: r.first_answer_at ? new Date(r.first_answer_at) : null,
  }));
}
