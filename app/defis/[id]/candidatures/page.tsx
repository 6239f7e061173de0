import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requireActor } from "@/lib/auth/guard";
import { pitchSessionChoices } from "@/lib/challenges/pitch";
import { challengeApplicationsFor } from "@/lib/challenges/reads";
import { APPLICATION_STATUS_LABELS } from "@/lib/challenges/state-machine";
import { YOUNG_COMPANY_BADGE } from "@/lib/challenges/young";
import { NotFoundError } from "@/lib/errors";
import { formatTime } from "@/lib/events/times";
import { countOf, formatDate } from "@/lib/format";
import { z } from "@/lib/validation/zod";
import { ActionForm } from "@/app/evenements/_components/action-form";
import { askQuestionAction, decideApplicationAction, pitchAction } from "../../actions";
import { PitchSlot } from "../../_components/pitch-slot";

export const metadata: Metadata = { title: "Candidatures au défi" };

const DONE: Record<string, string> = {
  shortlist: "Candidature présélectionnée.",
  select: "Candidature retenue. Enregistrez le résultat sur la page du défi.",
  decline: "Candidature non retenue.",
  question: "Question envoyée.",
  pitch: "Créneau de pitch proposé : le candidat est prévenu par e-mail.",
};
const ZParams = z.object({
  fait: z
    .enum(Object.keys(DONE) as [string, ...string[]])
    .optional()
    .catch(undefined),
});

export default async function ApplicationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const { fait } = ZParams.parse(await searchParams);
  if (!z.uuid().safeParse(id).success) notFound();
  const actor = await requireActor();
  let data;
  try {
    data = await challengeApplicationsFor(getDb(), actor, id);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  const { challenge, viewer, applications } = data;
  const poster = viewer === "owner";
  const open = ["published", "closed"].includes(challenge.status);
  const sessions = poster && open && applications.some((a) => a.status === "shortlisted") ? await pitchSessionChoices(getDb(), actor, challenge.companyId) : [];
  return (
    <div className="page">
      <div className="page-header">
        <h1>Candidatures : {challenge.title}</h1>
        <p>
          {countOf(applications.length, "candidature", "candidatures")} · <Link href={`/defis/${id}`}>retour au défi</Link>
        </p>
      </div>
      {fait ? (
        <div className="alert alert--ok" role="status">
          {DONE[fait]}
        </div>
      ) : null}
      {applications.length === 0 ? (
        <p className="muted">Aucune candidature pour l&apos;instant.</p>
      ) : (
        <ul className="results">
          {applications.map((a) => (
            <li key={a.id} className="card" data-testid="application">
              <h2>
                {a.companyName} {a.young ? <span className="badge badge--accent">{YOUNG_COMPANY_BADGE}</span> : null}
              </h2>
              <p className="muted">
                {APPLICATION_STATUS_LABELS[a.status]} · TRL {a.trl}
              </p>
              {a.pitchAt ? <PitchSlot challengeId={id} applicationId={a.id} pitchAt={a.pitchAt} place={a.pitchPlace} companyName={a.companyName} /> : null}
              <h3>Solution</h3>
              <p style={{ whiteSpace: "pre-line" }}>{a.solution}</p>
              <h3>Équipe</h3>
              <p style={{ whiteSpace: "pre-line" }}>{a.team}</p>
              {a.references ? (
                <>
                  <h3>Références</h3>
                  <p style={{ whiteSpace: "pre-line" }}>{a.references}</p>
                </>
              ) : null}
              <p>
                {a.deck ? <a href={`/api/files/${a.deck.id}`}>Dossier : {a.deck.filename}</a> : "Pas de dossier joint"}
                {a.videoUrl ? (
                  <>
                    {" "}
                    ·{" "}
                    <a href={a.videoUrl} rel="noopener noreferrer nofollow" target="_blank">
                      Vidéo<span className="visually-hidden"> de {a.companyName} (nouvel onglet)</span>
                    </a>
                  </>
                ) : null}
              </p>
              {a.questions.map((q) => (
                <p key={q.id}>
                  <strong>Question :</strong> {q.question}
                  <br />
                  <strong>Réponse :</strong> {q.answer ?? "en attente"}
                </p>
              ))}
              {poster && open ? (
                <div className="actions">
                  {a.status === "submitted" ? (
                    <ActionForm
                      action={decideApplicationAction.bind(null, a.id)}
                      submitLabel="Présélectionner"
                      accessibleSuffix={a.companyName}
                      className="inline-form"
                    >
                      <input type="hidden" name="challengeId" value={id} />
                      <input type="hidden" name="decision" value="shortlist" />
                    </ActionForm>
                  ) : null}
                  {a.status === "shortlisted" ? (
                    <ActionForm
                      action={decideApplicationAction.bind(null, a.id)}
                      submitLabel="Retenir"
                      accessibleSuffix={a.companyName}
                      className="inline-form"
                    >
                      <input type="hidden" name="challengeId" value={id} />
                      <input type="hidden" name="decision" value="select" />
                    </ActionForm>
                  ) : null}
                  {a.status === "submitted" || a.status === "shortlisted" ? (
                    <ActionForm
                      action={decideApplicationAction.bind(null, a.id)}
                      submitLabel="Ne pas retenir"
                      accessibleSuffix={a.companyName}
                      secondary
                      className="inline-form"
                    >
                      <input type="hidden" name="challengeId" value={id} />
                      <input type="hidden" name="decision" value="decline" />
                    </ActionForm>
                  ) : null}
                </div>
              ) : null}
              {poster && open && (a.status === "submitted" || a.status === "shortlisted") ? (
                <details>
                  <summary>
                    Poser une question<span className="visually-hidden"> à {a.companyName}</span>
                  </summary>
                  <ActionForm action={askQuestionAction.bind(null, a.id)} submitLabel="Envoyer la question">
                    <input type="hidden" name="challengeId" value={id} />
                    <div className="field">
                      <label htmlFor={`q-${a.id}`}>Votre question</label>
                      <textarea id={`q-${a.id}`} name="question" rows={2} required />
                    </div>
                  </ActionForm>
                </details>
              ) : null}
              {poster && open && a.status === "shortlisted" ? (
                <details>
                  <summary>
                    {a.pitchAt ? "Changer le créneau de pitch" : "Proposer un créneau de pitch"}
                    <span className="visually-hidden"> à {a.companyName}</span>
                  </summary>
                  <ActionForm action={pitchAction.bind(null, a.id)} submitLabel="Proposer ce créneau">
                    <input type="hidden" name="challengeId" value={id} />
                    {sessions.length ? (
                      <div className="field">
                        <label htmlFor={`ps-${a.id}`}>Pendant un événement de rendez-vous d&apos;affaires (facultatif)</label>
                        <select id={`ps-${a.id}`} name="pitchSessionId" defaultValue={a.pitchSessionId ?? ""} aria-describedby={`ps-${a.id}-aide`}>
                          <option value="">Non, un créneau libre</option>
                          {sessions.map((s) => (
                            <option key={s.id} value={s.id}>
                              {s.eventTitle} — {s.label}, le {formatDate(s.startsAt)} de {formatTime(s.startsAt)} à {formatTime(s.endsAt)}
                            </option>
                          ))}
                        </select>
                        <p id={`ps-${a.id}-aide`} className="hint">
                          Le candidat verra le nom de l&apos;événement, son lieu et le lien pour s&apos;y inscrire. Choisissez alors une heure pendant la
                          session.
                        </p>
                      </div>
                    ) : null}
                    <div className="field field--short">
                      <label htmlFor={`p-${a.id}`}>Date et heure</label>
                      <input id={`p-${a.id}`} name="pitchAt" type="datetime-local" required />
                    </div>
                  </ActionForm>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
