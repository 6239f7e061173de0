import type { Metadata } from "next";
import Link from "next/link";
import { requireActor, pageAccess } from "@/lib/auth/guard";
import { formatDate, formatDateTime } from "@/lib/format";
import { RELAY_STAGE_LABELS } from "@/lib/partners/relays";
import { dashboardFromSpace, partnerSpace } from "@/lib/partners/space";
import { forwardAction, memberImportAction } from "./actions";
import { DashboardSection } from "./dashboard-section";
import { ForwardForm } from "./forward-form";
import { MemberImportForm } from "./import-form";

export const metadata: Metadata = { title: "Espace du réseau partenaire" };

/** The partner's space: needs its members rank well for (to forward), its relays, its members. */
export default async function PartnerSpacePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { partner, inbox, relays, members } = await pageAccess(() => partnerSpace(actor, id), { hide: true });
  const dashboard = await dashboardFromSpace(actor, partner.id);
  const forward = forwardAction.bind(null, partner.id);
  const importMembers = memberImportAction.bind(null, partner.id);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{partner.name}</h1>
        <p>Les besoins publiés pour lesquels vos adhérents sont bien classés, à leur transmettre avec un mot.</p>
      </div>

      <section aria-labelledby="inbox-title">
        <h2 id="inbox-title">Besoins pour vos adhérents ({inbox.length})</h2>
        {inbox.length === 0 ? (
          <p className="muted">Aucun besoin ouvert ne correspond pour l&apos;instant à vos adhérents.</p>
        ) : (
          inbox.map((n) => (
            <article key={n.needId} className="card" style={{ marginTop: "0.75rem" }} data-testid="partner-inbox-need">
              <h3>
                <Link href={`/besoins/${n.needId}`}>{n.title}</Link>
              </h3>
              <p>
                <strong>{n.headline}</strong> · {n.buyerName}, réponses jusqu&apos;au {formatDate(n.responseDeadline)}
              </p>
              <ForwardForm
                action={forward}
                needId={n.needId}
                members={n.members.map((m) => ({
                  companyId: m.companyId,
                  name: m.name,
                  reason: m.parts.slice().sort((a, b) => b.weight * b.value - a.weight * a.value)[0]?.sentence ?? "",
                }))}
              />
            </article>
          ))
        )}
      </section>

      <DashboardSection partnerId={partner.id} totals={dashboard.totals} months={dashboard.months} />

      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="relays-title">
        <h2 id="relays-title">Relais ({relays.length})</h2>
        {relays.length === 0 ? (
          <p className="muted">Aucun besoin transmis pour l&apos;instant.</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Relais (défilement horizontal possible)">
            <table>
              <thead>
                <tr>
                  <th scope="col">Besoin</th>
                  <th scope="col">Adhérent</th>
                  <th scope="col">Transmis le</th>
                  <th scope="col">Étape</th>
                </tr>
              </thead>
              <tbody>
                {relays.map((r) => (
                  <tr key={r.id} data-testid="partner-relay">
                    <td>{r.needTitle}</td>
                    <td>{r.companyName}</td>
                    <td>{formatDateTime(r.forwardedAt)}</td>
                    <td>{RELAY_STAGE_LABELS[r.stage]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="members-title">
        <h2 id="members-title">Adhérents ({members.length})</h2>
        <MemberImportForm action={importMembers} />
        {members.length === 0 ? (
          <p className="muted">Aucun adhérent pour l&apos;instant.</p>
        ) : (
          <ul>
            {members.slice(0, 200).map((m) => (
              <li key={m.id}>
                {m.name ?? "Entreprise inconnue du répertoire"}{" "}
                <span className="muted">
                  ({m.siret}
                  {m.onPlatform ? ", inscrite" : ""}
                  {m.status === "declared" ? ", adhésion déclarée à confirmer" : ""})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
