/** Business meetings (« rendez-vous d'affaires ») in the territory statistics: held → answers → awards, purchases they started. */
import { getDb } from "@/lib/db";
import { KpiCards } from "@/app/_components/dashboards/kpi-cards";
import { requirePermission } from "@/lib/auth/guard";
import { share } from "@/lib/dashboards/definitions";
import { formatAmount, formatCount, formatShare } from "@/lib/dashboards/format";
import type { Period } from "@/lib/dashboards/period";
import { territoryEventOutcomes } from "@/lib/events/outcomes";

export async function EventFigures({ period }: { period: Period }) {
  const actor = await requirePermission("dashboard:territory");
  const o = await territoryEventOutcomes(getDb(), actor, period);
  return (
    <section aria-labelledby="rdv-titre" className="dashboard-section">
      <h2 id="rdv-titre">Rendez-vous d&apos;affaires</h2>
      <p className="muted">
        Rendez-vous tenus (les deux entreprises accueillies), puis ce qui a suivi selon les avis des participants et les réponses et attributions sur la
        plateforme.
      </p>
      <KpiCards
        testIdPrefix="kpi-rdv"
        cards={[
          { id: "tenus", value: formatCount(o.held), label: `rendez-vous tenus (${formatCount(o.withFeedback)} avec un avis)` },
          { id: "reponses", value: formatCount(o.followedByAnswer), label: "suivis d'une réponse (devis, besoin publié ou réponse)" },
          { id: "attributions", value: formatCount(o.followedByAward), label: "suivis d'un marché attribué" },
          {
            id: "achats",
            value: formatAmount(o.amount),
            label: `d'achats nés d'un rendez-vous (${formatCount(o.purchases)}), dont ${formatShare(share(o.localAmount, o.amount))} à des fournisseurs locaux`,
          },
        ]}
      />
    </section>
  );
}
