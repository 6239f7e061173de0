/** The partner dashboard: what the network's relays brought its members, in figures and by month, with the CSV export. */
import { Fragment } from "react";
import { formatShare } from "@/lib/dashboards/format";
import { monthLabel } from "@/lib/dashboards/period";
import { formatEuros, formatNumber } from "@/lib/format";
import type { PartnerFigures, PartnerMonth } from "@/lib/partners/dashboard";

export function DashboardSection({ partnerId, totals, months }: { partnerId: string; totals: PartnerFigures; months: PartnerMonth[] }) {
  const figures: [string, string, string][] = [
    ["relays", "Relais", formatNumber(totals.relays)],
    ["needs", "Besoins transmis", formatNumber(totals.needs)],
    ["members", "Adhérents touchés", formatNumber(totals.membersReached)],
    ["opened", "Relais ouverts", formatNumber(totals.opened)],
    ["answered", "Réponses d'adhérents", formatNumber(totals.answered)],
    ["awarded", "Marchés remportés", formatNumber(totals.awarded)],
    ["amount", "Montant remporté (HT)", formatEuros(totals.amountEur)],
    ["local", "Part locale du montant", formatShare(totals.localShare)],
  ];
  return (
    <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">Tableau de bord</h2>
      <dl className="facts">
        {figures.map(([key, label, value]) => (
          <Fragment key={key}>
            <dt>{label}</dt>
            <dd data-testid={`partner-figure-${key}`}>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {months.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Relais par mois (défilement horizontal possible)">
          <table>
            <caption className="visually-hidden">Relais, réponses et marchés remportés par mois de transmission</caption>
            <thead>
              <tr>
                <th scope="col">Mois</th>
                <th scope="col">Relais</th>
                <th scope="col">Réponses</th>
                <th scope="col">Marchés remportés</th>
                <th scope="col">Montant (HT)</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{monthLabel(m.month)}</th>
                  <td>{formatNumber(m.relays)}</td>
                  <td>{formatNumber(m.answered)}</td>
                  <td>{formatNumber(m.awarded)}</td>
                  <td>{formatEuros(m.amountEur)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p>
        <a href={`/partenaires/${partnerId}/export`} download>
          Exporter les relais (CSV pour Excel)
        </a>
      </p>
    </section>
  );
}
