/** What waits for the CCI and how fast it decides; whether e-mails reach people. */
import Link from "next/link";
import { DataTableView } from "@/app/_components/dashboards/chart-figure";
import { share } from "@/lib/dashboards/definitions";
import { formatCount, formatHours, formatShare } from "@/lib/dashboards/format";
import { periodLabel } from "@/lib/dashboards/period";
import type { TerritoryDashboard } from "@/lib/dashboards/service";
import { formatDate } from "@/lib/format";

const KIND = { company: "Entreprises à vérifier", need: "Besoins à valider", offer: "Offres à valider" } as const;

export function OperationsFigures({ data }: { data: TerritoryDashboard }) {
  const e = data.emails;
  return (
    <section aria-labelledby="operations-titre" className="dashboard-section">
      <h2 id="operations-titre">Modération et e-mails</h2>
      <div className="grid">
        <DataTableView
          caption={`Modération : en attente aujourd'hui, décisions ${periodLabel(data.period)}`}
          captionVisible
          table={{
            columns: ["File", "En attente", "Depuis le", "Décisions", "Délai moyen", "Délai médian"],
            rows: data.moderation.map((m) => [
              <Link key={m.kind} href="/cci/moderation">
                {KIND[m.kind]}
              </Link>,
              formatCount(m.waiting),
              m.oldestWaitingSince ? formatDate(m.oldestWaitingSince) : "—",
              formatCount(m.decided),
              formatHours(m.avgHours),
              formatHours(m.medianHours),
            ]),
          }}
        />
        <DataTableView
          caption={`E-mails créés ${periodLabel(data.period)}`}
          captionVisible
          table={{
            columns: ["Indicateur", "Nombre", "Part"],
            rows: [
              [
                <Link key="sent" href="/cci/emails?statut=sent">
                  Envoyés
                </Link>,
                formatCount(e.sent),
                formatShare(share(e.sent, e.total)),
              ],
              [
                <Link key="failed" href="/cci/emails?statut=failed">
                  En échec
                </Link>,
                formatCount(e.failed),
                formatShare(share(e.failed, e.total)),
              ],
              ["Envoyés après plusieurs tentatives", formatCount(e.retried), formatShare(share(e.retried, e.total))],
              [
                <Link key="queued" href="/cci/emails?statut=queued">
                  En attente d&apos;envoi
                </Link>,
                formatCount(e.queued),
                formatShare(share(e.queued, e.total)),
              ],
              ["Désinscriptions des alertes sur la période", formatCount(e.optedOutInPeriod), "—"],
              ["Utilisateurs désinscrits (total)", formatCount(e.optedOut), "—"],
            ],
          }}
        />
      </div>
    </section>
  );
}
