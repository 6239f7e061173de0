"use client";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { FieldError, FormAlert, SubmitButton, valueOf } from "@/app/_components/form-parts";
import { CheckboxGroup, RadioGroup } from "@/app/_components/choice-fields";
import { EXTRA_ALERT_KINDS } from "@/lib/alerts/alert-kinds";
import { savePreferencesAction } from "./actions";

export function PreferencesForm({ mode, dailyCap, minScore, kinds }: { mode: string; dailyCap: number; minScore: number | null; kinds: string[] }) {
  const [state, action] = useActionState(savePreferencesAction, initialFormState);
  const err = state.fieldErrors ?? {};
  return (
    <form action={action} className="form" noValidate>
      <FormAlert state={state} />
      <RadioGroup
        name="mode"
        legend="Quand recevoir les nouvelles opportunités ?"
        value={valueOf(state, "mode") ?? mode}
        error={err.mode}
        options={[
          { value: "immediate", label: "Dès qu'une opportunité correspondante est publiée" },
          { value: "daily", label: "Un résumé par jour (le matin)" },
          { value: "off", label: "Jamais (je consulte « Opportunités » moi-même)" },
        ]}
      />
      <CheckboxGroup name="kinds" legend="En plus des besoins d'achat, me signaler aussi" options={[...EXTRA_ALERT_KINDS]} values={kinds} error={err.kinds} />
      <div className="field field--short">
        <label htmlFor="f-dailyCap">Nombre maximum d&apos;opportunités par jour</label>
        <input
          id="f-dailyCap"
          name="dailyCap"
          type="number"
          min={1}
          max={50}
          defaultValue={valueOf(state, "dailyCap") ?? dailyCap}
          aria-invalid={err.dailyCap ? true : undefined}
          aria-describedby={err.dailyCap ? "f-dailyCap-error" : undefined}
        />
        <FieldError id="f-dailyCap-error" error={err.dailyCap} />
      </div>
      <div className="field">
        <label htmlFor="f-minScore">Seulement les besoins les plus proches de mon activité</label>
        <select id="f-minScore" name="minScore" defaultValue={valueOf(state, "minScore") ?? minScore?.toString() ?? ""}>
          <option value="">Selon le réglage de la CCI (recommandé)</option>
          <option value="0.6">Correspondance bonne ou meilleure (60 %)</option>
          <option value="0.7">Correspondance forte (70 %)</option>
          <option value="0.8">Correspondance très forte (80 %)</option>
        </select>
      </div>
      <div className="actions">
        <SubmitButton pendingLabel="Enregistrement…">Enregistrer</SubmitButton>
      </div>
    </form>
  );
}
