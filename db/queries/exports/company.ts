/** Export rows of one company's tables: its needs, the answers it received, its awards, its own answers. */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import type { Period } from "../period";
import { afterCursor, inPeriod, TERRITORY, type Cursor, type PageRow } from "./pages";

type Ts = string | Date | null;
type Num = string | number | null;

export type MyNeedRow = PageRow & {
  title: string;
  kind: string;
  status: string;
  commune: string;
  postal_code: string | null;
  activities: string;
  budget_min_eur: number | null;
  budget_max_eur: number | null;
  response_deadline: Ts;
  published_at: Ts;
  awarded_at: Ts;
  answers: number;
  local_answers: number;
  awarded_amount: Num;
};

export async function myNeedsPage(db: DbOrTx, companyId: string, period: Period | undefined, after: Cursor | null, limit: number) {
  const { rows } = await db.execute<MyNeedRow>(sql`
    select n.id, n.created_at::text as cursor_at, n.title, n.kind, n.status, c.name as commune, c.postal_codes[1] as postal_code,
      array_to_string(array(select na.naf_code from need_activities na where na.need_id = n.id order by 1), ', ') as activities,
      n.budget_min_eur, n.budget_max_eur, n.response_deadline, n.published_at, n.awarded_at,
      coalesce(s.answers, 0) as answers, coalesce(s.local_answers, 0) as local_answers,
      (select sum(a.amount_eur) from awards a where a.need_id = n.id and a.cancelled_at is null) as awarded_amount
    from needs n
    join communes c on c.insee_code = n.commune_code
    left join dash_need_stats s on s.need_id = n.id
    where n.company_id = ${companyId} ${inPeriod(sql`coalesce(n.published_at, n.created_at)`, period)}
      ${afterCursor(sql`n.created_at`, sql`n.id`, after)}
    order by n.created_at, n.id limit ${limit}`);
  return rows;
}

export type ReceivedAnswerRow = PageRow & {
  need_title: string;
  supplier: string;
  siret: string;
  commune: string;
  is_local: boolean;
  headcount_band: string;
  status: string;
  price: Num;
  lead_time_days: number | null;
  submitted_at: Ts;
  partners: number;
};

/** Answers submitted to the company's needs (an answer still at "interested" is not sent yet). */
export async function receivedAnswersPage(db: DbOrTx, companyId: string, period: Period | undefined, after: Cursor | null, limit: number) {
  const { rows } = await db.execute<ReceivedAnswerRow>(sql`
    select a.id, a.created_at::text as cursor_at, n.title as need_title, coalesce(s.trade_name, s.legal_name) as supplier, s.siret,
      c.name as commune, coalesce(c.epci_code = ${TERRITORY}, false) as is_local, s.headcount_band, a.status,
      coalesce(a.price_eur, a.unit_price_eur * a.quantity) as price, a.lead_time_days, a.submitted_at,
      (select count(*)::int from answer_partners p where p.answer_id = a.id and p.status = 'accepted') as partners
    from answers a
    join needs n on n.id = a.need_id
    join companies s on s.id = a.company_id
    join communes c on c.insee_code = s.commune_code
    where n.company_id = ${companyId} and a.submitted_at is not null ${inPeriod(sql`a.submitted_at`, period)}
      ${afterCursor(sql`a.created_at`, sql`a.id`, after)}
    order by a.created_at, a.id limit ${limit}`);
  return rows;
}

export type AwardExportRow = PageRow & {
  need_title: string;
  buyer: string;
  supplier: string;
  siret: string;
  commune: string;
  epci: string | null;
  headcount_band: string;
  amount_eur: Num;
  awarded_on: Ts;
  cancelled_at: Ts;
  local_share: Num;
  partners: string | null;
};

/** Awards (of one buyer, or all of them for staff) with the local share of each from the rollup lines. */
export async function awardsPage(db: DbOrTx, buyerId: string | null, period: Period | undefined, after: Cursor | null, limit: number) {
  const { rows } = await db.execute<AwardExportRow>(sql`
    select a.id, a.created_at::text as cursor_at, n.title as need_title, coalesce(b.trade_name, b.legal_name) as buyer,
      coalesce(s.trade_name, s.legal_name) as supplier, s.siret, c.name as commune, e.name as epci, s.headcount_band,
      a.amount_eur, a.awarded_on, a.cancelled_at,
      (select sum(l.amount) filter (where l.is_local) / nullif(a.amount_eur, 0) from dash_award_lines l where l.award_id = a.id) as local_share,
      (select string_agg(coalesce(pc.trade_name, pc.legal_name) || ' (' || coalesce(p.share_percent, 0) || ' %)', ', ' order by pc.legal_name)
        from answer_partners p join companies pc on pc.id = p.company_id
        where p.answer_id = a.answer_id and p.status = 'accepted' and p.company_id <> a.supplier_company_id) as partners
    from awards a
    join needs n on n.id = a.need_id
    join companies b on b.id = a.buyer_company_id
    join companies s on s.id = a.supplier_company_id
    join communes c on c.insee_code = s.commune_code
    left join epcis e on e.code = c.epci_code
    where ${buyerId ? sql`a.buyer_company_id = ${buyerId}` : sql`true`} ${inPeriod(sql`a.awarded_on`, period)}
      ${afterCursor(sql`a.created_at`, sql`a.id`, after)}
    order by a.created_at, a.id limit ${limit}`);
  return rows;
}

export type MyAnswerRow = PageRow & {
  need_title: string;
  buyer: string;
  status: string;
  price: Num;
  lead_time_days: number | null;
  submitted_at: Ts;
  decided_at: Ts;
  awarded_amount: Num;
};

/** A supplier's own answers, with its part of the amounts awarded on each need. */
export async function myAnswersPage(db: DbOrTx, companyId: string, period: Period | undefined, after: Cursor | null, limit: number) {
  const { rows } = await db.execute<MyAnswerRow>(sql`
    select a.id, a.created_at::text as cursor_at, n.title as need_title, coalesce(b.trade_name, b.legal_name) as buyer, a.status,
      coalesce(a.price_eur, a.unit_price_eur * a.quantity) as price, a.lead_time_days, a.submitted_at, a.decided_at,
      (select sum(l.amount) from dash_award_lines l where l.need_id = a.need_id and l.supplier_company_id = a.company_id) as awarded_amount
    from answers a
    join needs n on n.id = a.need_id
    join companies b on b.id = n.company_id
    where a.company_id = ${companyId} ${inPeriod(sql`a.created_at`, period)} ${afterCursor(sql`a.created_at`, sql`a.id`, after)}
    order by a.created_at, a.id limit ${limit}`);
  return rows;
}
