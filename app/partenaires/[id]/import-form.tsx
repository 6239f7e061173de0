"use client";
/** The member import: paste the CSV (a « siret » column) or one SIRET per line, preview, then import. */
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { FieldError, FormAlert, valueOf } from "@/app/_components/form-parts";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function MemberImportForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const error = state.fieldErrors?.sirets;
  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      <div className="field">
        <label htmlFor="f-sirets">Liste des adhérents</label>
        <span id="f-sirets-hint" className="hint">Le contenu d&apos;un fichier CSV avec une colonne « siret », ou un SIRET par ligne.</span>
        <textarea id="f-sirets" name="sirets" rows={6} defaultValue={valueOf(state, "sirets")} aria-describedby={error ? "f-sirets-hint f-sirets-error" : "f-sirets-hint"} aria-invalid={error ? true : undefined} />
        <FieldError id="f-sirets-error" error={error} />
      </div>
      <div className="actions">
        <button type="submit" name="mode" value="preview" className="button button--secondary">Aperçu</button>
        <button type="submit" name="mode" value="import" className="button">Importer</button>
      </div>
    </form>
  );
}
