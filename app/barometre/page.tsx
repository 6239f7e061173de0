import type { Metadata } from "next";
import { BarsChart } from "@/app/_components/dashboards/charts";
import { KpiCards } from "@/app/_components/dashboards/kpi-cards";
import { ChartFigure, DataTableView } from "@/app/_components/dashboards/chart-figure";
import { MIN_COMPANIES_PER_CELL } from "@/lib/dashboards/definitions";
import { formatAmount, formatCount, formatShare } from "@/lib/dashboards/format";
import { monthLabel } from "@/lib/dashboards/period";
import { barometerFigures } from "@/lib/dashboards/figures";
import type { Barometer } from "@/lib/dashboards/service";
import { countOf } from "@/lib/format";

export const metadata: Metadata = {
  title: "Baromètre des achats locaux",
  description: "Combien d'entreprises, de besoins publiés, et quelle part des achats confiée aux entreprises du territoire.",
};

const SECRET = "secret statistique";
const shown = (n: number | null) => (n === null ? SECRET : formatCount(n));
/** "2026-04" (first month of a quarter) → "T2 2026" */
const quarterLabel = (q: string) => `T${Math.ceil(Number(q.slice(5, 7)) / 3)} ${q.slice(0, 4)}`;

function needsSummary(quarters: Barometer["quarters"]): string {
  const shown = quarters.filter((q) => q.needs !== null);
  const last = shown.at(-1);
  if (!last || last.needs === null) return "Pas encore assez d'acheteurs pour publier ce chiffre.";
  return `${formatCount(last.needs)} besoins publiés au ${quarterLabel(last.quarter)} ; ${countOf(shown.length, "trimestre publiable", "trimestres publiables")} sur les ${quarters.length} derniers.`;
}

export default async function BarometerPage() {
  // Figures at most a minute old, shared by every visitor (lib/dashboards/figures.ts).
  const { barometer: b, territory } = await barometerFigures();
  const cards = [
    { id: "signataires", value: b.signatories === null ? SECRET : formatCount(b.signatories), label: "entreprises signataires de la charte" },
    { id: "membres", value: b.members === null ? SECRET : formatCount(b.members), label: "entreprises membres de la plateforme" },
    {
      id: "besoins",
      value: b.needsPublished === null ? SECRET : formatCount(b.needsPublished),
      label: `besoins d'achat publiés depuis ${monthLabel(b.year.from)}`,
    },
    {
      id: "part-locale",
      value: b.localShare === null ? SECRET : formatShare(b.localShare),
      label: `des montants attribués depuis ${monthLabel(b.year.from)} sont allés à des entreprises du territoire`,
    },
  ];
  const lastShare = [...b.quarters].reverse().find((q) => q.localShare !== null);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Baromètre des achats locaux</h1>
        <p>
          Ce que les acheteurs confient aux entreprises du territoire ({territory}) grâce à Circuit Court. Des chiffres agrégés : aucun montant ni aucune donnée
          d&apos;entreprise n&apos;est publié.
        </p>
      </div>
      <KpiCards cards={cards} testIdPrefix="barometre" />
      <div className="grid grid--2 dashboard-block">
        <ChartFigure
          id="tendance-part"
          title="Part locale des montants attribués, par trimestre"
          summary={
            lastShare
              ? `Au ${quarterLabel(lastShare.quarter)}, ${formatShare(lastShare.localShare)} des montants attribués sont allés à des entreprises du territoire.`
              : "Pas encore assez d'achats attribués pour publier ce chiffre."
          }
          table={{
            columns: ["Trimestre", "Part locale des montants"],
            rows: b.quarters.map((q) => [quarterLabel(q.quarter), q.localShare === null ? SECRET : formatShare(q.localShare)]),
          }}
        >
          <BarsChart
            unit="percent"
            series={[{ key: "share", name: "Part locale", color: "#0b5563" }]}
            data={b.quarters.map((q) => ({ label: quarterLabel(q.quarter), share: q.localShare }))}
          />
        </ChartFigure>
        <ChartFigure
          id="tendance-besoins"
          title="Besoins d'achat publiés, par trimestre"
          summary={needsSummary(b.quarters)}
          table={{
            columns: ["Trimestre", "Besoins publiés"],
            rows: b.quarters.map((q) => [quarterLabel(q.quarter), q.needs === null ? SECRET : formatCount(q.needs)]),
          }}
        >
          <BarsChart
            unit="count"
            series={[{ key: "needs", name: "Besoins publiés", color: "#b4451f" }]}
            data={b.quarters.map((q) => ({ label: quarterLabel(q.quarter), needs: q.needs }))}
          />
        </ChartFigure>
      </div>
      <section aria-labelledby="axes-titre" className="dashboard-block">
        <h2 id="axes-titre">Innovation et mécénat de compétences depuis {monthLabel(b.year.from)}</h2>
        <p className="muted">
          Les deux autres volets du programme : les défis que les grands comptes ouvrent aux start-up et PME, et les experts qu&apos;ils prêtent aux TPE et PME
          pour une mission.
        </p>
        <KpiCards
          testIdPrefix="barometre-axes"
          cards={[
            { id: "defis", value: shown(b.challenges.published), label: "défis d'innovation publiés" },
            { id: "candidatures", value: shown(b.challenges.applications), label: "candidatures de start-up et PME à ces défis" },
            {
              id: "gagne",
              value: b.challenges.wonAmount === null ? SECRET : formatAmount(b.challenges.wonAmount),
              label: "de preuves de concept et de contrats signés par les lauréats",
            },
            { id: "missions", value: shown(b.skills.missions), label: "missions de mécénat de compétences validées" },
            { id: "jours", value: shown(b.skills.days), label: "jours d'expertise donnés" },
            {
              id: "valorisation",
              value: b.skills.valuedAmount === null ? SECRET : formatAmount(b.skills.valuedAmount),
              label: "de mécénat valorisé (jours donnés × coût journalier de l'entreprise mécène)",
            },
          ]}
        />
        {b.axesBySection.length ? (
          <DataTableView
            caption="Par famille d'activité des start-up, PME et TPE concernées"
            captionVisible
            table={{
              columns: ["Famille d'activité", "Candidatures aux défis", "Montants gagnés par les lauréats", "Jours d'expertise reçus", "Mécénat valorisé"],
              rows: b.axesBySection.map((g) => [
                g.label,
                shown(g.applications),
                g.wonAmount === null ? SECRET : formatAmount(g.wonAmount),
                shown(g.days),
                g.valuedAmount === null ? SECRET : formatAmount(g.valuedAmount),
              ]),
            }}
          />
        ) : (
          <p className="muted" data-testid="barometre-axes-familles">
            Le détail par famille d&apos;activité paraîtra quand chacune comptera assez d&apos;entreprises pour respecter le secret statistique.
          </p>
        )}
      </section>
      <section aria-labelledby="methode" className="card prose">
        <h2 id="methode">Méthode</h2>
        <p>
          Un achat est une attribution enregistrée par un acheteur sur la plateforme ; une attribution annulée ne compte pas. Il est local quand le fournisseur
          est établi dans une commune du territoire ; une réponse groupée est répartie entre co-traitants selon leur part.
        </p>
        <p>
          Un défi compte à sa publication, une candidature à son dépôt, les montants (hors taxes) quand le porteur du défi choisit son lauréat. Une mission de
          mécénat compte quand la CCI la valide ; les jours sont ceux que l&apos;entreprise aidée et le mécène déclarent chaque semaine. Par famille
          d&apos;activité, une candidature compte pour l&apos;activité de la candidate, les montants pour celle du lauréat, les jours pour celle de
          l&apos;entreprise aidée.
        </p>
        <p>
          Secret statistique : un chiffre calculé à partir de moins de {MIN_COMPANIES_PER_CELL} entreprises (acheteurs ou fournisseurs ; porteurs de défis,
          candidats ou lauréats ; mécènes ou entreprises aidées) n&apos;est pas publié ; il apparaît comme « {SECRET} ». Dans le détail par famille
          d&apos;activité, un chiffre qui se déduirait du total et des autres familles est masqué lui aussi.
        </p>
      </section>
    </div>
  );
}
