"use client";
/** Forward one need of the inbox: the matching members to tick, a note, the outcome said in the form. */
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { FieldError, FormAlert, SubmitButton } from "@/app/_components/form-parts";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function ForwardForm({ action, needId, members }: { action: Action; needId: string; members: { companyId: string; name: string; reason: string }[] }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const prefix = `fwd-${needId}`;
  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="needId" value={needId} />
      <fieldset className="field" aria-describedby={state.fieldErrors?.companyIds ? `${prefix}-members-error` : undefined}>
        <legend>Adhérents à qui transmettre</legend>
        {members.map((m) => (
          <label key={m.companyId}>
            <input type="checkbox" name="companyIds" value={m.companyId} defaultChecked /> {m.name} <span className="muted">— {m.reason}</span>
          </label>
        ))}
        <FieldError id={`${prefix}-members-error`} error={state.fieldErrors?.companyIds} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${prefix}-note`}>Votre mot (facultatif)</label>
        <textarea id={`${prefix}-note`} name="note" rows={3} maxLength={1000} aria-describedby={state.fieldErrors?.note ? `${prefix}-note-error` : undefined} />
        <FieldError id={`${prefix}-note-error`} error={state.fieldErrors?.note} />
      </div>
      <div className="actions">
        <SubmitButton pendingLabel="Envoi…">Transmettre le besoin</SubmitButton>
      </div>
    </form>
  );
}
