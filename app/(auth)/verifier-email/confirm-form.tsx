"use client";
import { useActionState } from "react";
import Link from "next/link";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { FormAlert, SubmitButton } from "@/app/_components/form-parts";

export function ConfirmEmailForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.ok) {
    return (
      <div className="alert alert--ok" role="status" data-testid="email-verified">
        <p>{state.message}</p>
        <p><Link href="/espace">Aller à mon espace</Link></p>
      </div>
    );
  }
  return (
    <form action={formAction} className="form">
      <FormAlert state={state} />
      <div className="actions">
        <SubmitButton pendingLabel="Confirmation…">Confirmer mon adresse</SubmitButton>
      </div>
    </form>
  );
}
