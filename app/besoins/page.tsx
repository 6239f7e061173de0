import type { Metadata } from "next";
import Link from "next/link";
import { StatusFilters } from "@/app/_components/status-filters";
import { getDb } from "@/lib/db";
import { listCompanyNeeds } from "@/lib/needs/reads";
import { requireCompanyMember } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format";
import { needKindLabel } from "@/lib/needs/csr";
import { NEED_STATUSES, NEED_STATUS_LABELS } from "@/lib/needs/state-machine";
import { z } from "@/lib/validation/zod";
import { NeedStatusBadge } from "./_components/need-status-badge";

export const metadata: Metadata = { title: "Mes besoins" };

const ZParams = z.object({
  statut: z.enum(NEED_STATUSES).optional().catch(undefined),
  supprime: z.string().optional(),
  /** Number of drafts a purchase-plan import just created (app/besoins/import). */
  importe: z.coerce.number().int().min(1).max(2000).optional().catch(undefined),
});

export default async function MyNeedsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { company } = await requireCompanyMember("need:create");
  const params = ZParams.parse(await searchParams);
  const { rows, counts } = await listCompanyNeeds(getDb(), company.companyId, params.statut);
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <div className="page">
      <div className="page-header page-header--actions">
        <div>
          <h1>Mes besoins</h1>
          <p>Les besoins d&apos;achat de {company.companyName} : brouillons, en validation, publiés et clos.</p>
        </div>
        <div className="actions" style={{ marginTop: 0 }}>
          <Link href="/besoins/nouveau" className="button">
            Publier un besoin
          </Link>
          <Link href="/besoins/import" className="button button--secondary">
            Importer un plan d&apos;achats
          </Link>
        </div>
      </div>
      {params.supprime ? (
        <div className="alert alert--ok" role="status">
          Brouillon supprimé.
        </div>
      ) : null}
      {params.importe ? (
        <div className="alert alert--ok" role="status">
          {params.importe > 1 ? `${params.importe.toLocaleString("fr-FR")} brouillons créés` : "1 brouillon créé"} à partir de votre plan d&apos;achats :
          relisez-les, puis envoyez-les à la CCI pour validation.
        </div>
      ) : null}
      <StatusFilters basePath="/besoins" allLabel="Tous" statuses={NEED_STATUSES} labels={NEED_STATUS_LABELS} counts={counts} current={params.statut} />
      {rows.length === 0 ? (
        <div className="card">
          <p>{total === 0 ? "Vous n'avez encore publié aucun besoin." : "Aucun besoin avec ce statut."}</p>
          {total === 0 ? (
            <p>
              <Link href="/besoins/nouveau">Décrire votre premier besoin</Link> : les fournisseurs locaux correspondants vous seront proposés.
            </p>
          ) : null}
        </div>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
          <table>
            <caption className="visually-hidden">Mes besoins</caption>
            <thead>
              <tr>
                <th scope="col">Besoin</th>
                <th scope="col">Type</th>
                <th scope="col">Lieu</th>
                <th scope="col">Date limite</th>
                <th scope="col">Statut</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((n) => (
                <tr key={n.id}>
                  <td>
                    <Link href={`/besoins/${n.id}`}>
                      <strong>{n.title}</strong>
                    </Link>
                    <br />
                    <span className="muted">
                      {n.activities.join(", ")} · modifié le {formatDate(n.updatedAt)}
                    </span>
                    {n.moderationNote && (n.status === "changes_requested" || n.status === "rejected") ? (
                      <>
                        <br />
                        <span className="muted">CCI : « {n.moderationNote} »</span>
                      </>
                    ) : null}
                  </td>
                  <td>{needKindLabel(n.kind)}</td>
                  <td>{n.communeName}</td>
                  <td>{formatDate(n.responseDeadline)}</td>
                  <td>
                    <NeedStatusBadge status={n.status} />
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
