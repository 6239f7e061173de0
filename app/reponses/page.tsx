import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { companyAnswers } from "@/lib/answers/reads";
import { requireCompanyMember } from "@/lib/auth/guard";
import { supplierStatusLabel } from "@/lib/answers/access";
import { formatDate, formatEuros } from "@/lib/format";

export const metadata: Metadata = { title: "Mes réponses" };

const TONE: Record<string, string> = {
  awarded: "badge--ok",
  shortlisted: "badge--accent",
  not_retained: "badge--danger",
  withdrawn: "",
  submitted: "",
  interested: "badge--warn",
};

export default async function MyAnswersPage() {
  const { company } = await requireCompanyMember();
  const rows = await companyAnswers(getDb(), company.companyId);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Mes réponses</h1>
        <p>Les besoins auxquels {company.companyName} s&apos;est positionnée ou a répondu, seule ou en co-traitance, et leur issue.</p>
      </div>
      {rows.length === 0 ? (
        <div className="card">
          <p>Vous n&apos;avez encore répondu à aucun besoin.</p>
          <p>
            <Link href="/opportunites">Voir les opportunités</Link> : les besoins des acheteurs du territoire.
          </p>
        </div>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
          <table>
            <caption className="visually-hidden">Mes réponses</caption>
            <thead>
              <tr>
                <th scope="col">Besoin</th>
                <th scope="col">Acheteur</th>
                <th scope="col">Notre proposition</th>
                <th scope="col">Statut</th>
                <th scope="col">Issue</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const label = supplierStatusLabel({
                  status: r.status,
                  priceEur: r.priceEur,
                  pendingPartners: r.partners.filter((p) => p.status === "pending").length,
                  declinedPartners: r.partners.filter((p) => p.status === "declined").length,
                });
                return (
                  <tr key={r.id} data-testid="my-answer">
                    <td>
                      <Link href={`/reponses/${r.id}`}>
                        <strong>{r.needTitle}</strong>
                      </Link>
                      <br />
                      <span className="muted">
                        Réponses jusqu&apos;au {formatDate(r.responseDeadline)}
                        {r.role === "partner" ? ` · partenaire de ${r.leadName}` : r.partners.length ? " · mandataire d'une réponse groupée" : ""}
                      </span>
                    </td>
                    <td>{r.buyerName}</td>
                    <td>{r.priceEur !== null ? `${formatEuros(r.priceEur)} HT` : "—"}</td>
                    <td>
                      <span className={`badge ${TONE[r.status] ?? ""}`}>{label}</span>
                    </td>
                    <td>
                      {r.status === "awarded" && r.awardedEur !== null ? <>Marché attribué : {formatEuros(r.awardedEur)} HT</> : null}
                      {r.status === "not_retained" ? r.feedback ? <>Retour de l&apos;acheteur : « {r.feedback} »</> : "Sans commentaire de l'acheteur." : null}
                      {r.needStatus === "unsuccessful" && r.outcomeNote ? (
                        <>
                          <br />
                          Besoin sans suite : « {r.outcomeNote} »
                        </>
                      ) : null}
                      {r.needStatus === "cancelled" ? "Besoin annulé par l'acheteur." : null}
                      {r.rating ? (
                        <>
                          <br />
                          Note de l&apos;acheteur : {r.rating.rating}/5{r.rating.comment ? ` — « ${r.rating.comment} »` : ""}
                        </>
                      ) : null}
                      {r.followUpOpen ? (
                        <>
                          <br />
                          <Link href={`/besoins/${r.needId}/suivi`}>Avez-vous conclu ?</Link>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
