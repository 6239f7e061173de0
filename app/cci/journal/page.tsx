import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { findCompanyCard } from "@/lib/companies/reads";
import { requirePermission } from "@/lib/auth/guard";
import { describeChange } from "@/lib/audit/describe-change";
import { auditLabel } from "@/lib/audit/labels";
import { readAuditLog } from "@/lib/audit/read";
import { formatDateTime } from "@/lib/format";
import { z } from "@/lib/validation/zod";

export const metadata: Metadata = { title: "Journal d'audit — Back-office CCI" };

const ZParams = z.object({
  entreprise: z.uuid().optional().catch(undefined),
  /** "need:<uuid>", "offer:<uuid>", "company:<uuid>" */
  objet: z
    .string()
    .regex(/^(need|offer|company):[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission("audit:view");
  const params = ZParams.parse(await searchParams);
  const db = getDb();
  const [entries, company] = await Promise.all([
    readAuditLog(db, actor, { companyId: params.entreprise, objectType: params.objet?.split(":")[0], objectId: params.objet?.split(":")[1], limit: 200 }),
    params.entreprise ? findCompanyCard(db, params.entreprise) : Promise.resolve(null),
  ]);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Journal d&apos;audit</h1>
        <p>
          {company
            ? `Décisions concernant ${company.tradeName ?? company.legalName}.`
            : params.objet
              ? "Historique de cet objet."
              : "Les 200 dernières décisions et inscriptions."}
        </p>
      </div>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
        <table>
          <caption className="visually-hidden">Journal d&apos;audit</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Action</th>
              <th scope="col">Entreprise</th>
              <th scope="col">Par</th>
              <th scope="col">Avant → après</th>
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 ? (
              <tr>
                <td colSpan={5}>Aucune entrée.</td>
              </tr>
            ) : null}
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at)}</td>
                <td>
                  {auditLabel(e.action)}
                  {e.objectTitle ? <> : « {e.objectTitle} »</> : null}
                </td>
                <td>{e.companyName ?? "—"}</td>
                <td>{e.actor ?? "—"}</td>
                <td>
                  {e.masked ? (
                    <span className="muted" title="Contenu d'un objet privé (par exemple un brouillon), que vous ne pouvez pas consulter">
                      contenu masqué
                    </span>
                  ) : (
                    <ChangeList before={e.before} after={e.after} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Each changed field on its own line: « Statut : En attente de validation → Publié ». */
function ChangeList({ before, after }: { before: unknown; after: unknown }) {
  const changes = describeChange(before, after);
  if (changes.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="change-list">
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{c.label}</strong> :{" "}
          {c.before === null ? null : (
            <>
              <span>{c.before}</span> →{" "}
            </>
          )}
          <span>{c.after ?? "(vide)"}</span>
        </li>
      ))}
    </ul>
  );
}
