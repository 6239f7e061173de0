import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { getActor } from "@/lib/auth/session";
import { BUDGET_BAND_LABELS, MATURITY_LABELS, OUTCOME_LABELS, REWARD_LABELS } from "@/lib/challenges/labels";
import { challengePage } from "@/lib/challenges/reads";
import { APPLICATION_STATUS_LABELS, CHALLENGE_STATUS_LABELS, isChallengeEditable } from "@/lib/challenges/state-machine";
import { NotFoundError } from "@/lib/errors";
import { formatDate, formatEuros } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { DecisionForm } from "@/app/cci/moderation/decision-form";
import { ActionForm } from "@/app/evenements/_components/action-form";
import { PitchSlot } from "../_components/pitch-slot";
import {
  acceptNdaAction,
  answerQuestionAction,
  applyAction,
  cancelChallengeAction,
  decideChallengeAction,
  outcomeAction,
  submitChallengeAction,
} from "../actions";

export const metadata: Metadata = { title: "Défi d'innovation" };

const DONE: Record<string, string> = {
  cree: "Brouillon enregistré. Relisez-le, puis envoyez-le à la CCI.",
  modifie: "Modifications enregistrées. Renvoyez le défi à la CCI quand il est prêt.",
  soumis: "Défi envoyé à la CCI : il sera publié après sa relecture.",
  annule: "Défi annulé.",
  nda: "Accord de confidentialité accepté : vous lisez maintenant le défi complet.",
  candidature: "Candidature envoyée. Le porteur du défi est prévenu.",
  reponse: "Réponse envoyée.",
  resultat: "Résultat enregistré.",
};
const ZParams = z.object({
  fait: z
    .enum(Object.keys(DONE) as [string, ...string[]])
    .optional()
    .catch(undefined),
});

async function load(id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await getActor();
  try {
    return { actor, ...(await challengePage(getDb(), actor, id)) };
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

function Text({ label, children }: { label: string; children: string | null }) {
  if (!children) return null;
  return (
    <section>
      <h2 className="section-title">{label}</h2>
      <p style={{ whiteSpace: "pre-line" }}>{children}</p>
    </section>
  );
}

export default async function ChallengePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const { fait } = ZParams.parse(await searchParams);
  const { actor, challenge: c, companyName, viewer, fullText, attachments, own } = await load(id);
  const open = c.status === "published" && c.deadline > new Date();
  return (
    <div className="page">
      <div className="page-header">
        <h1>{c.title}</h1>
        <p>
          {companyName} · candidatures jusqu&apos;au {formatDate(c.deadline)} · <span data-testid="challenge-status">{CHALLENGE_STATUS_LABELS[c.status]}</span>
        </p>
      </div>
      {fait ? (
        <div className="alert alert--ok" role="status">
          {DONE[fait]}
        </div>
      ) : null}
      <div className="card">
        <p>{c.summary}</p>
        <p className="muted">
          Maturité recherchée : {MATURITY_LABELS[c.maturity]} · {REWARD_LABELS[c.reward]} · {BUDGET_BAND_LABELS[c.budgetBand]}
          {c.confidential ? " · confidentiel" : ""}
          {c.openToYoung ? " · ouvert aux jeunes entreprises" : ""}
        </p>
      </div>

      {fullText ? (
        <>
          <Text label="Le problème">{c.problem}</Text>
          <Text label="Le contexte">{c.context}</Text>
          <Text label="La solution attendue">{c.expectedSolution}</Text>
          {attachments.length ? (
            <section>
              <h2 className="section-title">Pièces jointes</h2>
              <ul>
                {attachments.map((f) => (
                  <li key={f.id}>
                    <a href={`/api/files/${f.id}`}>{f.filename}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : viewer === "visitor" ? (
        <p>
          <Link href={`/connexion?next=/defis/${id}`}>Connectez-vous</Link> avec le compte de votre entreprise pour lire le défi complet et candidater.
        </p>
      ) : c.confidential && open ? (
        <section aria-labelledby="nda">
          <h2 id="nda" className="section-title">
            Accord de confidentialité
          </h2>
          <p>Le texte complet et les pièces jointes de ce défi sont confidentiels. Votre entreprise doit accepter l&apos;accord suivant pour les lire :</p>
          <blockquote style={{ whiteSpace: "pre-line" }}>{c.ndaText}</blockquote>
          <ActionForm action={acceptNdaAction.bind(null, id)} submitLabel="Accepter l'accord et lire le défi">
            <label className="checkbox">
              <input type="checkbox" name="accept" required /> J&apos;accepte cet accord au nom de mon entreprise
            </label>
          </ActionForm>
        </section>
      ) : null}

      {viewer === "owner" ? (
        <section aria-labelledby="pilotage">
          <h2 id="pilotage" className="section-title">
            Piloter le défi
          </h2>
          {c.moderationNote ? (
            <div className="alert alert--error" role="note">
              Message de la CCI : « {c.moderationNote} »
            </div>
          ) : null}
          {isChallengeEditable(c.status) ? (
            <>
              <p>
                <Link className="button button--secondary" href={`/defis/${id}/modifier`}>
                  Modifier le défi
                </Link>
              </p>
              <ActionForm
                action={submitChallengeAction.bind(null, id)}
                submitLabel={c.status === "changes_requested" ? "Renvoyer à la CCI pour publication" : "Envoyer à la CCI pour publication"}
              />
            </>
          ) : null}
          {["published", "closed", "awarded", "unsuccessful"].includes(c.status) ? (
            <p>
              <Link className="button" href={`/defis/${id}/candidatures`}>
                Voir les candidatures
              </Link>
            </p>
          ) : null}
          {c.outcome ? (
            <p data-testid="outcome">
              Résultat : {OUTCOME_LABELS[c.outcome]}
              {c.pocAmountEur != null ? ` · preuve de concept ${formatEuros(c.pocAmountEur)} HT` : ""}
              {c.contractAmountEur != null ? ` · contrat ${formatEuros(c.contractAmountEur)} HT` : ""}
            </p>
          ) : null}
          {["published", "closed", "awarded"].includes(c.status) ? (
            <details>
              <summary>Enregistrer le résultat (preuve de concept, contrat)</summary>
              <ActionForm action={outcomeAction.bind(null, id)} submitLabel="Enregistrer le résultat">
                <div className="field">
                  <label htmlFor="outcome">Résultat</label>
                  <select id="outcome" name="outcome" required defaultValue="poc_signed">
                    {Object.entries(OUTCOME_LABELS).map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field field--short">
                  <label htmlFor="pocAmountEur">Montant de la preuve de concept (€ HT)</label>
                  <input id="pocAmountEur" name="pocAmountEur" inputMode="numeric" />
                </div>
                <div className="field field--short">
                  <label htmlFor="contractAmountEur">Montant du contrat (€ HT)</label>
                  <input id="contractAmountEur" name="contractAmountEur" inputMode="numeric" />
                </div>
                <div className="field">
                  <label htmlFor="outcomeNote">Commentaire</label>
                  <textarea id="outcomeNote" name="outcomeNote" rows={2} />
                </div>
              </ActionForm>
            </details>
          ) : null}
          {["published", "closed"].includes(c.status) ? (
            <details>
              <summary>Annuler le défi</summary>
              <ActionForm action={cancelChallengeAction.bind(null, id)} submitLabel="Annuler le défi" secondary>
                <div className="field">
                  <label htmlFor="reason">Raison, lue par les candidats</label>
                  <textarea id="reason" name="reason" rows={2} required />
                </div>
              </ActionForm>
            </details>
          ) : null}
        </section>
      ) : null}

      {viewer === "staff" && c.status === "submitted" ? (
        <section aria-labelledby="moderation">
          <h2 id="moderation" className="section-title">
            Décision de la CCI
          </h2>
          <DecisionForm action={decideChallengeAction} objectId={id} objectLabel={c.title} />
        </section>
      ) : null}

      {own ? (
        <section aria-labelledby="candidature">
          <h2 id="candidature" className="section-title">
            Votre candidature
          </h2>
          <p>
            Statut : <strong data-testid="application-status">{APPLICATION_STATUS_LABELS[own.status]}</strong>
          </p>
          {own.pitchAt ? <PitchSlot challengeId={id} applicationId={own.id} pitchAt={own.pitchAt} place={own.pitchPlace} /> : null}
          <p style={{ whiteSpace: "pre-line" }}>{own.solution}</p>
          <p className="muted">
            TRL {own.trl}
            {own.deck ? (
              <>
                {" "}
                · <a href={`/api/files/${own.deck.id}`}>{own.deck.filename}</a>
              </>
            ) : null}
          </p>
          {own.questions.map((q) => (
            <div key={q.id} className="card">
              <p>
                <strong>Question du porteur :</strong> {q.question}
              </p>
              {q.answer ? (
                <p>
                  <strong>Votre réponse :</strong> {q.answer}
                </p>
              ) : (
                <ActionForm action={answerQuestionAction.bind(null, id)} submitLabel="Répondre">
                  <input type="hidden" name="questionId" value={q.id} />
                  <div className="field">
                    <label htmlFor={`answer-${q.id}`}>Votre réponse</label>
                    <textarea id={`answer-${q.id}`} name="answer" rows={3} required />
                  </div>
                </ActionForm>
              )}
            </div>
          ))}
        </section>
      ) : viewer === "company" && fullText && open ? (
        <section aria-labelledby="candidater">
          <h2 id="candidater" className="section-title">
            Candidater
          </h2>
          <ActionForm action={applyAction.bind(null, id)} submitLabel="Envoyer ma candidature">
            <div className="field">
              <label htmlFor="solution">Votre solution</label>
              <textarea id="solution" name="solution" rows={5} required />
            </div>
            <div className="field field--short">
              <label htmlFor="trl">Maturité technologique (TRL de 1 à 9)</label>
              <input id="trl" name="trl" type="number" min={1} max={9} required />
            </div>
            <div className="field">
              <label htmlFor="team">L&apos;équipe</label>
              <textarea id="team" name="team" rows={3} required />
            </div>
            <div className="field">
              <label htmlFor="references">Références</label>
              <textarea id="references" name="references" rows={2} />
            </div>
            <div className="field">
              <label htmlFor="deck">Dossier de présentation (PDF)</label>
              <input id="deck" name="deck" type="file" accept="application/pdf" />
            </div>
            <div className="field">
              <label htmlFor="videoUrl">Lien vers une vidéo de 3 minutes</label>
              <input id="videoUrl" name="videoUrl" type="url" placeholder="https://" />
            </div>
          </ActionForm>
        </section>
      ) : null}
      {actor && viewer === "company" && !own && !open ? <p className="muted">Les candidatures sont closes.</p> : null}
    </div>
  );
}
