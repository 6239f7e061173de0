"use client";
/**
 * Registration without an account: SIRET, company, person, consent. The company name is prefilled from the
 * establishments directory once the SIRET is typed; the server checks everything again.
 */
import { useActionState, useState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { EVENT_ROLE_LABELS } from "@/lib/events/schemas";
import { FieldError, FormAlert, SubmitButton, useStateKey, valueOf } from "@/app/_components/form-parts";
import { PersonNameFields, SiretField, WorkEmailField } from "@/app/_components/identity-fields";

type Lookup = { name: string; member: boolean } | null;

function CompanyFields({ state }: { state: FormState }) {
  const [name, setName] = useState(valueOf(state, "companyName") ?? "");
  const [found, setFound] = useState<Lookup>(null);
  const err = state.fieldErrors ?? {};

  async function lookUp(siret: string) {
    const digits = siret.replace(/\D/g, "");
    if (digits.length !== 14) return setFound(null);
    const res = await fetch(`/evenements/etablissement?siret=${digits}`).catch(() => null);
    const body: Lookup = res?.ok ? await res.json() : null;
    setFound(body);
    if (body) setName(body.name);
  }

  return (
    <>
      <SiretField state={state} label="SIRET de l'établissement" onBlur={(e) => void lookUp(e.currentTarget.value)} />
      <div className="field">
        <label htmlFor="f-companyName">
          Nom de l&apos;entreprise<span aria-hidden="true"> *</span>
        </label>
        <span id="f-companyName-hint" className="hint" aria-live="polite">
          {found?.member
            ? "Cette entreprise est déjà membre : connectez-vous pour l'inscrire."
            : found
              ? "Trouvée dans l'annuaire des établissements."
              : "Rempli d'après l'annuaire quand le SIRET y figure."}
        </span>
        <input
          id="f-companyName"
          name="companyName"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="organization"
          aria-invalid={err.companyName ? true : undefined}
          aria-describedby={`f-companyName-hint${err.companyName ? " f-companyName-error" : ""}`}
        />
        <FieldError id="f-companyName-error" error={err.companyName} />
      </div>
    </>
  );
}

export function GuestRegistrationForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const stateKey = useStateKey(state);
  const err = state.fieldErrors ?? {};
  if (state.ok)
    return (
      <div className="alert alert--ok" role="status">
        {state.message}
      </div>
    );
  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      <fieldset>
        <legend>Votre entreprise</legend>
        <CompanyFields key={stateKey} state={state} />
        <fieldset className="radios" aria-describedby={err.role ? "f-role-error" : undefined}>
          <legend>Vous venez comme</legend>
          {(["buyer", "supplier", "both"] as const).map((r) => (
            <label key={`${r}-${stateKey}`}>
              <input type="radio" name="role" value={r} defaultChecked={(valueOf(state, "role") ?? "supplier") === r} /> {EVENT_ROLE_LABELS[r]}
            </label>
          ))}
          <FieldError id="f-role-error" error={err.role} />
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>Vous</legend>
        <PersonNameFields state={state} />
        <WorkEmailField state={state} />
      </fieldset>
      <div className="field">
        <label className="checkbox" htmlFor="f-consent">
          <input
            key={`consent-${stateKey}`}
            id="f-consent"
            type="checkbox"
            name="consent"
            defaultChecked={valueOf(state, "consent") === "on"}
            aria-invalid={err.consent ? true : undefined}
            aria-describedby={err.consent ? "f-consent-error" : undefined}
          />{" "}
          J&apos;accepte que la CCI enregistre ces informations pour cet événement et m&apos;invite par e-mail à inscrire mon entreprise sur Circuit Court
          (signature de la charte).
        </label>
        <FieldError id="f-consent-error" error={err.consent} />
      </div>
      <div className="actions">
        <SubmitButton pendingLabel="Inscription…">Inscrire mon entreprise à l&apos;événement</SubmitButton>
      </div>
    </form>
  );
}
