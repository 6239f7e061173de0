"use client";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { HEADCOUNT_BANDS } from "@/lib/companies/headcount-bands";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { signUpAction } from "../actions";
import { Field, FieldError, FormAlert, SubmitButton, useStateKey, valueOf } from "@/app/_components/form-parts";
import { PersonNameFields, SiretField, WorkEmailField } from "@/app/_components/identity-fields";
import { CommunePicker, NafPicker } from "@/app/_components/reference-pickers";

export function SignUpForm({ charterTitle, charterBody }: { charterTitle: string; charterBody: string }) {
  const [state, action] = useActionState(signUpAction, initialFormState);
  const err = state.fieldErrors ?? {};
  const stateKey = useStateKey(state);
  return (
    <form action={action} className="form" noValidate>
      <FormAlert state={state} />
      <fieldset>
        <legend>Vous</legend>
        <PersonNameFields state={state} />
        <Field name="jobTitle" label="Fonction" hint="Par exemple : gérant, responsable achats (facultatif)" autoComplete="organization-title" state={state} />
        <WorkEmailField state={state} />
        <Field
          name="password"
          label="Mot de passe"
          type="password"
          autoComplete="new-password"
          hint={`Au moins ${PASSWORD_MIN_LENGTH} caractères, dont une lettre et un chiffre.`}
          required
          state={state}
        />
      </fieldset>

      <fieldset>
        <legend>Votre entreprise</legend>
        <SiretField state={state} />
        <Field name="legalName" label="Raison sociale" autoComplete="organization" required state={state} />
        <Field name="tradeName" label="Nom commercial" hint="Facultatif, s'il diffère de la raison sociale" state={state} />
        <NafPicker
          key={`naf-${stateKey}`}
          name="nafCode"
          label="Activité principale (code NAF)"
          hint="Tapez un métier ou un code : menuiserie, nettoyage, 62.01Z…"
          required
          error={err.nafCode}
          defaultKey={valueOf(state, "nafCode") || undefined}
          defaultLabel={valueOf(state, "_label_nafCode") || undefined}
        />
        <CommunePicker
          key={`commune-${stateKey}`}
          name="communeCode"
          label="Commune de l'établissement"
          hint="Tapez le nom ou le code postal"
          required
          error={err.communeCode}
          defaultKey={valueOf(state, "communeCode") || undefined}
          defaultLabel={valueOf(state, "_label_communeCode") || undefined}
        />
        <div className="field">
          <label htmlFor="f-headcountBand">
            Effectif salarié <span aria-hidden="true">*</span>
          </label>
          {/* Keyed by the answer: React applies a select's defaultValue only when it mounts, and resets the form after an action. */}
          <select
            key={`headcount-${stateKey}`}
            id="f-headcountBand"
            name="headcountBand"
            required
            defaultValue={valueOf(state, "headcountBand") ?? ""}
            aria-invalid={err.headcountBand ? true : undefined}
            aria-describedby={err.headcountBand ? "f-headcountBand-error" : undefined}
          >
            <option value="" disabled>
              Choisissez une tranche
            </option>
            {HEADCOUNT_BANDS.filter((b) => b.code !== "NN").map((b) => (
              <option key={b.code} value={b.code}>
                {b.label}
              </option>
            ))}
          </select>
          <FieldError id="f-headcountBand-error" error={err.headcountBand} />
        </div>
      </fieldset>

      <fieldset>
        <legend>La charte</legend>
        <details className="charter">
          <summary>Lire la charte : {charterTitle}</summary>
          <div>{charterBody}</div>
        </details>
        <div className="field">
          <div className="checkbox">
            <input
              id="f-acceptCharter"
              type="checkbox"
              name="acceptCharter"
              defaultChecked={valueOf(state, "acceptCharter") === "on"}
              aria-invalid={err.acceptCharter ? true : undefined}
              aria-describedby={err.acceptCharter ? "f-acceptCharter-error" : undefined}
            />
            <label htmlFor="f-acceptCharter">J&apos;ai lu la charte et je la signe au nom de mon entreprise.</label>
          </div>
          <FieldError id="f-acceptCharter-error" error={err.acceptCharter} />
        </div>
      </fieldset>
      <p className="muted">Après l&apos;inscription, l&apos;équipe de la CCI vérifie votre entreprise (SIRET, signature de la charte).</p>
      <div className="actions">
        <SubmitButton pendingLabel="Inscription…">Inscrire mon entreprise</SubmitButton>
      </div>
    </form>
  );
}
