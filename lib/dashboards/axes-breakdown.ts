/**
 * Innovation challenges and skills sponsorship by activity (NAF section or division) and by place (EPCI or
 * commune) of the company concerned, for the staff statistics and their exports (db/queries/dashboards/
 * axes-breakdown.ts says which company each figure is counted with). `publicAxesBreakdown` applies the
 * statistical secret cell by cell, for any page that would show them outside the CCI.
 */
import type { DbOrTx } from "@/db/client";
import {
  challengeBreakdownRows, skillsBreakdownRows, type BreakdownDimension, type ChallengeBreakdownCols, type SkillsBreakdownCols,
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
  dimension, key: r.key, label: labelOf(dimension, r.key, r.label),
  published: n(r.published), applications: n(r.applications), youngApplicants: n(r.young_applicants),
  pocs: n(r.pocs), pocAmount: n(r.poc_amount), contracts: n(r.contracts), contractAmount: n(r.contract_amount),
  wonAmount: n(r.poc_amount) + n(r.contract_amount), winners: n(r.winners),
  companies: { posters: n(r.posters), applicants: n(r.applicants), won: Math.min(n(r.winners), n(r.awarded_posters)) },
});

const toSkillsRow = (dimension: BreakdownDimension) => (r: SkillsBreakdownCols) => ({
  dimension, key: r.key, label: labelOf(dimension, r.key, r.label),
  missions: n(r.missions), days: n(r.days), valuedAmount: n(r.valued), companiesHelped: n(r.helped), sponsors: n(r.sponsors),
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
 * The same, for the public: each figure is null where fewer than `min` companies stand behind it in its group
 * (posters, applicants, winners and their clients; companies helped and sponsors), as on the barometer.
 */
export async function publicAxesBreakdown(db: DbOrTx, period: Period, by: BreakdownDimension, min = MIN_COMPANIES_PER_CELL) {
  const [c, s] = [await challengeBreakdownRows(db, period, by, YOUNG_COMPANY_YEARS), await skillsBreakdownRows(db, period, by)];
  const challenges = c.map(toChallengeRow(by)).map(({ companies: k, ...r }): Public<ChallengeBreakdownRow> => ({
    ...r,
    published: publicFigure(r.published, k.posters, min),
    applications: publicFigure(r.applications, k.applicants, min), youngApplicants: publicFigure(r.youngApplicants, k.applicants, min),
    pocs: publicFigure(r.pocs, k.won, min), pocAmount: publicFigure(r.pocAmount, k.won, min),
    contracts: publicFigure(r.contracts, k.won, min), contractAmount: publicFigure(r.contractAmount, k.won, min),
    wonAmount: publicFigure(r.wonAmount, k.won, min), winners: publicFigure(r.winners, k.won, min),
  }));
  const skills = s.map(toSkillsRow(by)).map(({ companies: k, ...r }): Public<SkillsBreakdownRow> => ({
    ...r,
    missions: publicFigure(r.missions, k.missions, min), days: publicFigure(r.days, k.given, min),
    valuedAmount: publicFigure(r.valuedAmount, k.given, min), companiesHelped: publicFigure(r.companiesHelped, k.given, min),
    sponsors: publicFigure(r.sponsors, k.given, min),
  }));
  return { challenges, skills };
}
