"use client";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { Field, FormAlert, SubmitButton } from "@/app/_components/form-parts";
import { eraseAccountAction } from "./actions";

export function EraseForm() {
  const [state, action] = useActionState(eraseAccountAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <FormAlert state={state} />
      <Field
        name="confirmation"
        label="Pour confirmer, tapez SUPPRIMER"
        state={state}
        required
        autoComplete="off"
        hint="La suppression est immédiate et définitive."
      />
      <div className="actions">
        <SubmitButton pendingLabel="Suppression…">Supprimer mon compte</SubmitButton>
      </div>
    </form>
  );
}
