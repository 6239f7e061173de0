/**
 * Innovation challenges and skills sponsorship by activity (NAF section or division) and by place (EPCI or
 * commune) of the company concerned, for the staff statistics and their exports (db/queries/dashboards/
 * axes-breakdown.ts says which company each figure is counted with). `publicAxesBreakdown` applies the
 * statistical secret cell by cell, for any page that would show them outside the CCI.
 */
import type { DbOrTx } from "@/db/client";
import {
  challengeBreakdownRows,
  skillsBreakdownRows,
  type BreakdownDimension,
  type ChallengeBreakdownCols,
  type SkillsBreakdownCols,
} from "@/db/queries/dashboards/axes-breakdown";
import { authorize, type Actor } from "@/lib/auth/actor";
import { YOUNG_COMPANY_YEARS } from "@/lib/challenges/young";
import { MIN_COMPANIES_PER_CELL, publicFigure } from "./definitions";
import type { Period } from "./period";

export type { BreakdownDimension };

export const BREAKDOWN_DIMENSIONS: readonly { key: BreakdownDimension; label: string; unknown: string }[] = [
  { key: "section", label: "Famille d'activité (section NAF)", unknown: "Activité inconnue" },
  { key: "division", label: "Division NAF", unknown: "Activité inconnue" },
  { key: "epci", label: "EPCI", unknown: "Commune hors EPCI" },
  { key: "commune", label: "Commune", unknown: "Commune inconnue" },
];

export interface ChallengeBreakdownRow {
  dimension: BreakdownDimension;
  /** NAF section letter, division "43", EPCI SIREN or INSEE code; null when the company has none (commune outside any EPCI). */
  key: string | null;
  label: string;
  published: number;
  applications: number;
  youngApplicants: number;
  pocs: number;
  pocAmount: number;
  contracts: number;
  contractAmount: number;
  /** Proofs of concept and contracts together (HT). */
  wonAmount: number;
  winners: number;
}

export interface SkillsBreakdownRow {
  dimension: BreakdownDimension;
  key: string | null;
  label: string;
  missions: number;
  days: number;
  valuedAmount: number;
  companiesHelped: number;
  sponsors: number;
}

const n = (v: number | string | null) => (v === null ? 0 : Number(v));

function labelOf(dimension: BreakdownDimension, key: string | null, label: string | null): string {
  const unknown = BREAKDOWN_DIMENSIONS.find((d) => d.key === dimension)?.unknown ?? "Inconnu";
  if (key === null || label === null) return unknown;
  // Divisions and communes are named with their code: two communes may share a name, and staff search by code.
  return dimension === "division" || dimension === "commune" ? `${label} (${key})` : label;
}

const toChallengeRow = (dimension: BreakdownDimension) => (r: ChallengeBreakdownCols) => ({
  dimension,
  key: r.key,
  label: labelOf(dimension, r.key, r.label),
  published: n(r.published),
  applications: n(r.applications),
  youngApplicants: n(r.young_applicants),
  pocs: n(r.pocs),
  pocAmount: n(r.poc_amount),
  contracts: n(r.contracts),
  contractAmount: n(r.contract_amount),
  wonAmount: n(r.poc_amount) + n(r.contract_amount),
  winners: n(r.winners),
  companies: { posters: n(r.posters), applicants: n(r.applicants), won: Math.min(n(r.winners), n(r.awarded_posters)) },
});

const toSkillsRow = (dimension: BreakdownDimension) => (r: SkillsBreakdownCols) => ({
  dimension,
  key: r.key,
  label: labelOf(dimension, r.key, r.label),
  missions: n(r.missions),
  days: n(r.days),
  valuedAmount: n(r.valued),
  companiesHelped: n(r.helped),
  sponsors: n(r.sponsors),
  companies: { missions: Math.min(n(r.mission_helped), n(r.mission_sponsors)), given: Math.min(n(r.helped), n(r.sponsors)) },
});

/** Without authorization: for the export tables, which `openExport` authorizes before reading. */
export async function challengeBreakdown(db: DbOrTx, period: Period, by: BreakdownDimension): Promise<ChallengeBreakdownRow[]> {
  const rows = (await challengeBreakdownRows(db, period, by, YOUNG_COMPANY_YEARS)).map(toChallengeRow(by));
  return rows.map(({ companies: _c, ...row }) => row);
}

export async function skillsBreakdown(db: DbOrTx, period: Period, by: BreakdownDimension): Promise<SkillsBreakdownRow[]> {
  const rows = (await skillsBreakdownRows(db, period, by)).map(toSkillsRow(by));
  return rows.map(({ companies: _c, ...row }) => row);
}

/** The staff statistics' breakdowns of both axes, by one dimension. */
export async function territoryAxesBreakdown(db: DbOrTx, actor: Actor | null, period: Period, by: BreakdownDimension) {
  authorize(actor, "dashboard:territory");
  const [challenges, skills] = [await challengeBreakdown(db, period, by), await skillsBreakdown(db, period, by)];
  return { challenges, skills };
}

type Public<T> = { [K in keyof T]: T[K] extends number ? T[K] | null : T[K] };

/**
 * Secondary secret: when a single group with activity is hidden, the published total minus the other groups
 * would give it away, so the smallest shown group is hidden with it (its figures counted from the same companies).
 */
function hideComplement<R>(rows: { row: R; companies: number }[], shown: (r: R) => number | null, hide: (r: R) => void) {
  const active = rows.filter((x) => x.companies > 0);
  if (active.filter((x) => shown(x.row) === null).length !== 1) return;
  const smallest = active.filter((x) => shown(x.row) !== null).sort((a, b) => (shown(a.row) ?? 0) - (shown(b.row) ?? 0))[0];
  if (smallest) hide(smallest.row);
}

/**
 * The same, for the public: each figure is null where fewer than `min` companies stand behind it in its group
 * (posters, applicants, winners and their clients; companies helped and sponsors), as on the barometer, and
 * where it would be the difference between a published total and the other groups.
 */
export async function publicAxesBreakdown(db: DbOrTx, period: Period, by: BreakdownDimension, min = MIN_COMPANIES_PER_CELL) {
  const [c, s] = [await challengeBreakdownRows(db, period, by, YOUNG_COMPANY_YEARS), await skillsBreakdownRows(db, period, by)];
  const challenges = c.map(toChallengeRow(by)).map(({ companies: k, ...r }) => {
    const row: Public<ChallengeBreakdownRow> = {
      ...r,
      published: publicFigure(r.published, k.posters, min),
      applications: publicFigure(r.applications, k.applicants, min),
      youngApplicants: publicFigure(r.youngApplicants, k.applicants, min),
      pocs: publicFigure(r.pocs, k.won, min),
      pocAmount: publicFigure(r.pocAmount, k.won, min),
      contracts: publicFigure(r.contracts, k.won, min),
      contractAmount: publicFigure(r.contractAmount, k.won, min),
      wonAmount: publicFigure(r.wonAmount, k.won, min),
      winners: publicFigure(r.winners, k.won, min),
    };
    return { k, row };
  });
  hideComplement(
    challenges.map((x) => ({ row: x.row, companies: x.k.posters })),
    (r) => r.published,
    (r) => {
      r.published = null;
    },
  );
  hideComplement(
    challenges.map((x) => ({ row: x.row, companies: x.k.applicants })),
    (r) => r.applications,
    (r) => {
      r.applications = null;
      r.youngApplicants = null;
    },
  );
  hideComplement(
    challenges.map((x) => ({ row: x.row, companies: x.k.won })),
    (r) => r.wonAmount,
    (r) => {
      Object.assign(r, { pocs: null, pocAmount: null, contracts: null, contractAmount: null, wonAmount: null, winners: null });
    },
  );
  const skills = s.map(toSkillsRow(by)).map(({ companies: k, ...r }) => {
    const row: Public<SkillsBreakdownRow> = {
      ...r,
      missions: publicFigure(r.missions, k.missions, min),
      days: publicFigure(r.days, k.given, min),
      valuedAmount: publicFigure(r.valuedAmount, k.given, min),
      companiesHelped: publicFigure(r.companiesHelped, k.given, min),
      sponsors: publicFigure(r.sponsors, k.given, min),
    };
    return { k, row };
  });
  hideComplement(
    skills.map((x) => ({ row: x.row, companies: x.k.missions })),
    (r) => r.missions,
    (r) => {
      r.missions = null;
    },
  );
  hideComplement(
    skills.map((x) => ({ row: x.row, companies: x.k.given })),
    (r) => r.valuedAmount,
    (r) => {
      Object.assign(r, { days: null, valuedAmount: null, companiesHelped: null, sponsors: null });
    },
  );
  return { challenges: challenges.map((x) => x.row), skills: skills.map((x) => x.row) };
}

export interface PublicAxesGroup {
  key: string | null;
  label: string;
  applications: number | null;
  wonAmount: number | null;
  days: number | null;
  valuedAmount: number | null;
}

/**
 * The barometer's table: per group, applications and amounts won (challenges), days given and their value
 * (skills), under the secret; a group is listed only when one of its figures may be published, so that the
 * table does not tell which activities count fewer than 5 companies.
 */
export async function publicAxesGroups(db: DbOrTx, period: Period, by: BreakdownDimension, min = MIN_COMPANIES_PER_CELL): Promise<PublicAxesGroup[]> {
  const { challenges, skills } = await publicAxesBreakdown(db, period, by, min);
  const groups = new Map<string | null, PublicAxesGroup>();
  const group = (key: string | null, label: string) => {
    const g = groups.get(key) ?? { key, label, applications: null, wonAmount: null, days: null, valuedAmount: null };
    groups.set(key, g);
    return g;
  };
  for (const c of challenges) Object.assign(group(c.key, c.label), { applications: c.applications, wonAmount: c.wonAmount });
  for (const s of skills) Object.assign(group(s.key, s.label), { days: s.days, valuedAmount: s.valuedAmount });
  return [...groups.values()]
    .filter((g) => [g.applications, g.wonAmount, g.days, g.valuedAmount].some((v) => v !== null))
    .sort((a, b) => a.label.localeCompare(b.label, "fr"));
}
