/**
 * What each dashboard shows, loaded after the authorization check on the server: the buyer's own
 * purchases (members of the company), the territory statistics (CCI staff), the public barometer (anyone).
 */
import type { Db } from "@/db/client";
import { buyerFigures, type MonthNeeds, type MonthTotals } from "@/db/queries/dashboards/buyer";
import { emailHealth, moderationFigures, networkOverTime, signatoriesAt } from "@/db/queries/dashboards/network";
import type { BreakdownRow } from "@/db/queries/dashboards/rows";
import {
  activeBuyers,
  companiesInvolved,
  territoryBreakdown,
  territoryMonths,
  territoryNeedMonths,
  territoryQuarters,
} from "@/db/queries/dashboards/territory";
import { authorize, type Actor } from "@/lib/auth/actor";
import { readDbFor } from "@/lib/ops/read-db";
import { membersGoal, membersGoalConfig } from "@/lib/config/dashboards";
import { addNeedMetrics, addTotals, emptyTotals, monthOf, publicFigure, share, type CoreTotals, type NeedMetrics, type Totals } from "./definitions";
import { addMonths, periodInstants, type Period } from "./period";
import { ensureDashboardTerritory } from "./territory-sync";
import { publicAxesGroups } from "./axes-breakdown";
import { publicChallengeFigures } from "../challenges/figures";
import { publicSkillsFigures } from "../skills/figures";

export interface BuyerDashboard {
  period: Period;
  months: MonthTotals[];
  totals: Totals;
  bySection: BreakdownRow[];
  byEpci: BreakdownRow[];
  byCommune: BreakdownRow[];
  needMonths: MonthNeeds[];
  needs: NeedMetrics;
}

export async function loadBuyerDashboard(db: Db, actor: Actor | null, companyId: string, period: Period): Promise<BuyerDashboard> {
  authorize(actor, "dashboard:buyer", { companyId });
  await ensureDashboardTerritory(db);
  const { months, bySection, byEpci, byCommune, needMonths } = await buyerFigures(await readDbFor(db), companyId, period);
  return {
    period,
    months,
    totals: months.length ? addTotals(months) : emptyTotals(),
    bySection,
    byEpci,
    byCommune,
    needMonths,
    needs: addNeedMetrics(needMonths),
  };
}

const sumCore = (rows: readonly CoreTotals[]): CoreTotals => {
  const t = addTotals(rows.map((r) => ({ ...r, withinKm: emptyTotals().withinKm })));
  return { purchases: t.purchases, amount: t.amount, local: t.local, sme: t.sme };
};

export async function loadTerritoryDashboard(primary: Db, actor: Actor | null, period: Period) {
  authorize(actor, "dashboard:territory");
  // The territory's setting is written on the primary; the figures are read from the replica if any.
  await ensureDashboardTerritory(primary);
  const db = await readDbFor(primary);
  const goalCfg = membersGoalConfig();
  const [months, bySection, byEpci, needMonths, buyers, network, baseline, moderation, emails] = await Promise.all([
    territoryMonths(db, period),
    territoryBreakdown(db, period, "section"),
    territoryBreakdown(db, period, "epci"),
    territoryNeedMonths(db, period),
    activeBuyers(db, period),
    networkOverTime(db, period),
    signatoriesAt(db, periodInstants({ from: goalCfg.startDate.slice(0, 7), to: goalCfg.startDate.slice(0, 7) }).start),
    moderationFigures(db, period),
    emailHealth(db, period),
  ]);
  return {
    period,
    months,
    totals: sumCore(months),
    bySection,
    byEpci,
    needMonths,
    needs: addNeedMetrics(needMonths),
    activeBuyers: buyers,
    network,
    goal: { startDate: goalCfg.startDate, baseline, target: membersGoal(goalCfg, baseline), overridden: goalCfg.override !== undefined },
    moderation,
    emails,
  };
}
export type TerritoryDashboard = Awaited<ReturnType<typeof loadTerritoryDashboard>>;

/** Public figures: counts and shares only, each hidden when it comes from fewer than 5 companies. */
export async function loadBarometer(db: Db, now = new Date()) {
  await ensureDashboardTerritory(db);
  const current = monthOf(now);
  const quarterStart = addMonths(current, -((Number(current.slice(5)) - 1) % 3));
  // The last 8 quarters for the trend, the last 4 (current one included) for the headline figures.
  const trend: Period = { from: addMonths(quarterStart, -21), to: current };
  const year: Period = { from: addMonths(quarterStart, -9), to: current };
  const [quarters, network, involved, yearQuarters, challenges, skills, axesBySection] = await Promise.all([
    territoryQuarters(db, trend),
    networkOverTime(db, { from: current, to: current }),
    companiesInvolved(db, year),
    territoryQuarters(db, year),
    publicChallengeFigures(db, year),
    publicSkillsFigures(db, year),
    publicAxesGroups(db, year, "section"),
  ]);
  const yearTotals = sumCore(yearQuarters);
  const yearNeeds = yearQuarters.reduce((s, q) => s + q.needs, 0);
  const now0 = network[0] ?? { members: 0, signatories: 0 };
  return {
    year,
    members: publicFigure(now0.members, now0.members),
    signatories: publicFigure(now0.signatories, now0.signatories),
    needsPublished: publicFigure(yearNeeds, involved.needBuyers),
    localShare: publicFigure(share(yearTotals.local.amount, yearTotals.amount), Math.min(involved.buyers, involved.suppliers)),
    // The programme's two other axes over the same four quarters (lib/challenges/figures.ts, lib/skills/figures.ts).
    challenges,
    skills,
    // The same by activity family, group by group under the secret (lib/dashboards/axes-breakdown.ts).
    axesBySection,
    // Every quarter of the trend, those without data too (hidden like any figure from fewer than 5 companies).
    quarters: Array.from({ length: 8 }, (_, i) => addMonths(trend.from, 3 * i)).map((quarter) => {
      const q = quarters.find((x) => x.quarter === quarter);
      return {
        quarter,
        needs: q ? publicFigure(q.needs, q.needBuyers) : null,
        localShare: q ? publicFigure(share(q.local.amount, q.amount), Math.min(q.buyers, q.suppliers)) : null,
      };
    }),
  };
}
export type Barometer = Awaited<ReturnType<typeof loadBarometer>>;
