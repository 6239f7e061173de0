"use client";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { Field, FormAlert, SubmitButton } from "@/app/_components/form-parts";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function NewAccountForm({ action, email }: { action: Action; email: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      <div className="field">
        <label htmlFor="f-invited-email">Adresse e-mail</label>
        <input id="f-invited-email" type="email" value={email} readOnly aria-readonly="true" />
      </div>
      <Field name="firstName" label="Prénom" autoComplete="given-name" required state={state} />
      <Field name="lastName" label="Nom" autoComplete="family-name" required state={state} />
      <Field name="jobTitle" label="Fonction" autoComplete="organization-title" state={state} />
      <Field
        name="password"
        label="Mot de passe"
        type="password"
        autoComplete="new-password"
        required
        state={state}
        hint={`Au moins ${PASSWORD_MIN_LENGTH} caractères, avec au moins une lettre et un chiffre.`}
      />
      <div className="actions">
        <SubmitButton pendingLabel="Création…">Créer mon compte et rejoindre l&apos;équipe</SubmitButton>
      </div>
    </form>
  );
}

export function JoinForm({ action, companyName }: { action: Action; companyName: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="form">
      <FormAlert state={state} />
      <div className="actions">
        <SubmitButton pendingLabel="Un instant…">Rejoindre {companyName}</SubmitButton>
      </div>
    </form>
  );
}
