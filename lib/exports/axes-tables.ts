/**
 * Staff exports of the programme's two other axes by activity and by place: one row per NAF section, NAF
 * division, EPCI and commune of the company concerned (the breakdowns of the statistics page, whole). A few
 * hundred rows at most, read one dimension at a time.
 */
import {
  BREAKDOWN_DIMENSIONS,
  challengeBreakdown,
  skillsBreakdown,
  type BreakdownDimension,
  type ChallengeBreakdownRow,
  type SkillsBreakdownRow,
} from "@/lib/dashboards/axes-breakdown";
import { parsePeriod, periodLabel, type Period } from "@/lib/dashboards/period";
import { col, type ExportColumn, type ExportTable } from "./types";

type WithPeriod<Row> = Row & { period: Period };

const dimensionLabel = (d: BreakdownDimension) => BREAKDOWN_DIMENSIONS.find((x) => x.key === d)?.label ?? d;

function groupColumns<Row extends { dimension: BreakdownDimension; key: string | null; label: string; period: Period }>(): ExportColumn<Row>[] {
  return [
    col<Row>("periode", "Période", "text", (r) => periodLabel(r.period)),
    col<Row>("regroupement", "Regroupement", "text", (r) => dimensionLabel(r.dimension)),
    col<Row>("code", "Code", "text", (r) => r.key),
    col<Row>("libelle", "Libellé", "text", (r) => r.label),
  ];
}

/** Every dimension in turn, as one page each; without a period asked for, the statistics page's default. */
async function* byDimension<Row>(period: Period | undefined, read: (p: Period, by: BreakdownDimension) => Promise<Row[]>): AsyncGenerator<WithPeriod<Row>[]> {
  const p = period ?? parsePeriod({});
  for (const d of BREAKDOWN_DIMENSIONS) yield (await read(p, d.key)).map((r) => ({ ...r, period: p }));
}

export const challengesBreakdownTable: ExportTable<WithPeriod<ChallengeBreakdownRow>> = {
  key: "defis-repartition",
  title: "Défis par activité et commune",
  scope: "platform",
  permission: "dashboard:territory",
  columns: [
    ...groupColumns<WithPeriod<ChallengeBreakdownRow>>(),
    col("publies", "Défis publiés (par l'entreprise qui publie)", "integer", (r) => r.published),
    col("candidatures", "Candidatures (par la candidate)", "integer", (r) => r.applications),
    col("jeunes", "Candidates jeunes entreprises", "integer", (r) => r.youngApplicants),
    col("poc", "Preuves de concept (par le lauréat)", "integer", (r) => r.pocs),
    col("montant_poc", "Montant des preuves de concept HT", "amount", (r) => r.pocAmount),
    col("contrats", "Contrats (par le lauréat)", "integer", (r) => r.contracts),
    col("montant_contrats", "Montant des contrats HT", "amount", (r) => r.contractAmount),
    col("laureats", "Lauréats", "integer", (r) => r.winners),
  ],
  pages: (db, s) => byDimension(s.period, (p, by) => challengeBreakdown(db, p, by)),
};

export const skillsBreakdownTable: ExportTable<WithPeriod<SkillsBreakdownRow>> = {
  key: "mecenat-repartition",
  title: "Mécénat par activité et commune",
  scope: "platform",
  permission: "dashboard:territory",
  columns: [
    ...groupColumns<WithPeriod<SkillsBreakdownRow>>(),
    col("missions", "Missions validées", "integer", (r) => r.missions),
    col("jours", "Jours donnés", "number", (r) => r.days),
    col("valorisation", "Mécénat valorisé HT", "amount", (r) => r.valuedAmount),
    col("entreprises_aidees", "Entreprises aidées", "integer", (r) => r.companiesHelped),
    col("mecenes", "Entreprises mécènes", "integer", (r) => r.sponsors),
  ],
  pages: (db, s) => byDimension(s.period, (p, by) => skillsBreakdown(db, p, by)),
};
