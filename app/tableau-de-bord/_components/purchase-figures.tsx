/** The buyer's purchases: headline shares, months, activity families, EPCIs and communes, each linked to its needs. */
import Link from "next/link";
import { BarsChart } from "@/app/_components/dashboards/charts";
import { KpiCards } from "@/app/_components/dashboards/kpi-cards";
import { ChartFigure, DataTableView } from "@/app/_components/dashboards/chart-figure";
import type { BuyerDashboard } from "@/lib/dashboards/service";
import { share, TOP_COMMUNES, TOP_EPCIS, topAndRest, type RadiusKm } from "@/lib/dashboards/definitions";
import { formatAmount, formatPurchases, formatShare } from "@/lib/dashboards/format";
import { plural } from "@/lib/format";
import { monthLabel, periodLabel, periodQuery, shortMonthLabel } from "@/lib/dashboards/period";

const LOCAL = "#0b5563";
const OTHER = "#64748b";

export function PurchaseFigures({ data, radius, companyId }: { data: BuyerDashboard; radius: RadiusKm; companyId?: string }) {
  const { totals: t, period } = data;
  const drill = (extra: Record<string, string | number | undefined>) =>
    `/tableau-de-bord/besoins?${periodQuery(period, { ...extra, entreprise: companyId, rayon: radius })}`;
  const near = t.withinKm[radius];
  const cards = [
    {
      id: "montant",
      value: formatAmount(t.amount),
      label: `attribués (HT), ${formatPurchases(t.purchases)} ${plural(t.purchases, "achat", "achats")}`,
      href: drill({}),
    },
    {
      id: "local",
      value: formatShare(share(t.local.amount, t.amount)),
      label: `du montant à des fournisseurs du territoire (${formatShare(share(t.local.purchases, t.purchases))} des achats en nombre)`,
      href: drill({ local: "oui" }),
    },
    {
      id: "proche",
      value: formatShare(share(near.amount, t.amount)),
      label: `du montant à moins de ${radius} km du lieu du besoin (${formatShare(share(near.purchases, t.purchases))} en nombre)`,
      href: drill({ km: radius }),
    },
    {
      id: "pme",
      value: formatShare(share(t.sme.amount, t.amount)),
      label: `du montant à des PME (${formatShare(share(t.sme.purchases, t.purchases))} en nombre)`,
      href: drill({ pme: "oui" }),
    },
  ];
  const best = [...data.months].sort((a, b) => b.amount - a.amount)[0];
  const topSection = data.bySection[0];
  const epcis = topAndRest(data.byEpci, TOP_EPCIS);
  return (
    <section aria-labelledby="achats-titre" className="dashboard-section">
      <h2 id="achats-titre">Achats attribués</h2>
      <KpiCards cards={cards} testIdPrefix="kpi" />
      <div className="grid grid--2">
        <ChartFigure
          id="mois"
          title="Montant attribué par mois"
          summary={
            t.amount > 0
              ? `${formatAmount(t.amount)} attribués ${periodLabel(period)}, dont ${formatShare(share(t.local.amount, t.amount))} à des fournisseurs du territoire ; mois le plus élevé : ${monthLabel(best.month)} (${formatAmount(best.amount)}).`
              : `Aucun achat attribué ${periodLabel(period)}.`
          }
          table={{
            columns: ["Mois", "Montant HT", "Achats", "Part locale (montant)", "Part locale (nombre)", `À moins de ${radius} km`, "PME"],
            rows: data.months.map((m) => [
              <Link key={m.month} href={drill({ mois: m.month })}>
                {monthLabel(m.month)}
              </Link>,
              formatAmount(m.amount),
              formatPurchases(m.purchases),
              formatShare(share(m.local.amount, m.amount)),
              formatShare(share(m.local.purchases, m.purchases)),
              formatShare(share(m.withinKm[radius].amount, m.amount)),
              formatShare(share(m.sme.amount, m.amount)),
            ]),
          }}
        >
          <BarsChart
            unit="euro"
            stacked
            series={[
              { key: "local", name: "Fournisseurs du territoire", color: LOCAL },
              { key: "other", name: "Hors territoire", color: OTHER },
            ]}
            data={data.months.map((m) => ({ label: shortMonthLabel(m.month), local: m.local.amount, other: m.amount - m.local.amount }))}
          />
        </ChartFigure>
        <ChartFigure
          id="familles"
          title="Montant par famille d'activité des fournisseurs"
          summary={
            topSection
              ? `Première famille : ${topSection.label} (${formatAmount(topSection.amount)}, ${formatShare(share(topSection.local.amount, topSection.amount))} local).`
              : "Aucun achat sur la période."
          }
          table={{
            columns: ["Famille d'activité", "Montant HT", "Achats", "Part locale (montant)"],
            rows: data.bySection.map((s) => [
              <Link key={s.key} href={drill({ famille: s.key })}>
                {s.label}
              </Link>,
              formatAmount(s.amount),
              formatPurchases(s.purchases),
              formatShare(share(s.local.amount, s.amount)),
            ]),
          }}
        >
          <BarsChart
            unit="euro"
            stacked
            series={[
              { key: "local", name: "Fournisseurs du territoire", color: LOCAL },
              { key: "other", name: "Hors territoire", color: OTHER },
            ]}
            data={data.bySection.map((s) => ({ label: s.key, local: s.local.amount, other: s.amount - s.local.amount }))}
          />
        </ChartFigure>
      </div>
      <div className="grid grid--2">
        <DataTableView
          caption={epcis.rest ? `Par EPCI des fournisseurs (${TOP_EPCIS} premiers, les autres ensemble)` : "Par EPCI des fournisseurs"}
          captionVisible
          table={{
            columns: ["EPCI", "Montant HT", "Achats", "Part du montant"],
            rows: [
              ...epcis.top.map((e) => [
                <Link key={e.key} href={drill({ epci: e.key })}>
                  {e.key ? e.label : "EPCI inconnu"}
                </Link>,
                formatAmount(e.amount),
                formatPurchases(e.purchases),
                formatShare(share(e.amount, t.amount)),
              ]),
              ...(epcis.rest ? [epcis.rest] : []).map((o) => [
                `${o.count} autres EPCI (détail dans les exports)`,
                formatAmount(o.amount),
                formatPurchases(o.purchases),
                formatShare(share(o.amount, t.amount)),
              ]),
            ],
          }}
        />
        <DataTableView
          caption={`Par commune des fournisseurs (${TOP_COMMUNES} premières)`}
          captionVisible
          table={{
            columns: ["Commune", "Montant HT", "Achats", "Part du montant"],
            rows: data.byCommune.slice(0, TOP_COMMUNES).map((c) => [
              <Link key={c.key} href={drill({ commune: c.key })}>
                {c.label}
              </Link>,
              formatAmount(c.amount),
              formatPurchases(c.purchases),
              formatShare(share(c.amount, t.amount)),
            ]),
          }}
        />
      </div>
    </section>
  );
}
