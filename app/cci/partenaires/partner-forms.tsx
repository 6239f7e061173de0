"use client";
/** The staff's partner forms: a new network, and a person added to a network's staff. */
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { Field, FieldError, FormAlert, SubmitButton } from "@/app/_components/form-parts";
import { PARTNER_KINDS, PARTNER_KIND_LABELS } from "@/lib/partners/kinds";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function CreatePartnerForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="form" noValidate key={state.ok ? state.message : "form"}>
      <FormAlert state={state} />
      <Field name="name" label="Nom du réseau" required maxLength={120} state={state} />
      <div className="field">
        <label htmlFor="f-kind">Type de réseau</label>
        <select id="f-kind" name="kind" defaultValue="cress" aria-describedby={state.fieldErrors?.kind ? "f-kind-error" : undefined}>
          {PARTNER_KINDS.map((k) => (
            <option key={k} value={k}>
              {PARTNER_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <FieldError id="f-kind-error" error={state.fieldErrors?.kind} />
      </div>
      <div className="actions">
        <SubmitButton pendingLabel="Création…">Créer le réseau</SubmitButton>
      </div>
    </form>
  );
}

export function AddStaffForm({ action, partnerName }: { action: Action; partnerName: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const id = `staff-${partnerName.replace(/\W+/g, "-")}`;
  const error = state.fieldErrors?.email;
  return (
    <form action={formAction} noValidate style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem", alignItems: "end" }}>
      <div className="field">
        <label htmlFor={id}>Adresse e-mail d&apos;un compte à ajouter à l&apos;équipe de {partnerName}</label>
        <input
          id={id}
          name="email"
          type="email"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <FieldError id={`${id}-error`} error={error} />
      </div>
      <button type="submit" className="button button--small button--secondary">
        Ajouter
      </button>
      {state.message ? (
        <span role={state.ok ? "status" : "alert"} className={state.ok ? "muted" : "field-error"}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
