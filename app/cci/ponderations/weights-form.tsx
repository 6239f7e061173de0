"use client";
/** The form of a new weights version, prefilled with the current one; errors sit next to each field. */
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { Field, FieldError, FormAlert, SubmitButton, useStateKey } from "@/app/_components/form-parts";
import { TextArea } from "@/app/_components/choice-fields";
import { PART_HINTS, PART_LABELS } from "@/lib/matching/labels";
import { MATCH_PARTS, type WeightsVersion } from "@/lib/matching/types";
import { publishWeightsAction } from "./actions";

export function WeightsForm({ current }: { current: WeightsVersion }) {
  const [state, action] = useActionState(publishWeightsAction, initialFormState);
  const key = useStateKey(state);
  // After a successful publication the page shows the new version: start again from it.
  const shown = { ...state, values: state.ok || !state.values ? prefill(current) : state.values };
  const sumError = state.fieldErrors?.weights;
  return (
    <form action={action} className="form" noValidate key={key}>
      <FormAlert state={state} />
      <fieldset aria-describedby={sumError ? "f-weights-error" : "f-weights-hint"}>
        <legend>Poids des critères</legend>
        <p id="f-weights-hint" className="hint">
          Nombres positifs dont la somme vaut 1 (par exemple 0,30 pour 30 %).
        </p>
        <FieldError id="f-weights-error" error={sumError} />
        <div className="grid grid--2">
          {MATCH_PARTS.map((k) => (
            <Field key={k} name={k} label={PART_LABELS[k]} hint={PART_HINTS[k]} state={shown} inputMode="decimal" required />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Réglages</legend>
        <div className="grid grid--2">
          <Field
            name="alertThreshold"
            label="Seuil d'alerte (score minimum pour un e-mail)"
            hint="Entre 0 et 1, par exemple 0,55."
            state={shown}
            inputMode="decimal"
            required
          />
          <Field
            name="distanceHalfKm"
            label="Distance de demi-note (km)"
            hint="La note de distance vaut ½ à cette distance."
            state={shown}
            inputMode="decimal"
            required
          />
        </div>
        <TextArea
          name="note"
          label="Motif du changement"
          hint="Affiché dans l'historique des versions."
          rows={2}
          error={state.fieldErrors?.note}
          defaultValue={typeof shown.values?.note === "string" ? shown.values.note : ""}
        />
      </fieldset>
      <div className="actions">
        <SubmitButton pendingLabel="Publication…">Publier une nouvelle version</SubmitButton>
      </div>
    </form>
  );
}

function prefill(w: WeightsVersion): Record<string, string> {
  const fr = (x: number) => String(x).replace(".", ",");
  return {
    ...Object.fromEntries(MATCH_PARTS.map((k) => [k, fr(w.weights[k])])),
    alertThreshold: fr(w.alertThreshold),
    distanceHalfKm: fr(w.distanceHalfKm),
  };
}
