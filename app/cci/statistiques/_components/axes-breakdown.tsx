/** Innovation challenges and skills sponsorship by activity family and by commune, in the territory statistics. */
import { BarsChart, type ChartPoint } from "@/app/_components/dashboards/charts";
import { ChartFigure } from "@/app/_components/dashboards/chart-figure";
import { requirePermission } from "@/lib/auth/guard";
import { territoryAxesBreakdown, type ChallengeBreakdownRow, type SkillsBreakdownRow } from "@/lib/dashboards/axes-breakdown";
import { formatAmount, formatCount } from "@/lib/dashboards/format";
import { periodLabel, type Period } from "@/lib/dashboards/period";
import { getDb } from "@/lib/db";

/** Communes drawn in a chart; the table behind it lists them all. */
const TOP_COMMUNES = 10;

/** Recharts does not wrap axis labels: long activity names are cut, the table gives them whole. */
const short = (label: string) => (label.length > 30 ? `${label.slice(0, 29)}…` : label);

const WON = [
  { key: "poc", name: "Preuves de concept", color: "#0b5563" },
  { key: "contract", name: "Contrats", color: "#b4451f" },
];
const GIVEN = [{ key: "valued", name: "Mécénat valorisé", color: "#1e6b3a" }];

const challengePoints = (rows: ChallengeBreakdownRow[]): ChartPoint[] =>
  rows.filter((r) => r.wonAmount > 0).map((r) => ({ label: short(r.label), poc: r.pocAmount, contract: r.contractAmount }));
const skillsPoints = (rows: SkillsBreakdownRow[]): ChartPoint[] =>
  rows.filter((r) => r.valuedAmount > 0).map((r) => ({ label: short(r.label), valued: r.valuedAmount }));

function challengeTable(first: string, rows: ChallengeBreakdownRow[]) {
  return {
    columns: [
      first,
      "Défis publiés",
      "Candidatures",
      "dont jeunes entreprises",
      "Preuves de concept",
      "Montant des preuves de concept",
      "Contrats",
      "Montant des contrats",
    ],
    rows: rows.map((r) => [
      r.label,
      formatCount(r.published),
      formatCount(r.applications),
      formatCount(r.youngApplicants),
      formatCount(r.pocs),
      formatAmount(r.pocAmount),
      formatCount(r.contracts),
      formatAmount(r.contractAmount),
    ]),
  };
}

function skillsTable(first: string, rows: SkillsBreakdownRow[]) {
  return {
    columns: [first, "Missions validées", "Jours donnés", "Mécénat valorisé", "Entreprises aidées", "Mécènes"],
    rows: rows.map((r) => [
      r.label,
      formatCount(r.missions),
      formatCount(r.days),
      formatAmount(r.valuedAmount),
      formatCount(r.companiesHelped),
      formatCount(r.sponsors),
    ]),
  };
}

/** « 42 000 € gagnés, dont 30 000 € par les entreprises de la construction. » */
function wonSummary(rows: ChallengeBreakdownRow[], period: Period, where: string): string {
  const total = rows.reduce((s, r) => s + r.wonAmount, 0);
  if (total === 0) return `Aucune preuve de concept ni aucun contrat signé ${periodLabel(period)}.`;
  const top = rows[0];
  return `${formatAmount(total)} gagnés par les lauréats des défis ${periodLabel(period)}, dont ${formatAmount(top.wonAmount)} ${where} « ${top.label} ».`;
}

function givenSummary(rows: SkillsBreakdownRow[], period: Period, where: string): string {
  const total = rows.reduce((s, r) => s + r.valuedAmount, 0);
  if (total === 0) return `Aucun jour de mécénat déclaré ${periodLabel(period)}.`;
  const top = rows[0]; // the largest first (the query's order)
  return `${formatAmount(total)} de mécénat valorisé ${periodLabel(period)}, dont ${formatAmount(top.valuedAmount)} ${where} « ${top.label} ».`;
}

export async function AxesBreakdown({ period }: { period: Period }) {
  const actor = await requirePermission("dashboard:territory");
  const db = getDb();
  const bySection = await territoryAxesBreakdown(db, actor, period, "section");
  const byCommune = await territoryAxesBreakdown(db, actor, period, "commune");
  return (
    <section aria-labelledby="axes-repartition-titre" className="dashboard-section">
      <h2 id="axes-repartition-titre">Défis et mécénat par activité et par commune</h2>
      <p className="muted">
        Les défis publiés comptent pour l&apos;entreprise qui les publie, les candidatures pour la candidate, les preuves de concept et contrats pour le lauréat
        (partagés à parts égales s&apos;il y en a plusieurs) ; les missions et les jours de mécénat, pour l&apos;entreprise aidée. Les exports donnent aussi les
        divisions NAF et les EPCI.
      </p>
      <div className="grid grid--2">
        <ChartFigure
          id="defis-activite"
          title="Montants gagnés par les lauréats des défis, par famille d'activité"
          summary={wonSummary(
            bySection.challenges.filter((r) => r.wonAmount > 0),
            period,
            "par la famille",
          )}
          table={challengeTable("Famille d'activité", bySection.challenges)}
        >
          <BarsChart horizontal stacked unit="euro" series={WON} data={challengePoints(bySection.challenges)} />
        </ChartFigure>
        <ChartFigure
          id="mecenat-activite"
          title="Mécénat valorisé, par famille d'activité des entreprises aidées"
          summary={givenSummary(bySection.skills, period, "pour la famille")}
          table={skillsTable("Famille d'activité", bySection.skills)}
        >
          <BarsChart horizontal unit="euro" series={GIVEN} data={skillsPoints(bySection.skills)} />
        </ChartFigure>
      </div>
      <div className="grid grid--2">
        <ChartFigure
          id="defis-commune"
          title={`Montants gagnés par les lauréats des défis : les ${TOP_COMMUNES} premières communes`}
          summary={wonSummary(
            byCommune.challenges.filter((r) => r.wonAmount > 0),
            period,
            "par les entreprises de",
          )}
          table={challengeTable("Commune", byCommune.challenges)}
        >
          <BarsChart horizontal stacked unit="euro" series={WON} data={challengePoints(byCommune.challenges).slice(0, TOP_COMMUNES)} />
        </ChartFigure>
        <ChartFigure
          id="mecenat-commune"
          title={`Mécénat valorisé : les ${TOP_COMMUNES} premières communes des entreprises aidées`}
          summary={givenSummary(byCommune.skills, period, "pour les entreprises de")}
          table={skillsTable("Commune", byCommune.skills)}
        >
          <BarsChart horizontal unit="euro" series={GIVEN} data={skillsPoints(byCommune.skills).slice(0, TOP_COMMUNES)} />
        </ChartFigure>
      </div>
    </section>
  );
}
