import type { Metadata } from "next";
import Link from "next/link";
import { StatusFilters } from "@/app/_components/status-filters";
import { getDb } from "@/lib/db";
import { isCompanyPubliclyVisible } from "@/lib/companies/reads";
import { listCompanyOffers } from "@/lib/offers/reads";
import { requireCompanyMember } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format";
import { OFFER_STATUSES, OFFER_STATUS_LABELS } from "@/lib/offers/state-machine";
import { z } from "@/lib/validation/zod";
import { OfferStatusBadge } from "./_components/offer-status-badge";

export const metadata: Metadata = { title: "Mes offres" };

const ZParams = z.object({ statut: z.enum(OFFER_STATUSES).optional().catch(undefined), supprimee: z.string().optional() });

export default async function MyOffersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { company } = await requireCompanyMember("offer:create");
  const params = ZParams.parse(await searchParams);
  const db = getDb();
  const [{ rows, counts }, isPublic] = await Promise.all([
    listCompanyOffers(db, company.companyId, params.statut),
    isCompanyPubliclyVisible(db, company.companyId),
  ]);
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <div className="page">
      <div className="page-header page-header--actions">
        <div>
          <h1>Mes offres</h1>
          <p>
            Les produits et services que {company.companyName} propose aux entreprises du territoire. Une offre paraît sur votre fiche publique après validation
            par la CCI.
          </p>
        </div>
        <div className="actions" style={{ marginTop: 0 }}>
          <Link href="/offres/nouvelle" className="button">
            Proposer une offre
          </Link>
          {isPublic ? (
            <Link href={`/entreprises/${company.companyId}`} className="button button--secondary">
              Voir ma fiche publique
            </Link>
          ) : null}
        </div>
      </div>
      {params.supprimee ? (
        <div className="alert alert--ok" role="status">
          Brouillon supprimé.
        </div>
      ) : null}
      <StatusFilters basePath="/offres" allLabel="Toutes" statuses={OFFER_STATUSES} labels={OFFER_STATUS_LABELS} counts={counts} current={params.statut} />
      {rows.length === 0 ? (
        <div className="card">
          <p>{total === 0 ? "Vous n'avez encore proposé aucune offre." : "Aucune offre avec ce statut."}</p>
          {total === 0 ? (
            <p>
              <Link href="/offres/nouvelle">Décrire votre première offre</Link> : elle sera visible des acheteurs sur la fiche de votre entreprise.
            </p>
          ) : null}
        </div>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
          <table>
            <caption className="visually-hidden">Mes offres</caption>
            <thead>
              <tr>
                <th scope="col">Offre</th>
                <th scope="col">Activités</th>
                <th scope="col">Photos</th>
                <th scope="col">Mise à jour</th>
                <th scope="col">Statut</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link href={`/offres/${o.id}`}>
                      <strong>{o.title}</strong>
                    </Link>
                    {o.moderationNote && (o.status === "changes_requested" || o.status === "rejected") ? (
                      <>
                        <br />
                        <span className="muted">Message de la CCI : « {o.moderationNote} »</span>
                      </>
                    ) : null}
                  </td>
                  <td>{o.activities.join(", ")}</td>
                  <td>{o.photoCount}</td>
                  <td>{formatDate(o.updatedAt)}</td>
                  <td>
                    <OfferStatusBadge status={o.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
