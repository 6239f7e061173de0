/** Members and signatories over time against the chamber's goal, verified companies, active buyers. */
import { LinesChart } from "@/app/_components/dashboards/charts";
import { ChartFigure } from "@/app/_components/dashboards/chart-figure";
import { share } from "@/lib/dashboards/definitions";
import { formatCount, formatShare } from "@/lib/dashboards/format";
import { monthLabel, shortMonthLabel } from "@/lib/dashboards/period";
import type { TerritoryDashboard } from "@/lib/dashboards/service";
import { formatDate } from "@/lib/format";

export function NetworkFigures({ data }: { data: TerritoryDashboard }) {
  const last = data.network.at(-1) ?? { members: 0, signatories: 0, verified: 0, month: data.period.to };
  const { goal } = data;
  const goalText = goal.overridden
    ? `objectif fixé : ${formatCount(goal.target)} signataires`
    : `objectif : doubler les ${formatCount(goal.baseline)} signataires du ${formatDate(`${goal.startDate}T12:00:00Z`)}, soit ${formatCount(goal.target)}`;
  return (
    <section aria-labelledby="reseau-titre" className="dashboard-section">
      <h2 id="reseau-titre">Réseau des entreprises</h2>
      <div className="grid grid--4 kpis">
        <div className="card kpi" data-testid="kpi-signataires">
          <span className="stat">{formatCount(last.signatories)}</span>
          <span className="stat-label">
            signataires de la charte ({formatShare(share(last.signatories, goal.target))} de l&apos;objectif de {formatCount(goal.target)})
          </span>
        </div>
        <div className="card kpi">
          <span className="stat">{formatCount(last.members)}</span>
          <span className="stat-label">entreprises membres (avec un compte)</span>
        </div>
        <div className="card kpi">
          <span className="stat">{formatCount(last.verified)}</span>
          <span className="stat-label">entreprises vérifiées par la CCI</span>
        </div>
        <div className="card kpi">
          <span className="stat">{formatCount(data.activeBuyers)}</span>
          <span className="stat-label">acheteurs actifs sur la période (un besoin publié ou un achat attribué)</span>
        </div>
      </div>
      <ChartFigure
        id="reseau"
        title="Membres et signataires, fin de chaque mois, face à l'objectif"
        summary={`Fin ${monthLabel(last.month)} : ${formatCount(last.signatories)} signataires et ${formatCount(last.members)} membres ; ${goalText}.`}
        table={{
          columns: ["Mois", "Membres", "Signataires", "Vérifiées", "Objectif (signataires)"],
          rows: data.network.map((n) => [
            monthLabel(n.month),
            formatCount(n.members),
            formatCount(n.signatories),
            formatCount(n.verified),
            formatCount(goal.target),
          ]),
        }}
      >
        <LinesChart
          unit="count"
          reference={{ value: goal.target, label: `Objectif : ${formatCount(goal.target)}` }}
          series={[
            { key: "members", name: "Membres", color: "#0b5563" },
            { key: "signatories", name: "Signataires", color: "#b4451f" },
            { key: "verified", name: "Vérifiées", color: "#1e6b3a" },
          ]}
          data={data.network.map((n) => ({ label: shortMonthLabel(n.month), members: n.members, signatories: n.signatories, verified: n.verified }))}
        />
      </ChartFigure>
    </section>
  );
}
