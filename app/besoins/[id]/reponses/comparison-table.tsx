/** The comparison table: sortable by price, lead time, distance and match score; documents one click away. */
import Link from "next/link";
import type { ComparisonRow, ComparisonSort } from "@/lib/answers/reads";
import { BUYER_STATUS_LABELS } from "@/lib/answers/access";
import { formatDistance, formatEuros } from "@/lib/format";
import { ShortlistButton } from "./decision-forms";
import { RecommendedBy } from "@/app/_components/recommended-by";

const COLUMNS: { key: ComparisonSort; label: string }[] = [
  { key: "prix", label: "Prix HT" },
  { key: "delai", label: "Délai" },
  { key: "distance", label: "Distance" },
  { key: "score", label: "Pertinence" },
];

function SortHeader({ needId, column, sort }: { needId: string; column: (typeof COLUMNS)[number]; sort?: ComparisonSort }) {
  const active = sort === column.key;
  const direction = column.key === "score" ? "descending" : "ascending";
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <Link href={`/besoins/${needId}/reponses?tri=${column.key}`} aria-current={active ? "true" : undefined}>
        {column.label}
        <span className="visually-hidden">{active ? " (tri actuel)" : " : trier"}</span>
      </Link>
    </th>
  );
}

export function ComparisonTable({
  needId,
  rows,
  sort,
  canShortlist,
  recommendedBy,
}: {
  needId: string;
  rows: ComparisonRow[];
  sort?: ComparisonSort;
  canShortlist: boolean;
  recommendedBy?: Map<string, string[]>;
}) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
      <table className="comparison">
        <caption className="visually-hidden">
          Réponses des fournisseurs{sort ? `, triées par ${COLUMNS.find((c) => c.key === sort)?.label.toLowerCase()}` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">Fournisseur</th>
            {COLUMNS.map((c) => (
              <SortHeader key={c.key} needId={needId} column={c} sort={sort} />
            ))}
            <th scope="col">Validité</th>
            <th scope="col">Documents</th>
            <th scope="col">Statut</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="answer-row">
              <td>
                <strong>{r.name}</strong>
                <br />
                <span className="muted">{r.communeName}</span>
                <RecommendedBy names={recommendedBy?.get(r.companyId)} />
                {r.partners.length ? (
                  <>
                    <br />
                    <span className="muted">avec {r.partners.map((p) => `${p.name} (${p.sharePercent ?? "?"} %)`).join(", ")}</span>
                  </>
                ) : null}
                {r.detailsVisible && r.priceEur !== null ? (
                  <>
                    <br />
                    <Link href={`/reponses/${r.id}`}>
                      Lire la réponse<span className="visually-hidden"> de {r.name}</span>
                    </Link>
                  </>
                ) : null}
              </td>
              <td>{r.priceEur !== null ? `${formatEuros(r.priceEur)}` : <span className="muted">non déposée</span>}</td>
              <td>{r.leadTimeDays !== null ? `${r.leadTimeDays} j` : "—"}</td>
              <td>{r.distanceKm !== null ? formatDistance(r.distanceKm) : "—"}</td>
              <td>{r.score !== null ? `${Math.round(r.score * 100)} %` : "—"}</td>
              <td>{r.validityDays !== null ? `${r.validityDays} j` : "—"}</td>
              <td>
                {r.documents.length ? (
                  <ul className="attachments">
                    {r.documents.map((d) => (
                      <li key={d.id}>
                        <a href={`/api/files/${d.id}`}>{d.filename}</a>
                      </li>
                    ))}
                  </ul>
                ) : (
                  "—"
                )}
              </td>
              <td>
                <span className={`badge ${r.status === "awarded" ? "badge--ok" : r.status === "shortlisted" ? "badge--accent" : ""}`}>
                  {BUYER_STATUS_LABELS[r.status]}
                </span>
                {canShortlist && (r.status === "submitted" || r.status === "shortlisted") ? (
                  <div style={{ marginTop: "0.4rem" }}>
                    <ShortlistButton answerId={r.id} on={r.status === "submitted"} name={r.name} />
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
