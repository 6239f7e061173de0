"use client";
/**
 * The member import: a file (CSV or Excel with a « siret » column, or one SIRET per line) or a pasted list,
 * preview, then import. The preview copies the file's SIRETs into the text box, which « Importer » sends.
 */
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/files/limits";
import { FieldError, FormAlert, valueOf } from "@/app/_components/form-parts";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function MemberImportForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const fileError = state.fieldErrors?.file;
  const error = state.fieldErrors?.sirets;
  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      <div className="field">
        <label htmlFor="f-member-file">Fichier des adhérents</label>
        <span id="f-member-file-hint" className="hint">
          CSV ou Excel (.xlsx), {formatMegabytes(MAX_IMPORT_BYTES)} au plus : une colonne « siret », ou un SIRET par ligne. Le fichier choisi l&apos;emporte sur
          la liste collée.
        </span>
        <input
          id="f-member-file"
          name="file"
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={fileError ? "f-member-file-hint f-member-file-error" : "f-member-file-hint"}
          aria-invalid={fileError ? true : undefined}
        />
        <FieldError id="f-member-file-error" error={fileError} />
      </div>
      <div className="field">
        <label htmlFor="f-sirets">Ou collez la liste des adhérents</label>
        <span id="f-sirets-hint" className="hint">
          Le contenu d&apos;un fichier CSV avec une colonne « siret », ou un SIRET par ligne.
        </span>
        <textarea
          id="f-sirets"
          name="sirets"
          rows={6}
          defaultValue={valueOf(state, "sirets")}
          aria-describedby={error ? "f-sirets-hint f-sirets-error" : "f-sirets-hint"}
          aria-invalid={error ? true : undefined}
        />
        <FieldError id="f-sirets-error" error={error} />
      </div>
      <div className="actions">
        <button type="submit" name="mode" value="preview" className="button button--secondary">
          Aperçu
        </button>
        <button type="submit" name="mode" value="import" className="button">
          Importer
        </button>
      </div>
    </form>
  );
}
