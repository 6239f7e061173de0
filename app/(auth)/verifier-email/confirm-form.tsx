"use client";
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { FormAlert, SubmitButton } from "@/app/_components/form-parts";

export function ConfirmEmailForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="form">
      <FormAlert state={state} />
      <div className="actions">
        <SubmitButton pendingLabel="Confirmation…">Confirmer mon adresse</SubmitButton>
      </div>
    </form>
  );
}
