import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { companyStanding } from "@/db/queries/companies";
import { listPublishedNeeds } from "@/db/queries/needs";
import { activeCompany } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format";
import { needKindLabel } from "@/lib/needs/csr";

export const metadata: Metadata = { title: "Opportunités" };

export default async function OpportunitiesPage() {
  const actor = await requireActor();
  const company = activeCompany(actor);
  const db = getDb();
  const standing = company ? await companyStanding(db, company.companyId) : null;
  const allowed = actor.platformRole === "staff" || (standing?.verified && !standing.suspended);
  const needs = allowed ? await listPublishedNeeds(db) : [];
  return (
    <div className="page">
      <div className="page-header">
        <h1>Opportunités</h1>
        <p>Les besoins publiés par les acheteurs du territoire, ouverts aux réponses, de l&apos;échéance la plus proche à la plus lointaine.</p>
      </div>
      {!allowed ? (
        <div className="alert alert--info" role="note">
          Les besoins des acheteurs sont réservés aux entreprises vérifiées par la CCI. Votre entreprise est en cours de vérification :
          vous serez prévenu par e-mail.
        </div>
      ) : needs.length === 0 ? (
        <p className="muted">Aucun besoin ouvert pour le moment.</p>
      ) : (
        <ul className="queue">
          {needs.map((n) => (
            <li key={n.id} className="card">
              <h2 className="h3"><Link href={`/besoins/${n.id}`}>{n.title}</Link></h2>
              <p className="muted">
                {n.companyName}{n.isLargeBuyer ? " (donneur d'ordre)" : ""} · {needKindLabel(n.kind)} · {n.communeName} · {n.activities.join(", ")}
              </p>
              <p>Réponses jusqu&apos;au <strong>{formatDate(n.responseDeadline)}</strong></p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
