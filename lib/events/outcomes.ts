/**
 * What business meetings led to, for the dashboards: meetings held → followed by an answer → followed by
 * an award, and the purchases that started at an event with their local share. Staff read the whole
 * territory; a buyer reads its own meetings and purchases.
 *
 * - Held: the meeting was announced, its session is over, and staff checked both sides in (attendance.ts).
 * - Followed by an answer: a side's feedback says « devis demandé », « besoin publié » or « marché attribué »,
 *   or the supplier submitted an answer on the platform to one of the buyer's needs after the meeting.
 * - Followed by an award: a side's feedback says « marché attribué », or the buyer awarded the supplier on
 *   the platform after the meeting (award in force).
 * - A purchase started at an event: an award in force whose buyer had met the awarded supplier (the lead)
 *   at a held meeting before the award date. Local: the supplier's commune is in the territory EPCI, as
 *   everywhere on the dashboards (lib/dashboards/definitions.ts).
 * Meetings count in the period of their start, purchases in the period of their award.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { authorize, type Actor } from "../auth/actor";
import { territoryConfig } from "../config/territory";
import { periodInstants, type Period } from "../dashboards/period";

export interface EventOutcomes {
  held: number;
  withFeedback: number;
  followedByAnswer: number;
  followedByAward: number;
  purchases: number;
  amount: number;
  localAmount: number;
}

async function outcomes(db: DbOrTx, period: Period, buyerCompanyId: string | null, now: Date): Promise<EventOutcomes> {
  const { start, end } = periodInstants(period);
  const buyerOnly = buyerCompanyId ? sql`and br.company_id = ${buyerCompanyId}` : sql``;
  const awardBuyerOnly = buyerCompanyId ? sql`and a.buyer_company_id = ${buyerCompanyId}` : sql``;
  const { rows } = await db.execute<{
    held: number;
    with_feedback: number;
    answered: number;
    awarded: number;
    purchases: number;
    amount: number;
    local_amount: number;
  }>(sql`
    with held as (
      select m.id, m.starts_at, br.company_id as buyer_id, sr.company_id as supplier_id
      from event_meetings m
      join event_sessions s on s.id = m.session_id
      join event_registrations br on br.id = m.buyer_registration_id
      join event_registrations sr on sr.id = m.supplier_registration_id
      where m.announced_at is not null and s.ends_at <= ${now.toISOString()}::timestamptz
        and exists (select 1 from event_check_ins c where c.registration_id = m.buyer_registration_id)
        and exists (select 1 from event_check_ins c where c.registration_id = m.supplier_registration_id)
        ${buyerOnly}
    ),
    in_period as (
      select h.*,
        exists (select 1 from meeting_feedback f where f.meeting_id = h.id) as feedback,
        exists (select 1 from meeting_feedback f where f.meeting_id = h.id and f.outcome in ('quote', 'need', 'award'))
          or exists (select 1 from answers x join needs n on n.id = x.need_id
                     where x.company_id = h.supplier_id and n.company_id = h.buyer_id and x.submitted_at >= h.starts_at) as answered,
        exists (select 1 from meeting_feedback f where f.meeting_id = h.id and f.outcome = 'award')
          or exists (select 1 from awards a where a.buyer_company_id = h.buyer_id and a.supplier_company_id = h.supplier_id
                     and a.cancelled_at is null and a.awarded_on >= h.starts_at) as awarded
      from held h
      where h.starts_at >= ${start.toISOString()}::timestamptz and h.starts_at < ${end.toISOString()}::timestamptz
    ),
    started as (
      select a.amount_eur::float8 as amount, cm.epci_code = ${territoryConfig().epciCode} as local
      from awards a
      join companies sc on sc.id = a.supplier_company_id
      join communes cm on cm.insee_code = sc.commune_code
      where a.cancelled_at is null ${awardBuyerOnly}
        and a.awarded_on >= ${start.toISOString()}::timestamptz and a.awarded_on < ${end.toISOString()}::timestamptz
        and exists (select 1 from held h where h.buyer_id = a.buyer_company_id and h.supplier_id = a.supplier_company_id and h.starts_at <= a.awarded_on)
    )
    select (select count(*)::int from in_period) as held,
           (select count(*)::int from in_period where feedback) as with_feedback,
           (select count(*)::int from in_period where answered) as answered,
           (select count(*)::int from in_period where awarded) as awarded,
           (select count(*)::int from started) as purchases,
           (select coalesce(sum(amount), 0)::float8 from started) as amount,
           (select coalesce(sum(amount) filter (where local), 0)::float8 from started) as local_amount`);
  const r = rows[0];
  return {
    held: r.held,
    withFeedback: r.with_feedback,
    followedByAnswer: r.answered,
    followedByAward: r.awarded,
    purchases: r.purchases,
    amount: Number(r.amount),
    localAmount: Number(r.local_amount),
  };
}

/** The whole territory's business meetings outcomes; staff statistics. */
export async function territoryEventOutcomes(db: DbOrTx, actor: Actor | null, period: Period, now = new Date()): Promise<EventOutcomes> {
  authorize(actor, "dashboard:territory");
  return outcomes(db, period, null, now);
}

/** A buyer's own business meetings outcomes; its members' dashboard. */
export async function buyerEventOutcomes(db: DbOrTx, actor: Actor | null, companyId: string, period: Period, now = new Date()): Promise<EventOutcomes> {
  authorize(actor, "dashboard:buyer", { companyId });
  return outcomes(db, period, companyId, now);
}
