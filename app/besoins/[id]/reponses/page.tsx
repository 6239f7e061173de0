import { needForPage } from "@/app/besoins/_components/need-for-page";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { answersForComparison, type ComparisonSort, awardsOfNeed } from "@/lib/answers/reads";
import { formatDate, formatEuros } from "@/lib/format";
import { recommendationsForNeed } from "@/lib/partners/relays";
import { z } from "@/lib/validation/zod";
import { NeedStatusBadge } from "../../_components/need-status-badge";
import { ComparisonTable } from "./comparison-table";
import { AwardForm, UnsuccessfulForm } from "./decision-forms";

export const metadata: Metadata = { title: "Comparer les réponses" };

const ZParams = z.object({
  tri: z.enum(["prix", "delai", "distance", "score"]).optional().catch(undefined),
  decision: z.enum(["attribue", "sans-suite"]).optional().catch(undefined),
});

const DONE = {
  attribue: "Besoin attribué. Les fournisseurs retenus et non retenus sont prévenus par e-mail.",
  "sans-suite": "Besoin déclaré sans suite. Les fournisseurs qui avaient répondu sont prévenus par e-mail.",
};

export default async function CompareAnswersPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { actor, db, need: n, viewer } = await needForPage(params);
  // The buyer and staff only; a supplier never reaches the list of its competitors.
  if (viewer !== "owner" && viewer !== "staff") notFound();
  const { tri, decision } = ZParams.parse(await searchParams);
  const sort = tri as ComparisonSort | undefined;
  const [rows, awarded, recommendedBy] = await Promise.all([
    answersForComparison(db, n.id, viewer === "owner" ? "buyer" : "staff", sort),
    awardsOfNeed(db, n.id),
    recommendationsForNeed(db, actor, n.id),
  ]);
  const decides = viewer === "owner";
  const candidates = rows.filter((r) => r.status === "submitted" || r.status === "shortlisted");
  return (
    <div className="page">
      {decision ? (
        <div className="alert alert--ok" role="status">
          {DONE[decision]}
        </div>
      ) : null}
      <div className="page-header">
        <p className="muted">
          <Link href={`/besoins/${n.id}`}>← {n.title}</Link>
        </p>
        <h1>Réponses au besoin</h1>
        <p>
          <NeedStatusBadge status={n.status} /> <span className="muted">réponses jusqu&apos;au {formatDate(n.responseDeadline)}</span>
        </p>
        {viewer === "staff" ? (
          <div className="alert alert--info" role="note">
            Consultation CCI, en lecture seule.
          </div>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <div className="card">
          <p>Aucune entreprise ne s&apos;est encore positionnée sur ce besoin.</p>
        </div>
      ) : (
        <ComparisonTable needId={n.id} rows={rows} sort={sort} canShortlist={decides && n.status === "closed"} recommendedBy={recommendedBy} />
      )}
      <section className="card section-title" aria-labelledby="decision-title">
        <h2 id="decision-title">Décision</h2>
        {n.status === "published" ? (
          <p>
            Vous pourrez présélectionner et attribuer une fois la date limite passée ({formatDate(n.responseDeadline)}) : les réponses sont alors verrouillées.
          </p>
        ) : null}
        {n.status === "closed" && decides ? (
          candidates.length ? (
            <>
              <h3>Attribuer</h3>
              <p className="muted">
                Cochez la ou les réponses retenues et indiquez le montant de chacune. Les autres réponses déposées seront « non retenues » : vous pouvez leur
                laisser un retour.
              </p>
              <AwardForm needId={n.id} candidates={candidates.map((c) => ({ id: c.id, name: c.name, priceEur: c.priceEur }))} />
            </>
          ) : (
            <p>Aucune réponse déposée à attribuer.</p>
          )
        ) : null}
        {n.status === "closed" && decides ? (
          <>
            <h3>Ou déclarer le besoin sans suite</h3>
            <UnsuccessfulForm needId={n.id} />
          </>
        ) : null}
        {n.status === "closed" && !decides ? <p>En attente de la décision de l&apos;acheteur.</p> : null}
        {n.status === "awarded" ? (
          <>
            <p>Besoin attribué le {n.awardedAt ? formatDate(n.awardedAt) : "—"} :</p>
            <ul>
              {awarded.map((w) => (
                <li key={w.id}>
                  {w.supplierName} — {formatEuros(w.amountEur)} HT, le {formatDate(w.awardedOn)}
                </li>
              ))}
            </ul>
            {decides ? (
              <p>
                <Link href={`/besoins/${n.id}/suivi`}>Suivi : avez-vous conclu ? Noter le fournisseur</Link>
              </p>
            ) : null}
          </>
        ) : null}
        {n.status === "unsuccessful" ? <p>Besoin déclaré sans suite{n.outcomeNote ? ` : « ${n.outcomeNote} »` : "."}</p> : null}
        {n.status === "cancelled" ? <p>Besoin annulé{n.outcomeNote ? ` : « ${n.outcomeNote} »` : "."}</p> : null}
      </section>
    </div>
  );
}
