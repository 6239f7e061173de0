/**
 * Questions and answers on the need page. The buyer and staff see who asked; a supplier sees its own
 * questions (with private replies) and the published Q&A, anonymised (lib/answers/access.ts).
 */
import { getDb } from "@/lib/db";
import { questionsOfNeed } from "@/lib/answers/reads";
import { activeCompany, type Actor } from "@/lib/auth/actor";
import { answersOpen, questionView } from "@/lib/answers/access";
import type { NeedViewer } from "@/lib/needs/access";
import { PUBLIC_STATUSES, type NeedStatus } from "@/lib/needs/state-machine";
import { AskQuestionForm, ReplyQuestionForm } from "./question-forms";

interface Props {
  need: { id: string; status: NeedStatus; responseDeadline: Date };
  viewer: NeedViewer;
  actor: Actor;
}

export async function QuestionsPanel({ need, viewer, actor }: Props) {
  if (!PUBLIC_STATUSES.includes(need.status)) return null;
  const actorCompanyId = viewer === "supplier" ? (activeCompany(actor)?.companyId ?? null) : null;
  const rows = await questionsOfNeed(getDb(), need.id);
  const shown = rows.flatMap((q) => {
    const v = questionView(viewer, actorCompanyId, q);
    return v ? [{ id: q.id, ...v }] : [];
  });
  const open = answersOpen(need, new Date());
  const replying = viewer === "owner" && (need.status === "published" || need.status === "closed");
  return (
    <section className="card section-title" aria-labelledby="questions-title" id="questions">
      <h2 id="questions-title">Questions des fournisseurs</h2>
      {shown.length === 0 ? (
        <p className="muted">Aucune question pour l&apos;instant.</p>
      ) : (
        <ul className="queue">
          {shown.map((q) => (
            <li key={q.id} className="qa">
              <p className="qa__question">
                <strong>{q.askedBy ? `${q.askedBy} demande :` : q.mine ? "Votre question :" : "Question d'un fournisseur :"}</strong> {q.question}
              </p>
              {q.answer ? (
                <p className="qa__answer prose">
                  <strong>Réponse de l&apos;acheteur{q.published ? " (publiée)" : " (privée)"} :</strong> {q.answer}
                </p>
              ) : (
                <p className="muted">En attente de réponse.</p>
              )}
              {replying ? <ReplyQuestionForm questionId={q.id} canExtend={need.status === "published"} published={q.published} /> : null}
            </li>
          ))}
        </ul>
      )}
      {viewer === "supplier" && open ? <AskQuestionForm needId={need.id} /> : null}
    </section>
  );
}
