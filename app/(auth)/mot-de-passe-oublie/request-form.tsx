"use client";
import { useActionState } from "react";
import Link from "next/link";
import { initialFormState } from "@/lib/actions/client-state";
import { Field, SubmitButton } from "@/app/_components/form-parts";
import { requestPasswordResetAction } from "./actions";

export function RequestResetForm() {
  const [state, action] = useActionState(requestPasswordResetAction, initialFormState);
  if (state.ok) {
    return (
      <div className="alert alert--ok" role="status" data-testid="reset-requested">
        <p>{state.message}</p>
        <p>
          <Link href="/connexion">Retour à la connexion</Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="form" noValidate>
      {state.message ? (
        <div className="alert alert--error" role="alert" data-testid="form-alert">
          {state.message}
        </div>
      ) : null}
      <Field name="email" label="Adresse e-mail professionnelle" type="email" autoComplete="email" required state={state} />
      <div className="actions">
        <SubmitButton pendingLabel="Envoi…">Recevoir un lien</SubmitButton>
        <Link href="/connexion">Retour à la connexion</Link>
      </div>
    </form>
  );
}
