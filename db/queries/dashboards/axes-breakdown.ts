/**
 * The programme's two other axes (issue 19) by activity or place of the company concerned, for the staff
 * statistics and their exports. One statement per axis, grouped in SQL, at most MAX_BREAKDOWN_GROUPS rows.
 * Challenges: those published are counted with their poster, applications with the applicant, proofs of
 * concept and contracts with the winner (a challenge's amount split between its winners, so groups add up
 * to the total). Skills: missions and days with the company helped (the request's).
 */
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { monthStart, periodBounds, type Period } from "../period";

export type BreakdownDimension = "section" | "division" | "epci" | "commune";

export const MAX_BREAKDOWN_GROUPS = 500;

/** A company row aliased `co` → its group: NAF section or division, EPCI or commune. */
const KEY: Record<BreakdownDimension, SQL> = {
  section: sql`(select n.section from naf_codes n where n.code = co.naf_code)`,
  division: sql`left(co.naf_code, 2)`,
  epci: sql`(select cm.epci_code from communes cm where cm.insee_code = co.commune_code)`,
  commune: sql`co.commune_code`,
};
const LABEL: Record<BreakdownDimension, SQL> = {
  section: sql`(select label from naf_codes where code = g.key)`,
  division: sql`(select label from naf_codes where code = g.key)`,
  epci: sql`(select name from epcis where code = g.key)`,
  commune: sql`(select name from communes where insee_code = g.key)`,
};

type Num = number | string;

export type ChallengeBreakdownCols = {
  key: string | null;
  label: string | null;
  published: Num;
  posters: Num;
  applications: Num;
  applicants: Num;
  young_applicants: Num;
  pocs: Num;
  poc_amount: Num;
  contracts: Num;
  contract_amount: Num;
  winners: Num;
  awarded_posters: Num;
};

export async function challengeBreakdownRows(db: DbOrTx, period: Period, by: BreakdownDimension, youngYears: number): Promise<ChallengeBreakdownCols[]> {
  const { start, end } = periodBounds(period);
  const within = (column: SQL) => sql`${column} >= ${start} and ${column} < ${end}`;
  const key = KEY[by];
  const { rows } = await db.execute<ChallengeBreakdownCols>(sql`
    with posted as (
      select ${key} as key, count(*) as published, count(distinct c.company_id) as posters
      from challenges c join companies co on co.id = c.company_id
      where ${within(sql`c.published_at`)} group by 1
    ), applied as (
      select ${key} as key, count(*) as applications, count(distinct a.company_id) as applicants,
        count(distinct a.company_id) filter (where co.founded_on > (a.created_at - make_interval(years => ${youngYears}))::date) as young_applicants
      from challenge_applications a join companies co on co.id = a.company_id
      where ${within(sql`a.created_at`)} group by 1
    ), winners as (
      select c.id, c.company_id as poster, c.poc_amount_eur, c.contract_amount_eur, a.company_id,
        count(*) over (partition by c.id) as shares
      from challenges c join challenge_applications a on a.challenge_id = c.id and a.status = 'selected'
      where ${within(sql`c.awarded_at`)}
    ), won as (
      select ${key} as key,
        count(distinct w.id) filter (where w.poc_amount_eur is not null) as pocs,
        coalesce(sum(w.poc_amount_eur::numeric / w.shares), 0) as poc_amount,
        count(distinct w.id) filter (where w.contract_amount_eur is not null) as contracts,
        coalesce(sum(w.contract_amount_eur::numeric / w.shares), 0) as contract_amount,
        count(distinct w.company_id) as winners, count(distinct w.poster) as awarded_posters
      from winners w join companies co on co.id = w.company_id group by 1
    )
    select g.*, ${LABEL[by]} as label from (
      select key, sum(published) as published, sum(posters) as posters, sum(applications) as applications,
        sum(applicants) as applicants, sum(young_applicants) as young_applicants, sum(pocs) as pocs,
        round(sum(poc_amount)) as poc_amount, sum(contracts) as contracts, round(sum(contract_amount)) as contract_amount,
        sum(winners) as winners, sum(awarded_posters) as awarded_posters
      from (
        select key, published, posters, 0 as applications, 0 as applicants, 0 as young_applicants,
          0 as pocs, 0 as poc_amount, 0 as contracts, 0 as contract_amount, 0 as winners, 0 as awarded_posters from posted
        union all
        select key, 0, 0, applications, applicants, young_applicants, 0, 0, 0, 0, 0, 0 from applied
        union all
        select key, 0, 0, 0, 0, 0, pocs, poc_amount, contracts, contract_amount, winners, awarded_posters from won
      ) u group by key
    ) g
    order by g.poc_amount + g.contract_amount desc, g.applications desc, g.published desc, g.key nulls last
    limit ${MAX_BREAKDOWN_GROUPS}`);
  return rows;
}

export type SkillsBreakdownCols = {
  key: string | null;
  label: string | null;
  missions: Num;
  mission_helped: Num;
  mission_sponsors: Num;
  days: Num;
  valued: Num;
  helped: Num;
  sponsors: Num;
};

export async function skillsBreakdownRows(db: DbOrTx, period: Period, by: BreakdownDimension): Promise<SkillsBreakdownCols[]> {
  const { start, end } = periodBounds(period);
  // Weeks are days (their Monday), as in the territory's skills figures: [first day, day after the last month).
  const [from, until] = [monthStart(period.from), sql`(${monthStart(period.to)}::date + interval '1 month')::date`];
  const key = KEY[by];
  const { rows } = await db.execute<SkillsBreakdownCols>(sql`
    with given as (
      select ${key} as key, w.days, m.daily_cost_eur, r.company_id as helped, o.company_id as sponsor
      from skill_mission_weeks w
      join skill_missions m on m.id = w.mission_id
      join skill_offers o on o.id = m.offer_id
      join skill_requests r on r.id = m.request_id
      join companies co on co.id = r.company_id
      where w.week_start >= ${from}::date and w.week_start < ${until}
    ), validated as (
      select ${key} as key, r.company_id as helped, o.company_id as sponsor
      from skill_missions m
      join skill_offers o on o.id = m.offer_id
      join skill_requests r on r.id = m.request_id
      join companies co on co.id = r.company_id
      where m.status in ('validated', 'active', 'completed') and m.decided_at >= ${start} and m.decided_at < ${end}
    )
    select g.*, ${LABEL[by]} as label from (
      select key, sum(missions) as missions, sum(mission_helped) as mission_helped, sum(mission_sponsors) as mission_sponsors,
        sum(days)::float8 as days, round(sum(valued)) as valued, sum(helped) as helped, sum(sponsors) as sponsors
      from (
        select key, count(*) as missions, count(distinct helped) as mission_helped, count(distinct sponsor) as mission_sponsors,
          0 as days, 0 as valued, 0 as helped, 0 as sponsors
        from validated group by key
        union all
        select key, 0, 0, 0, sum(days), sum(days * coalesce(daily_cost_eur, 0)), count(distinct helped), count(distinct sponsor)
        from given group by key
      ) u group by key
    ) g
    order by g.valued desc, g.days desc, g.missions desc, g.key nulls last
    limit ${MAX_BREAKDOWN_GROUPS}`);
  return rows;
}
