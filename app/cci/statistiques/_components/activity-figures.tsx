/** Needs published / answered / awarded, and the local share of all buyers' purchases by month, EPCI and activity. */
import { BarsChart } from "@/app/_components/dashboards/charts";
import { ChartFigure, DataTableView } from "@/app/_components/dashboards/chart-figure";
import { needRatios, share } from "@/lib/dashboards/definitions";
import { formatAmount, formatCount, formatHours, formatPurchases, formatRatio, formatShare } from "@/lib/dashboards/format";
import { monthLabel, periodLabel, shortMonthLabel } from "@/lib/dashboards/period";
import type { TerritoryDashboard } from "@/lib/dashboards/service";

export function ActivityFigures({ data }: { data: TerritoryDashboard }) {
  const { totals: t, needs: m, period } = data;
  const r = needRatios(m);
  return (
    <section aria-labelledby="activite-titre" className="dashboard-section">
      <h2 id="activite-titre">Besoins et achats de tous les acheteurs</h2>
      <div className="grid grid--4 kpis">
        <div className="card kpi" data-testid="kpi-part-locale">
          <span className="stat">{formatShare(share(t.local.amount, t.amount))}</span>
          <span className="stat-label">part locale des montants attribués ({formatShare(share(t.local.purchases, t.purchases))} des achats en nombre)</span>
        </div>
        <div className="card kpi">
          <span className="stat">{formatAmount(t.amount)}</span>
          <span className="stat-label">attribués (HT), {formatPurchases(t.purchases)} achats</span>
        </div>
        <div className="card kpi">
          <span className="stat">{formatShare(share(t.sme.amount, t.amount))}</span>
          <span className="stat-label">du montant à des PME</span>
        </div>
        <div className="card kpi">
          <span className="stat">{formatCount(m.needs)}</span>
          <span className="stat-label">
            besoins publiés : {formatCount(m.answered)} avec réponse, {formatCount(m.awarded)} attribués ; {formatRatio(r.answersPerNeed)} réponses par besoin ;
            délai moyen avant la première réponse : {formatHours(r.hoursToFirstAnswer)}
          </span>
        </div>
      </div>
      <div className="grid grid--2">
        <ChartFigure
          id="besoins"
          title="Besoins publiés, avec réponse et attribués, par mois"
          summary={`${formatCount(m.needs)} besoins publiés ${periodLabel(period)} ; ${formatShare(share(m.answered, m.needs))} ont reçu une réponse, ${formatShare(share(m.awarded, m.needs))} sont attribués, ${formatShare(r.shareWithThreeLocal)} ont reçu au moins 3 réponses locales.`}
          table={{
            columns: ["Mois", "Publiés", "Avec réponse", "Attribués", "Avec ≥ 3 réponses locales"],
            rows: data.needMonths.map((n) => [
              monthLabel(n.month),
              formatCount(n.needs),
              formatCount(n.answered),
              formatCount(n.awarded),
              formatCount(n.withThreeLocal),
            ]),
          }}
        >
          <BarsChart
            unit="count"
            series={[
              { key: "needs", name: "Publiés", color: "#0b5563" },
              { key: "answered", name: "Avec réponse", color: "#b4451f" },
              { key: "awarded", name: "Attribués", color: "#1e6b3a" },
            ]}
            data={data.needMonths.map((n) => ({ label: shortMonthLabel(n.month), needs: n.needs, answered: n.answered, awarded: n.awarded }))}
          />
        </ChartFigure>
        <ChartFigure
          id="part-locale"
          title="Part locale des montants attribués, par mois"
          summary={
            t.amount > 0
              ? `${formatShare(share(t.local.amount, t.amount))} des ${formatAmount(t.amount)} attribués ${periodLabel(period)} sont allés à des fournisseurs du territoire.`
              : `Aucun achat attribué ${periodLabel(period)}.`
          }
          table={{
            columns: ["Mois", "Montant HT", "Part locale (montant)", "Part locale (nombre)", "Part PME (montant)"],
            rows: data.months.map((x) => [
              monthLabel(x.month),
              formatAmount(x.amount),
              formatShare(share(x.local.amount, x.amount)),
              formatShare(share(x.local.purchases, x.purchases)),
              formatShare(share(x.sme.amount, x.amount)),
            ]),
          }}
        >
          <BarsChart
            unit="percent"
            series={[{ key: "local", name: "Part locale", color: "#0b5563" }]}
            data={data.months.map((x) => ({ label: shortMonthLabel(x.month), local: share(x.local.amount, x.amount) }))}
          />
        </ChartFigure>
      </div>
      <div className="grid grid--2">
        <DataTableView
          caption="Montants par EPCI des fournisseurs"
          captionVisible
          table={{
            columns: ["EPCI", "Montant HT", "Achats", "Part du total"],
            rows: data.byEpci
              .slice(0, 20)
              .map((e) => [e.key ? e.label : "EPCI inconnu", formatAmount(e.amount), formatPurchases(e.purchases), formatShare(share(e.amount, t.amount))]),
          }}
        />
        <DataTableView
          caption="Montants par famille d'activité des fournisseurs"
          captionVisible
          table={{
            columns: ["Famille d'activité", "Montant HT", "Achats", "Part locale"],
            rows: data.bySection.map((s) => [s.label, formatAmount(s.amount), formatPurchases(s.purchases), formatShare(share(s.local.amount, s.amount))]),
          }}
        />
      </div>
    </section>
  );
}
