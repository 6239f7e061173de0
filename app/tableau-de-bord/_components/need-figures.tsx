/** The buyer's needs: answers per need, time to the first answer, needs with at least 3 local answers. */
import Link from "next/link";
import { BarsChart } from "@/app/_components/dashboards/charts";
import { KpiCards } from "@/app/_components/dashboards/kpi-cards";
import { ChartFigure } from "@/app/_components/dashboards/chart-figure";
import { needRatios, share } from "@/lib/dashboards/definitions";
import { formatCount, formatHours, formatRatio, formatShare } from "@/lib/dashboards/format";
import { monthLabel, periodLabel, periodQuery, shortMonthLabel } from "@/lib/dashboards/period";
import type { BuyerDashboard } from "@/lib/dashboards/service";

export function NeedFigures({ data, companyId }: { data: BuyerDashboard; companyId?: string }) {
  const { needs: m, period } = data;
  const r = needRatios(m);
  const drill = (besoins: string, mois?: string) => `/tableau-de-bord/besoins?${periodQuery(period, { besoins, mois, entreprise: companyId })}`;
  const cards = [
    { id: "besoins", value: formatCount(m.needs), label: "besoins publiés", href: drill("tous") },
    { id: "reponses", value: formatRatio(r.answersPerNeed), label: "réponses par besoin en moyenne", href: drill("tous") },
    { id: "delai", value: formatHours(r.hoursToFirstAnswer), label: "en moyenne avant la première réponse", href: drill("tous") },
    {
      id: "local3",
      value: formatShare(r.shareWithThreeLocal),
      label: `des besoins ont reçu au moins 3 réponses locales (${formatCount(m.withThreeLocal)})`,
      href: drill("3-locales"),
    },
    { id: "sans", value: formatCount(m.needs - m.answered), label: "besoins sans réponse", href: drill("sans-reponse") },
  ];
  return (
    <section aria-labelledby="besoins-titre" className="dashboard-section">
      <h2 id="besoins-titre">Besoins et réponses</h2>
      <KpiCards cards={cards} testIdPrefix="kpi" />
      <ChartFigure
        id="besoins-mois"
        title="Besoins publiés et besoins ayant reçu une réponse, par mois"
        summary={
          m.needs > 0
            ? `${formatCount(m.needs)} besoins publiés ${periodLabel(period)}, ${formatShare(share(m.answered, m.needs))} ont reçu au moins une réponse et ${formatShare(r.shareWithThreeLocal)} au moins 3 réponses locales.`
            : `Aucun besoin publié ${periodLabel(period)}.`
        }
        table={{
          columns: ["Mois", "Besoins publiés", "Avec réponse", "Réponses par besoin", "Délai moyen de 1re réponse", "Avec ≥ 3 réponses locales", "Attribués"],
          rows: data.needMonths.map((n) => {
            const nr = needRatios(n);
            return [
              <Link key={n.month} href={drill("tous", n.month)}>
                {monthLabel(n.month)}
              </Link>,
              formatCount(n.needs),
              formatCount(n.answered),
              formatRatio(nr.answersPerNeed),
              formatHours(nr.hoursToFirstAnswer),
              formatCount(n.withThreeLocal),
              formatCount(n.awarded),
            ];
          }),
        }}
      >
        <BarsChart
          unit="count"
          series={[
            { key: "needs", name: "Besoins publiés", color: "#0b5563" },
            { key: "answered", name: "Avec au moins une réponse", color: "#b4451f" },
          ]}
          data={data.needMonths.map((n) => ({ label: shortMonthLabel(n.month), needs: n.needs, answered: n.answered }))}
        />
      </ChartFigure>
    </section>
  );
}
