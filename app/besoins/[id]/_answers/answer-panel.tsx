/**
 * The answers part of the need page. A supplier sees only its own answer (and joint answers it is a
 * partner of): "Se positionner", then answer, edit or withdraw until the deadline. The buyer and staff
 * get how many companies are positioned and the way to the comparison. Never anything about competitors.
 */
import Link from "next/link";
import { getDb } from "@/lib/db";
import { answerCounts, companyAnswerId, loadAnswer, partnerAnswersOf } from "@/lib/answers/reads";
import { activeCompany, type Actor } from "@/lib/auth/actor";
import { answersOpen, supplierStatusLabel } from "@/lib/answers/access";
import { countOf, formatDate, formatEuros } from "@/lib/format";
import { present } from "@/lib/invariant";
import type { NeedViewer } from "@/lib/needs/access";
import { PUBLIC_STATUSES, type NeedStatus } from "@/lib/needs/state-machine";
import { InterestForm } from "./interest-form";

interface Props {
  need: { id: string; status: NeedStatus; responseDeadline: Date };
  viewer: NeedViewer;
  actor: Actor;
}

export async function AnswerPanel({ need, viewer, actor }: Props) {
  if (!PUBLIC_STATUSES.includes(need.status)) return null;
  return viewer === "supplier" ? <SupplierPanel need={need} actor={actor} /> : <BuyerPanel need={need} staff={viewer === "staff"} />;
}

async function BuyerPanel({ need, staff }: { need: Props["need"]; staff: boolean }) {
  const counts = await answerCounts(getDb(), need.id);
  return (
    <section className="card section-title" aria-labelledby="answers-title">
      <h2 id="answers-title">Réponses des fournisseurs</h2>
      <p>
        {counts.positioned === 0
          ? "Aucune entreprise positionnée pour l'instant."
          : `${countOf(counts.positioned, "entreprise positionnée", "entreprises positionnées")}, dont ${countOf(counts.submitted, "réponse déposée", "réponses déposées")}.`}
      </p>
      <p>
        <Link href={`/besoins/${need.id}/reponses`} className="button button--secondary">
          {staff ? "Consulter les réponses (lecture seule)" : "Comparer les réponses"}
        </Link>
      </p>
    </section>
  );
}

async function SupplierPanel({ need, actor }: { need: Props["need"]; actor: Actor }) {
  // The need page shows this panel to a supplier viewer only, which is a member of a company.
  const company = present(activeCompany(actor), "the supplier's company");
  const db = getDb();
  const [answerId, joint] = await Promise.all([companyAnswerId(db, need.id, company.companyId), partnerAnswersOf(db, need.id, company.companyId)]);
  const loaded = answerId ? await loadAnswer(db, answerId) : null;
  const open = answersOpen(need, new Date());
  const answer = loaded?.answer;
  const live = answer && answer.status !== "withdrawn";
  const label =
    loaded && answer
      ? supplierStatusLabel({
          status: answer.status,
          priceEur: answer.priceEur,
          pendingPartners: loaded.partners.filter((p) => p.status === "pending").length,
          declinedPartners: loaded.partners.filter((p) => p.status === "declined").length,
        })
      : null;
  return (
    <section className="card section-title" aria-labelledby="my-answer-title">
      <h2 id="my-answer-title">{live ? "Votre réponse" : "Se positionner"}</h2>
      {answer ? (
        <p>
          <span className="badge">{label}</span>
          {answer.priceEur !== null && live ? <> · {formatEuros(answer.priceEur)} HT</> : null}
        </p>
      ) : null}
      {open ? (
        <>
          <p className="muted">
            Réponses acceptées jusqu&apos;au {formatDate(need.responseDeadline)}. Vous pouvez modifier ou retirer votre réponse jusque-là ; ensuite elle est
            verrouillée.
          </p>
          {!live ? (
            <>
              <p>
                Intéressé ? Positionnez-vous : l&apos;acheteur verra le nom de votre entreprise. Votre prix et vos documents ne lui parviennent qu&apos;une fois
                la réponse déposée.
              </p>
              <InterestForm needId={need.id} />
            </>
          ) : null}
          <div className="actions">
            <Link href={`/besoins/${need.id}/repondre`} className="button">
              {answer?.priceEur != null && live ? "Modifier ma réponse" : "Déposer ma réponse"}
            </Link>
            {answer ? (
              <Link href={`/reponses/${answer.id}`} className="button button--secondary">
                Voir ma réponse
              </Link>
            ) : null}
          </div>
        </>
      ) : (
        <p>
          {live ? "La date limite est passée : votre réponse est verrouillée. " : "Les réponses à ce besoin sont closes. "}
          {answer ? <Link href={`/reponses/${answer.id}`}>Voir ma réponse</Link> : null}
        </p>
      )}
      {joint.length ? (
        <>
          <h3>Réponses groupées dont vous êtes partenaire</h3>
          <ul>
            {joint.map((j) => (
              <li key={j.id}>
                <Link href={`/reponses/${j.id}`}>Réponse groupée de {j.leadName}</Link>{" "}
                <span className="muted">({j.partnerStatus === "pending" ? "votre accord est attendu" : "vous avez accepté"})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
