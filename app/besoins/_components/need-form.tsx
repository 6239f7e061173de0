"use client";
/** The need form (create and edit): sections, French field errors, values kept after an error. */
import { useActionState } from "react";
import { formatMegabytes, MAX_DOCUMENT_BYTES, MAX_NEED_ATTACHMENTS } from "@/lib/files/limits";
import type { FormState } from "@/lib/actions/client-state";
import { initialFormState } from "@/lib/actions/client-state";
import { CSR_CRITERIA, NEED_KINDS } from "@/lib/needs/csr";
import { AreaField } from "@/app/_components/area-field";
import { Field, FieldError, FormAlert, SubmitButton, useStateKey, valueOf } from "@/app/_components/form-parts";
import { chosenFromValues } from "@/app/_components/multi-picker";
import { CommunePicker, NafMultiPicker } from "@/app/_components/reference-pickers";
import type { PickerOption } from "@/app/_components/use-suggestions";
import { TextArea, RadioGroup, CheckboxGroup } from "@/app/_components/choice-fields";

export interface NeedFormDefaults {
  title?: string;
  description?: string;
  kind?: string;
  quantities?: string | null;
  nafCodes?: PickerOption[];
  communeCode?: string;
  communeLabel?: string;
  perimeter?: { kind: "radius" | "territory" | "areas"; radiusKm?: number | null; areas?: PickerOption[] };
  budgetMinEur?: number | null;
  budgetMaxEur?: number | null;
  responseDeadline?: string;
  expectedStartDate?: string | null;
  csrCriteria?: string[];
  csrNotes?: string | null;
  visibility?: string;
  contactUserId?: string | null;
}

interface Props {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  defaults: NeedFormDefaults;
  members: { id: string; name: string }[];
  attachments: { id: string; filename: string }[];
  territoryName: string;
  submitLabel: string;
}

export function NeedForm({ action, defaults, members, attachments, territoryName, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const key = useStateKey(state);
  const err = state.fieldErrors ?? {};
  // After an error, what was typed wins over the stored need.
  const v = (name: string, fallback?: string | number | null) => (state.values ? valueOf(state, name) : fallback?.toString()) ?? "";
  const list = (name: string, fallback: string[] = []) => {
    const raw = state.values?.[name];
    return state.values ? (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) : fallback;
  };

  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      <fieldset>
        <legend>L&apos;achat</legend>
        <Field
          name="title"
          label="Titre du besoin"
          hint="Par exemple : Entretien des espaces verts du site de Rousset"
          required
          state={state}
          defaultValue={v("title", defaults.title)}
          maxLength={150}
        />
        <TextArea
          name="description"
          label="Description"
          hint="Ce qu'il faut livrer ou réaliser, les contraintes, les critères de choix."
          required
          error={err.description}
          defaultValue={v("description", defaults.description)}
        />
        <RadioGroup
          name="kind"
          legend="Type d'achat"
          options={NEED_KINDS.map((k) => ({ value: k.code, label: k.label }))}
          value={v("kind", defaults.kind ?? "services")}
          error={err.kind}
        />
        <NafMultiPicker
          key={`naf-${key}`}
          name="nafCodes"
          label="Activités recherchées (codes NAF)"
          hint="Une ou plusieurs activités : elles servent à trouver les fournisseurs."
          required
          error={err.nafCodes}
          defaults={state.values ? chosenFromValues(state.values, "nafCodes") : defaults.nafCodes}
        />
        <Field
          name="quantities"
          label="Quantités"
          hint="Facultatif : volumes, fréquence, nombre de sites…"
          state={state}
          defaultValue={v("quantities", defaults.quantities)}
        />
      </fieldset>

      <fieldset>
        <legend>Lieu et périmètre</legend>
        <CommunePicker
          key={`commune-${key}`}
          name="communeCode"
          label="Lieu de livraison ou d'exécution"
          required
          error={err.communeCode}
          defaultKey={v("communeCode", defaults.communeCode) || undefined}
          defaultLabel={(state.values ? valueOf(state, "_label_communeCode") : defaults.communeLabel) || undefined}
        />
        <AreaField
          key={`area-${key}`}
          prefix="perimeter"
          legend="Périmètre des fournisseurs recherchés"
          radiusLabel="Dans un rayon autour du lieu de livraison"
          territoryName={territoryName}
          state={state}
          defaults={defaults.perimeter}
        />
      </fieldset>

      <fieldset>
        <legend>Budget et calendrier</legend>
        <div className="two-cols">
          <Field
            name="budgetMinEur"
            label="Budget estimé minimum (€ HT)"
            inputMode="numeric"
            state={state}
            defaultValue={v("budgetMinEur", defaults.budgetMinEur)}
          />
          <Field
            name="budgetMaxEur"
            label="Budget estimé maximum (€ HT)"
            inputMode="numeric"
            state={state}
            defaultValue={v("budgetMaxEur", defaults.budgetMaxEur)}
          />
        </div>
        <div className="two-cols">
          <Field
            name="responseDeadline"
            type="date"
            label="Date limite de réponse"
            required
            state={state}
            defaultValue={v("responseDeadline", defaults.responseDeadline)}
          />
          <Field
            name="expectedStartDate"
            type="date"
            label="Démarrage prévu"
            hint="Facultatif"
            state={state}
            defaultValue={v("expectedStartDate", defaults.expectedStartDate)}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Achats durables</legend>
        <CheckboxGroup
          name="csrCriteria"
          legend="Critères sociaux et environnementaux demandés"
          options={CSR_CRITERIA.map((c) => ({ value: c.code, label: c.label }))}
          values={list("csrCriteria", defaults.csrCriteria)}
          error={err.csrCriteria}
        />
        <TextArea
          name="csrNotes"
          label="Précisions"
          hint="Facultatif : labels attendus, part d'insertion…"
          rows={3}
          error={err.csrNotes}
          defaultValue={v("csrNotes", defaults.csrNotes)}
        />
      </fieldset>

      <fieldset>
        <legend>Diffusion et contact</legend>
        <RadioGroup
          name="visibility"
          legend="Qui peut voir ce besoin une fois publié ?"
          value={v("visibility", defaults.visibility ?? "all_signatories")}
          error={err.visibility}
          options={[
            { value: "all_signatories", label: "Toutes les entreprises signataires vérifiées" },
            { value: "invited_only", label: "Seulement les fournisseurs que j'inviterai" },
          ]}
        />
        <div className="field">
          <label htmlFor="f-contactUserId">
            Personne à contacter <span aria-hidden="true">*</span>
          </label>
          <select
            id="f-contactUserId"
            name="contactUserId"
            defaultValue={v("contactUserId", defaults.contactUserId)}
            aria-invalid={err.contactUserId ? true : undefined}
            aria-describedby={err.contactUserId ? "f-contactUserId-error" : undefined}
          >
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <FieldError id="f-contactUserId-error" error={err.contactUserId} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Pièces jointes</legend>
        {attachments.length > 0 ? (
          <div className="field">
            <span className="label">Déjà jointes (cochez pour retirer)</span>
            {attachments.map((a) => (
              <label key={a.id} className="checkbox">
                <input type="checkbox" name="removeFileIds" value={a.id} /> <span>Retirer {a.filename}</span>
              </label>
            ))}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="f-attachments">Ajouter des documents</label>
          <span id="f-attachments-hint" className="hint">
            Cahier des charges, plans… PDF, Word, Excel, PowerPoint ou OpenDocument ; {formatMegabytes(MAX_DOCUMENT_BYTES)} par fichier, {MAX_NEED_ATTACHMENTS}{" "}
            fichiers au plus.
          </span>
          <input
            id="f-attachments"
            name="attachments"
            type="file"
            multiple
            accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.doc,.xls,.ppt"
            aria-describedby={err.attachments ? "f-attachments-hint f-attachments-error" : "f-attachments-hint"}
            aria-invalid={err.attachments ? true : undefined}
          />
          <FieldError id="f-attachments-error" error={err.attachments} />
        </div>
      </fieldset>

      <div className="actions">
        <SubmitButton pendingLabel="Enregistrement…">{submitLabel}</SubmitButton>
        <span className="muted">Le besoin reste un brouillon tant que vous ne l&apos;envoyez pas à la CCI.</span>
      </div>
    </form>
  );
}
