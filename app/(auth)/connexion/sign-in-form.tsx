"use client";
import { useActionState } from "react";
import Link from "next/link";
import { initialFormState } from "@/lib/actions/client-state";
import { signInAction } from "../actions";
import { Field, FormAlert, SubmitButton, valueOf } from "@/app/_components/form-parts";

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="next" value={valueOf(state, "next") ?? next ?? ""} />
      <Field name="email" label="Adresse e-mail professionnelle" type="email" autoComplete="email" required state={state} />
      <Field name="password" label="Mot de passe" type="password" autoComplete="current-password" required state={state} />
      <p>
        <Link href="/mot-de-passe-oublie">Mot de passe oublié ?</Link>
      </p>
      <div className="actions">
        <SubmitButton pendingLabel="Connexion…">Se connecter</SubmitButton>
        <span className="muted">
          Pas encore de compte ? <Link href="/inscription">Inscrire mon entreprise</Link>
        </span>
      </div>
    </form>
  );
}
