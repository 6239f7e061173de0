/**
 * The fields that say who someone is, written once for every form that asks (sign-up, an event's guest
 * registration…): same labels, autocomplete tokens and hints, so a browser fills them and a person reads
 * them the same way everywhere.
 */
import type { FocusEventHandler } from "react";
import type { FormState } from "@/lib/actions/client-state";
import { Field } from "./form-parts";

/** First and last name side by side. */
export function PersonNameFields({ state }: { state: FormState }) {
  return (
    <div className="two-cols">
      <Field name="firstName" label="Prénom" autoComplete="given-name" required state={state} />
      <Field name="lastName" label="Nom" autoComplete="family-name" required state={state} />
    </div>
  );
}

export function WorkEmailField({ state }: { state: FormState }) {
  return <Field name="email" label="Adresse e-mail professionnelle" type="email" autoComplete="email" required state={state} />;
}

/** The establishment's SIRET, with where to find it. */
export function SiretField({ state, label = "SIRET", onBlur }: { state: FormState; label?: string; onBlur?: FocusEventHandler<HTMLInputElement> }) {
  return (
    <Field
      name="siret"
      label={label}
      hint="14 chiffres, sur votre extrait Kbis ou avis de situation INSEE. Exemple : 123 456 789 00012"
      inputMode="numeric"
      autoComplete="off"
      required
      state={state}
      onBlur={onBlur}
    />
  );
}
