"use client";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { Field, FormAlert, SubmitButton } from "@/app/_components/form-parts";

export function NewPasswordForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      <Field
        name="password"
        label="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        required
        state={state}
        hint={`Au moins ${PASSWORD_MIN_LENGTH} caractères, avec au moins une lettre et un chiffre.`}
      />
      <div className="actions">
        <SubmitButton pendingLabel="Enregistrement…">Enregistrer le mot de passe</SubmitButton>
      </div>
    </form>
  );
}
