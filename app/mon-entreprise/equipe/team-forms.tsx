"use client";
/** The team page's forms: the invitation form and one-button forms that show their own outcome. */
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { Field, FormAlert, SubmitButton } from "@/app/_components/form-parts";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function InviteForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="form" noValidate key={state.ok ? state.message : "form"}>
      <FormAlert state={state} />
      <Field name="email" label="Adresse e-mail du collègue" type="email" autoComplete="off" required state={state} defaultValue={state.ok ? "" : undefined} />
      <div className="field">
        <label htmlFor="f-role">Rôle</label>
        <select id="f-role" name="role" defaultValue="member">
          <option value="member">Membre</option>
          <option value="admin">Administrateur (gère la fiche et l&apos;équipe)</option>
        </select>
      </div>
      <div className="actions">
        <SubmitButton pendingLabel="Envoi…">Envoyer l&apos;invitation</SubmitButton>
      </div>
    </form>
  );
}

/** One button with hidden fields; `confirm` asks before doing something that cannot be undone. */
export function ButtonForm({
  action,
  fields,
  label,
  confirm,
  secondary,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  confirm?: string;
  secondary?: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form
      action={formAction}
      style={{ display: "inline-flex", flexWrap: "wrap", gap: "0.25rem 0.5rem", alignItems: "center" }}
      onSubmit={
        confirm
          ? (e) => {
              if (!window.confirm(confirm)) e.preventDefault();
            }
          : undefined
      }
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.message && !state.ok ? (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      ) : null}
      <button type="submit" className={`button button--small${secondary ? " button--secondary" : ""}`}>
        {label}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state.ok ? state.message : ""}
      </span>
    </form>
  );
}
