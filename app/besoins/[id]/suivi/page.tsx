import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { needOfUrl } from "@/app/besoins/_components/need-for-page";
import { awardsOfNeed, followUpOf, ratingsOfNeed } from "@/lib/answers/reads";
import { isMemberOf } from "@/lib/answers/access";
import { formatDate, formatEuros } from "@/lib/format";
import { FollowUpForm, RatingForm } from "./follow-up-forms";

export const metadata: Metadata = { title: "Avez-vous conclu ?" };

export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, db, loaded } = await needOfUrl(params);
  const n = loaded.need;
  const isBuyer = isMemberOf(actor, n.companyId);
  const followUp = await followUpOf(
    db,
    n.id,
    actor.memberships.map((m) => m.companyId),
  );
  // Only the two sides of the award reach this page.
  if (!followUp && !(isBuyer && n.status === "awarded")) notFound();
  const [awarded, ratings] = isBuyer ? await Promise.all([awardsOfNeed(db, n.id), ratingsOfNeed(db, n.id)]) : [[], []];
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <p className="muted">
          <Link href={`/besoins/${n.id}`}>← {n.title}</Link>
        </p>
        <h1>Avez-vous conclu ?</h1>
        <p>Votre réponse mesure les achats réellement faits auprès des entreprises du territoire. Elle n&apos;est visible que de la CCI.</p>
      </div>
      {followUp ? (
        <section className="card" aria-labelledby="follow-up-title">
          <h2 id="follow-up-title">Suivi du besoin « {n.title} »</h2>
          {followUp.respondedAt ? <p className="muted">Dernière réponse le {formatDate(followUp.respondedAt)}.</p> : null}
          <FollowUpForm needId={n.id} current={{ outcome: followUp.outcome, amountEur: followUp.amountEur, reason: followUp.reason }} />
        </section>
      ) : (
        <p>Le suivi vous sera demandé par e-mail quelques jours après le démarrage prévu.</p>
      )}
      {isBuyer && awarded.length ? (
        <section className="card section-title" aria-labelledby="rating-title">
          <h2 id="rating-title">Noter le fournisseur</h2>
          <p className="muted">Votre note et votre commentaire ne sont visibles que du fournisseur et de la CCI.</p>
          {awarded.map((w) => (
            <div key={w.id} className="section-title">
              <p>
                <strong>{w.supplierName}</strong> — {formatEuros(w.amountEur)} HT attribués le {formatDate(w.awardedOn)}
              </p>
              <RatingForm
                needId={n.id}
                supplier={{ id: w.supplierCompanyId, name: w.supplierName }}
                current={ratings.find((r) => r.supplierCompanyId === w.supplierCompanyId) ?? null}
              />
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
