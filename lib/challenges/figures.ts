/**
 * Open innovation in the CCI's territory statistics (issue 19, « tableaux de bord »): challenges published in
 * the period, applications received, young companies among the applicants, and what the winners got — proofs
 * of concept and contracts, counts and amounts (HT) — counted in the period the challenge was awarded. Staff see
 * them all; the public barometer gets each one only when enough companies stand behind it (statistical secret).
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Actor } from "../auth/actor";
import { MIN_COMPANIES_PER_CELL, publicFigure } from "../dashboards/definitions";
import { periodInstants, type Period } from "../dashboards/period";
import { authorized } from "./access";
import { YOUNG_COMPANY_YEARS } from "./young";

export interface ChallengeFigures {
  published: number;
  applications: number;
  youngApplicants: number;
  pocs: number;
  pocAmount: number;
  contracts: number;
  contractAmount: number;
}

/** The companies behind each figure, for the statistical secret. */
interface ChallengeCompanies {
  posters: number;
  applicants: number;
  awardedPosters: number;
  winners: number;
}

async function challengeFigures(db: DbOrTx, period: Period): Promise<ChallengeFigures & ChallengeCompanies> {
  const { start, end } = periodInstants(period);
  const within = (column: string) => sql`${sql.raw(column)} >= ${start.toISOString()}::timestamptz and ${sql.raw(column)} < ${end.toISOString()}::timestamptz`;
  const { rows } = await db.execute<{
    published: number;
    applications: number;
    young_applicants: number;
    pocs: number;
    poc_amount: number;
    contracts: number;
    contract_amount: number;
    posters: number;
    applicants: number;
    awarded_posters: number;
    winners: number;
  }>(sql`
    select
      (select count(*)::int from challenges c where ${within("c.published_at")}) as published,
      (select count(distinct c.company_id)::int from challenges c where ${within("c.published_at")}) as posters,
      (select count(*)::int from challenge_applications a where ${within("a.created_at")}) as applications,
      (select count(distinct a.company_id)::int from challenge_applications a where ${within("a.created_at")}) as applicants,
      (select count(distinct a.company_id)::int from challenge_applications a join companies co on co.id = a.company_id
        where ${within("a.created_at")} and co.founded_on > (a.created_at - make_interval(years => ${YOUNG_COMPANY_YEARS}))::date) as young_applicants,
      (select count(*)::int from challenges c where ${within("c.awarded_at")} and c.poc_amount_eur is not null) as pocs,
      (select coalesce(sum(c.poc_amount_eur), 0)::int from challenges c where ${within("c.awarded_at")}) as poc_amount,
      (select count(*)::int from challenges c where ${within("c.awarded_at")} and c.contract_amount_eur is not null) as contracts,
      (select coalesce(sum(c.contract_amount_eur), 0)::int from challenges c where ${within("c.awarded_at")}) as contract_amount,
      (select count(distinct c.company_id)::int from challenges c where ${within("c.awarded_at")}) as awarded_posters,
      (select count(distinct a.company_id)::int from challenges c join challenge_applications a on a.challenge_id = c.id and a.status = 'selected'
        where ${within("c.awarded_at")}) as winners
  `);
  const r = rows[0];
  return {
    published: r.published,
    applications: r.applications,
    youngApplicants: r.young_applicants,
    pocs: r.pocs,
    pocAmount: r.poc_amount,
    contracts: r.contracts,
    contractAmount: r.contract_amount,
    posters: r.posters,
    applicants: r.applicants,
    awardedPosters: r.awarded_posters,
    winners: r.winners,
  };
}

export async function territoryChallengeFigures(db: DbOrTx, actor: Actor | null, period: Period): Promise<ChallengeFigures> {
  authorized(actor, "dashboard:territory");
  const { posters: _p, applicants: _a, awardedPosters: _w, winners: _s, ...figures } = await challengeFigures(db, period);
  return figures;
}

/** The barometer's: null where fewer than 5 companies (posters, applicants, or the winners and their clients) stand behind it. */
export async function publicChallengeFigures(db: DbOrTx, period: Period, min = MIN_COMPANIES_PER_CELL) {
  const f = await challengeFigures(db, period);
  return {
    published: publicFigure(f.published, f.posters, min),
    applications: publicFigure(f.applications, f.applicants, min),
    wonAmount: publicFigure(f.pocAmount + f.contractAmount, Math.min(f.awardedPosters, f.winners), min),
  };
}
