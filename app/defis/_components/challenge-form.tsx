"use client";
/**
 * The challenge form: what a group posts, and edits while it is a draft or sent back by the CCI (then the
 * current values come as `defaults`). Typed values come back with the errors (React resets the form after an action).
 */
import { useActionState } from "react";
import { Field, FieldError, FormAlert, SubmitButton, valueOf } from "@/app/_components/form-parts";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { BUDGET_BAND_LABELS, MATURITY_LABELS, REWARD_LABELS } from "@/lib/challenges/labels";
import { formatMegabytes, MAX_DOCUMENT_BYTES, MAX_NEED_ATTACHMENTS } from "@/lib/files/limits";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

function TextArea({
  name,
  label,
  hint,
  state,
  rows = 4,
  required,
}: {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
  rows?: number;
  required?: boolean;
}) {
  const id = `f-${name}`;
  const error = state.fieldErrors?.[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        defaultValue={valueOf(state, name)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

function Select({ name, label, options, state }: { name: string; label: string; options: Record<string, string>; state: FormState }) {
  const id = `f-${name}`;
  const error = state.fieldErrors?.[name];
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      <select
        id={id}
        name={name}
        required
        defaultValue={valueOf(state, name) ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="" disabled>
          Choisir…
        </option>
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

interface Props {
  action: Action;
  /** The challenge's current values, as the form sends them (checkboxes "on" or ""). */
  defaults?: Record<string, string>;
  /** Attachments already joined, each with a box to remove it. */
  attachments?: { id: string; filename: string }[];
  submitLabel?: string;
}

export function ChallengeForm({ action, defaults, attachments = [], submitLabel = "Enregistrer le brouillon" }: Props) {
  const [state, formAction] = useActionState(action, defaults ? { ...initialFormState, values: defaults } : initialFormState);
  const checked = (name: string, dflt: boolean) => (state.values ? valueOf(state, name) === "on" : dflt);
  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      <Field name="title" label="Titre du défi" state={state} required maxLength={150} />
      <TextArea name="summary" label="Résumé public" hint="Lu par tous, même avant l'accord de confidentialité." state={state} rows={3} required />
      <TextArea name="problem" label="Le problème" state={state} rows={5} required />
      <TextArea name="context" label="Le contexte" state={state} rows={3} />
      <TextArea name="expectedSolution" label="La solution attendue" state={state} rows={3} required />
      <Select name="maturity" label="Maturité recherchée" options={MATURITY_LABELS} state={state} />
      <Select name="reward" label="Ce que gagne le lauréat" options={REWARD_LABELS} state={state} />
      <Select name="budgetBand" label="Tranche de budget" options={BUDGET_BAND_LABELS} state={state} />
      <Field name="deadline" label="Date limite des candidatures" type="date" state={state} required />
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="openToYoung" defaultChecked={checked("openToYoung", true)} /> Ouvert aux jeunes entreprises (premier client)
        </label>
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="confidential" defaultChecked={checked("confidential", false)} /> Défi confidentiel : le texte complet et les pièces
          jointes ne sont lus qu&apos;après acceptation de l&apos;accord de confidentialité
        </label>
      </div>
      <TextArea name="ndaText" label="Accord de confidentialité" hint="Obligatoire pour un défi confidentiel." state={state} rows={4} />
      {attachments.length ? (
        <fieldset className="field">
          <legend>Pièces jointes actuelles</legend>
          {attachments.map((f) => (
            <label key={f.id} className="checkbox">
              <input type="checkbox" name="removeFiles" value={f.id} /> Retirer {f.filename}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor="f-attachments">{attachments.length ? "Ajouter des pièces jointes" : "Pièces jointes"}</label>
        <span id="f-attachments-hint" className="hint">
          {MAX_NEED_ATTACHMENTS} fichiers au plus, {formatMegabytes(MAX_DOCUMENT_BYTES)} chacun (PDF, Word, Excel, PowerPoint, OpenDocument).
        </span>
        <input id="f-attachments" type="file" name="attachments" multiple aria-describedby="f-attachments-hint" />
        <FieldError id="f-attachments-error" error={state.fieldErrors?.attachments} />
      </div>
      <SubmitButton pendingLabel="Enregistrement…">{submitLabel}</SubmitButton>
    </form>
  );
}
