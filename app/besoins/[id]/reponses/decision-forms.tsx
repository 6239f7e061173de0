"use client";
/**
 * The buyer's decision on a closed need: award one or several answers (amount each, one date), with
 * optional feedback to those not retained; or declare the need unsuccessful. Plus the shortlist toggle.
 */
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { parisDay } from "@/lib/dates";
import { Field, FieldError, FormAlert, SubmitButton } from "@/app/_components/form-parts";
import { TextArea } from "@/app/_components/choice-fields";
import { awardAction, shortlistAction, unsuccessfulAction } from "./actions";

export interface AwardCandidate {
  id: string;
  name: string;
  priceEur: number | null;
}

export function ShortlistButton({ answerId, on, name }: { answerId: string; on: boolean; name: string }) {
  const [state, action] = useActionState(shortlistAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="answerId" value={answerId} />
      <input type="hidden" name="on" value={on ? "1" : "0"} />
      {state.message && !state.ok ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="button button--secondary button--small">
        {on ? "Présélectionner" : "Retirer de la présélection"}
        <span className="visually-hidden"> : {name}</span>
      </button>
    </form>
  );
}

export function AwardForm({ needId, candidates }: { needId: string; candidates: AwardCandidate[] }) {
  const [state, action] = useActionState(awardAction, initialFormState);
  const err = state.fieldErrors ?? {};
  const typed = (name: string, i: number) => {
    const raw = state.values?.[name];
    return Array.isArray(raw) ? raw[i] : i === 0 ? raw : undefined;
  };
  const chosen = (id: string) => {
    const raw = state.values?.award;
    return Array.isArray(raw) ? raw.includes(id) : raw === id;
  };
  return (
    <form action={action} className="form">
      <input type="hidden" name="needId" value={needId} />
      <FormAlert state={state} />
      <FieldError id="award-error" error={err.award} />
      {candidates.map((c, i) => (
        <fieldset key={c.id} className="subfieldset">
          <legend>{c.name}</legend>
          <input type="hidden" name="answerIds" value={c.id} />
          <label className="checkbox">
            <input type="checkbox" name="award" value={c.id} defaultChecked={chosen(c.id)} />
            <span>Retenir {c.name}</span>
          </label>
          <div className="field field--short">
            <label htmlFor={`amount-${c.id}`}>Montant attribué à {c.name} (€ HT)</label>
            <input
              id={`amount-${c.id}`}
              name="amounts"
              type="text"
              inputMode="decimal"
              defaultValue={typed("amounts", i) ?? (c.priceEur !== null ? String(c.priceEur).replace(".", ",") : "")}
              aria-invalid={err[`amount.${c.id}`] ? true : undefined}
              aria-describedby={err[`amount.${c.id}`] ? `amount-${c.id}-error` : undefined}
            />
            <FieldError id={`amount-${c.id}-error`} error={err[`amount.${c.id}`]} />
          </div>
          <div className="field">
            <label htmlFor={`feedback-${c.id}`}>Retour à {c.name} si elle n&apos;est pas retenue (facultatif)</label>
            <textarea id={`feedback-${c.id}`} name="feedbacks" rows={2} defaultValue={typed("feedbacks", i) ?? ""} />
          </div>
        </fieldset>
      ))}
      <Field name="awardedOn" label="Date de l'attribution" type="date" required state={state} defaultValue={typed("awardedOn", 0) ?? parisDay(new Date())} />
      <div>
        <SubmitButton pendingLabel="Attribution…">Attribuer le besoin</SubmitButton>
      </div>
    </form>
  );
}

export function UnsuccessfulForm({ needId }: { needId: string }) {
  const [state, action] = useActionState(unsuccessfulAction, initialFormState);
  return (
    <form action={action} className="form">
      <input type="hidden" name="needId" value={needId} />
      <FormAlert state={state} />
      <TextArea
        name="reason"
        label="Raison, communiquée aux fournisseurs qui ont répondu"
        rows={2}
        error={state.fieldErrors?.reason}
        defaultValue={typeof state.values?.reason === "string" ? state.values.reason : ""}
      />
      <div>
        <button type="submit" className="button button--secondary button--danger">
          Déclarer le besoin sans suite
        </button>
      </div>
    </form>
  );
}
