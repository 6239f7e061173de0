"use client";
/** Ask a question (supplier), reply privately or publish with an optional deadline extension (buyer). */
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { FieldError, FormAlert, SubmitButton, valueOf } from "@/app/_components/form-parts";
import { TextArea } from "@/app/_components/choice-fields";
import { askQuestionAction, replyQuestionAction } from "./actions";

export function AskQuestionForm({ needId }: { needId: string }) {
  const [state, action] = useActionState(askQuestionAction, initialFormState);
  return (
    <form action={action} className="form" style={{ marginTop: "1rem" }}>
      <input type="hidden" name="needId" value={needId} />
      <FormAlert state={state} />
      <TextArea
        name="question"
        label="Poser une question à l'acheteur"
        rows={3}
        error={state.fieldErrors?.question}
        hint="Seul l'acheteur voit le nom de votre entreprise. S'il publie sa réponse, votre question est partagée sans vous nommer."
        defaultValue={state.ok ? "" : valueOf(state, "question")}
      />
      <div>
        <SubmitButton pendingLabel="Envoi…">Envoyer la question</SubmitButton>
      </div>
    </form>
  );
}

export function ReplyQuestionForm({ questionId, canExtend, published }: { questionId: string; canExtend: boolean; published: boolean }) {
  const [state, action] = useActionState(replyQuestionAction, initialFormState);
  const id = (name: string) => `${name}-${questionId}`;
  const err = state.fieldErrors ?? {};
  return (
    <details className="qa__reply">
      <summary>Répondre</summary>
      <form action={action} className="form">
        <input type="hidden" name="questionId" value={questionId} />
        <FormAlert state={state} />
        <div className="field">
          <label htmlFor={id("answer")}>Votre réponse</label>
          <textarea
            id={id("answer")}
            name="answer"
            rows={3}
            defaultValue={valueOf(state, "answer")}
            aria-invalid={err.answer ? true : undefined}
            aria-describedby={err.answer ? id("answer-error") : undefined}
          />
          <FieldError id={id("answer-error")} error={err.answer} />
        </div>
        <label className="checkbox">
          <input type="checkbox" name="publish" defaultChecked={published || valueOf(state, "publish") === "on"} />
          <span>Publier la question et la réponse à tous les fournisseurs positionnés ou invités (sans nommer l&apos;entreprise)</span>
        </label>
        {canExtend ? (
          <div className="field">
            <label htmlFor={id("newDeadline")}>Reporter la date limite au (facultatif, avec une réponse publiée)</label>
            <input
              id={id("newDeadline")}
              type="date"
              name="newDeadline"
              defaultValue={valueOf(state, "newDeadline")}
              aria-invalid={err.newDeadline ? true : undefined}
              aria-describedby={err.newDeadline ? id("newDeadline-error") : undefined}
            />
            <FieldError id={id("newDeadline-error")} error={err.newDeadline} />
          </div>
        ) : null}
        <div>
          <SubmitButton pendingLabel="Envoi…">Envoyer la réponse</SubmitButton>
        </div>
      </form>
    </details>
  );
}
