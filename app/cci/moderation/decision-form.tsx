"use client";
/**
 * One staff decision on a company, need or offer: approve, ask for changes, or reject with a reason the
 * author will read. The server action re-checks the staff role and the object's state.
 */
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { FieldError } from "@/app/_components/form-parts";

interface Props {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  objectId: string;
  objectLabel: string;
  approveLabel?: string;
}

export function DecisionForm({ action, objectId, objectLabel, approveLabel = "Approuver" }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const id = `reason-${objectId}`;
  const error = state.fieldErrors?.reason;
  return (
    <form action={formAction} className="decision-form">
      <input type="hidden" name="objectId" value={objectId} />
      {state.message && !error ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={id}>
          Message à l&apos;auteur <span className="muted">(obligatoire pour demander des modifications ou refuser)</span>
        </label>
        <textarea
          id={id}
          name="reason"
          rows={2}
          defaultValue={typeof state.values?.reason === "string" ? state.values.reason : ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <FieldError id={`${id}-error`} error={error} />
      </div>
      <div className="actions" style={{ marginTop: 0 }}>
        <button type="submit" name="decision" value="approve" className="button button--small">
          {approveLabel}
          <span className="visually-hidden"> : {objectLabel}</span>
        </button>
        <button type="submit" name="decision" value="request_changes" className="button button--secondary button--small">
          Demander des modifications<span className="visually-hidden"> : {objectLabel}</span>
        </button>
        <button type="submit" name="decision" value="reject" className="button button--secondary button--small button--danger">
          Refuser<span className="visually-hidden"> : {objectLabel}</span>
        </button>
      </div>
    </form>
  );
}
