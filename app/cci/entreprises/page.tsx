import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { findCompanyCard, listCompanies, type CompanyStatusFilter } from "@/lib/companies/reads";
import { companiesWithUnverifiedMembers } from "@/lib/accounts/email-verification";
import { requirePermission } from "@/lib/auth/guard";
import { formatSiret } from "@/lib/companies/siret";
import { headcountLabel } from "@/lib/companies/headcount-bands";
import { countOf } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { CompanyRowActions } from "./company-row-actions";

export const metadata: Metadata = { title: "Entreprises — Back-office CCI" };

const STATUSES: { value: CompanyStatusFilter; label: string }[] = [
  { value: "members", label: "Membres (inscrites)" },
  { value: "imported", label: "Non signataires (SIRENE)" },
  { value: "all", label: "Toutes" },
  { value: "pending", label: "En attente de vérification" },
  { value: "verified", label: "Vérifiées" },
  { value: "large-buyers", label: "Donneurs d'ordre" },
  { value: "suspended", label: "Suspendues" },
];

const ZParams = z.object({
  q: z.string().trim().max(100).catch(""),
  statut: z.enum(["members", "imported", "all", "pending", "verified", "large-buyers", "suspended"]).catch("members"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  decision: z.enum(["verified", "flagged", "unflagged", "suspended", "reinstated"]).optional().catch(undefined),
  entreprise: z.uuid().optional().catch(undefined),
});

const DECISION_TEXT = {
  verified: (name: string) => `${name} est vérifiée.`,
  flagged: (name: string) => `${name} est désormais donneur d'ordre.`,
  unflagged: (name: string) => `${name} n'est plus donneur d'ordre.`,
  suspended: (name: string) => `${name} est suspendue : ses besoins et offres ne sont plus visibles.`,
  reinstated: (name: string) => `${name} est réactivée.`,
};

export default async function StaffCompaniesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission("staff:access");
  const params = ZParams.parse(await searchParams);
  const db = getDb();
  const [{ rows, total, page, pageSize }, decided] = await Promise.all([
    listCompanies(db, { q: params.q, status: params.statut, page: params.page }),
    params.decision && params.entreprise ? findCompanyCard(db, params.entreprise) : Promise.resolve(null),
  ]);
  const unconfirmed = await companiesWithUnverifiedMembers(
    db,
    rows.map((c) => c.id),
  );
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (p: number) => `/cci/entreprises?${new URLSearchParams({ q: params.q, statut: params.statut, page: String(p) })}`;
  const returnTo = link(page);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Entreprises</h1>
        <p>{countOf(total, "entreprise correspond", "entreprises correspondent")} aux filtres.</p>
      </div>
      {decided && params.decision ? (
        <div className="alert alert--ok" role="status" style={{ marginBottom: "1rem" }} data-testid="decision">
          {DECISION_TEXT[params.decision](decided.tradeName ?? decided.legalName)} <Link href={`/cci/journal?entreprise=${decided.id}`}>Voir le journal</Link>
        </div>
      ) : null}
      <form className="filters" method="get" role="search" aria-label="Filtrer les entreprises">
        <div className="field">
          <label htmlFor="q">Nom, SIRET ou SIREN</label>
          <input id="q" name="q" type="search" defaultValue={params.q} />
        </div>
        <div className="field">
          <label htmlFor="statut">Statut</label>
          <select id="statut" name="statut" defaultValue={params.statut}>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filtrer
        </button>
      </form>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
        <table>
          <caption className="visually-hidden">
            Entreprises inscrites, page {page} sur {pages}
          </caption>
          <thead>
            <tr>
              <th scope="col">Entreprise</th>
              <th scope="col">SIRET</th>
              <th scope="col">Activité</th>
              <th scope="col">Commune</th>
              <th scope="col">Statut</th>
              <th scope="col">Décisions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <td>
                  <strong>{c.tradeName ?? c.legalName}</strong>
                  {c.tradeName ? (
                    <>
                      <br />
                      <span className="muted">{c.legalName}</span>
                    </>
                  ) : null}
                  <br />
                  <span className="muted">{headcountLabel(c.headcountBand)}</span>
                </td>
                <td>{formatSiret(c.siret)}</td>
                <td>
                  {c.nafCode}
                  <br />
                  <span className="muted">{c.nafLabel}</span>
                </td>
                <td>{c.communeName}</td>
                <td>
                  {c.isLargeBuyer ? (
                    <>
                      <span className="badge badge--accent">Donneur d&apos;ordre</span>
                      <br />
                    </>
                  ) : null}
                  {c.suspendedAt ? (
                    <span className="badge badge--danger">Suspendue</span>
                  ) : c.verifiedAt ? (
                    <span className="badge badge--ok">Vérifiée</span>
                  ) : c.signedAt ? (
                    <span className="badge badge--warn">À vérifier</span>
                  ) : (
                    <span className="badge">Charte non signée</span>
                  )}
                  {unconfirmed.has(c.id) ? (
                    <>
                      <br />
                      <span className="badge badge--warn">Adresse e-mail non confirmée</span>
                    </>
                  ) : null}
                </td>
                <td>
                  <CompanyRowActions
                    companyId={c.id}
                    name={c.tradeName ?? c.legalName}
                    isLargeBuyer={c.isLargeBuyer}
                    verified={Boolean(c.verifiedAt)}
                    suspended={Boolean(c.suspendedAt)}
                    returnTo={returnTo}
                  />
                  <Link href={`/cci/journal?entreprise=${c.id}`} className="muted">
                    Journal
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pagination" aria-label="Pagination">
        {page > 1 ? <Link href={link(page - 1)}>← Précédente</Link> : null}
        <span>
          Page {page} sur {pages}
        </span>
        {page < pages ? <Link href={link(page + 1)}>Suivante →</Link> : null}
      </nav>
    </div>
  );
}
