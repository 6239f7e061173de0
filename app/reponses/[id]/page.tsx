import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { loadAnswer } from "@/lib/answers/reads";
import { requireActor } from "@/lib/auth/guard";
import { answersOpen, answerViewer, BUYER_STATUS_LABELS, isAdminOf, isMemberOf, mayReadAnswerDetails, supplierStatusLabel } from "@/lib/answers/access";
import { formatDate, formatDateTime, formatEuros, formatNumber } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { recommendationsForNeed } from "@/lib/partners/relays";
import { RecommendedBy } from "@/app/_components/recommended-by";
import { PartnerReplyForm, WithdrawForm } from "./answer-actions";

export const metadata: Metadata = { title: "Réponse à un besoin" };

const PARTNER_STATUS = { pending: "accord attendu", accepted: "a accepté", declined: "a décliné" } as const;

export default async function AnswerDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const loaded = await loadAnswer(getDb(), id.data);
  const viewer = loaded ? answerViewer(actor, loaded.facts) : null;
  // Someone else's answer: as if it did not exist.
  if (!loaded || !viewer) notFound();
  const { answer: a, partners } = loaded;
  const details = mayReadAnswerDetails(viewer, a.status);
  const open = answersOpen({ status: loaded.needStatus, responseDeadline: loaded.responseDeadline }, new Date());
  const label =
    viewer === "buyer" || viewer === "staff"
      ? BUYER_STATUS_LABELS[a.status]
      : supplierStatusLabel({
          status: a.status,
          priceEur: a.priceEur,
          pendingPartners: partners.filter((p) => p.status === "pending").length,
          declinedPartners: partners.filter((p) => p.status === "declined").length,
        });
  const myPartnerRow = viewer === "partner" ? partners.find((p) => isMemberOf(actor, p.companyId)) : undefined;
  // The networks that relayed the need to this supplier: for the buyer and staff (the function gives others nothing).
  const recommendedBy = viewer === "buyer" || viewer === "staff" ? (await recommendationsForNeed(getDb(), actor, a.needId)).get(a.companyId) : undefined;
  const flash = await searchParams;
  return (
    <div className="page page--narrow">
      {flash.deposee ? (
        <div className="alert alert--ok" role="status">
          Réponse déposée : l&apos;acheteur peut la consulter. Vous pouvez la modifier jusqu&apos;à la date limite.
        </div>
      ) : null}
      {flash.retiree ? (
        <div className="alert alert--ok" role="status">
          Réponse retirée : l&apos;acheteur ne la voit plus. Vous pouvez en déposer une nouvelle avant la date limite.
        </div>
      ) : null}
      {flash.partenaires ? (
        <div className="alert alert--ok" role="status">
          Réponse enregistrée : vos partenaires sont invités par e-mail à l&apos;accepter. Elle sera transmise à l&apos;acheteur quand tous auront accepté.
        </div>
      ) : null}
      <div className="page-header">
        <p className="muted">
          {viewer === "partner" ? `Réponse groupée de ${loaded.companyName}` : loaded.companyName} <RecommendedBy names={recommendedBy} inline />
        </p>
        <h1>Réponse à « {loaded.needTitle} »</h1>
        <p>
          <span className="badge">{label}</span>{" "}
          {a.submittedAt ? (
            <span className="muted">
              {/déposée$/.test(label) ? "le" : "déposée le"} {formatDateTime(a.submittedAt)}
            </span>
          ) : null}
        </p>
      </div>
      <section className="card" aria-labelledby="answer-terms">
        <h2 id="answer-terms">Conditions proposées</h2>
        {details && a.priceEur !== null ? (
          <dl className="facts">
            <dt>Prix</dt>
            <dd>
              {formatEuros(a.priceEur)} HT
              {a.unitPriceEur !== null && a.quantity !== null ? ` (${formatEuros(a.unitPriceEur)} × ${formatNumber(a.quantity)})` : ""}
            </dd>
            <dt>Délai de réalisation</dt>
            <dd>{a.leadTimeDays} jours</dd>
            <dt>Validité de l&apos;offre</dt>
            <dd>{a.validityDays} jours</dd>
          </dl>
        ) : (
          <p className="muted">{details ? "Réponse pas encore déposée." : "L'entreprise s'est positionnée ; sa réponse n'est pas encore déposée."}</p>
        )}
        {details && a.message ? (
          <>
            <h3>Message</h3>
            <p className="prose">{a.message}</p>
          </>
        ) : null}
        {details && loaded.documents.length ? (
          <>
            <h3>Documents</h3>
            <ul className="attachments">
              {loaded.documents.map((f) => (
                <li key={f.id}>
                  <a href={`/api/files/${f.id}`}>{f.filename}</a> <span className="muted">({Math.ceil(f.sizeBytes / 1024)} Ko)</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {details && partners.length ? (
          <>
            <h3>Co-traitants</h3>
            <ul>
              {partners.map((p) => (
                <li key={p.companyId}>
                  {p.name} — part de {p.sharePercent ?? "?"} % ({PARTNER_STATUS[p.status]})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {a.feedback && (viewer === "author" || viewer === "partner" || viewer === "staff") ? (
          <div className="alert alert--info" role="note">
            Retour de l&apos;acheteur : « {a.feedback} »
          </div>
        ) : null}
      </section>
      <div className="actions">
        {viewer === "author" && open && (a.status === "interested" || a.status === "submitted" || a.status === "withdrawn") ? (
          <Link href={`/besoins/${a.needId}/repondre`} className="button">
            {a.status === "withdrawn" ? "Déposer une nouvelle réponse" : "Modifier ma réponse"}
          </Link>
        ) : null}
        {viewer === "author" && open && (a.status === "interested" || a.status === "submitted") ? <WithdrawForm answerId={a.id} /> : null}
        <Link href={`/besoins/${a.needId}`} className="button button--secondary">
          Voir le besoin
        </Link>
      </div>
      {myPartnerRow && open && a.status !== "withdrawn" ? (
        <section className="card section-title" aria-labelledby="partner-reply">
          <h2 id="partner-reply">Votre accord</h2>
          {isAdminOf(actor, myPartnerRow.companyId) ? (
            <>
              <p>
                Votre entreprise ({PARTNER_STATUS[myPartnerRow.status]}) répondrait pour {myPartnerRow.sharePercent} % du marché. Vous pouvez changer
                d&apos;avis jusqu&apos;au {formatDate(loaded.responseDeadline)}.
              </p>
              <PartnerReplyForm answerId={a.id} current={myPartnerRow.status} />
            </>
          ) : (
            <p>Un administrateur de votre entreprise doit accepter ou décliner cette réponse groupée.</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
