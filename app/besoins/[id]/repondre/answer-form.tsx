"use client";
/** The structured answer: price (total or unit × quantity), lead time, validity, message, documents, partners. */
import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/client-state";
import { MAX_ANSWER_DOCUMENTS, MAX_PARTNERS } from "@/lib/answers/answer-schema";
import { Field, FieldError, FormAlert, SubmitButton, valueOf } from "@/app/_components/form-parts";
import { RadioGroup, TextArea } from "@/app/_components/choice-fields";

export interface AnswerFormDefaults {
  answerId?: string;
  priceMode: "total" | "unit";
  priceEur: number | null;
  unitPriceEur: number | null;
  quantity: number | null;
  leadTimeDays: number | null;
  validityDays: number | null;
  message: string;
  partners: { ref: string; share: number | null }[];
}

interface Props {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  defaults: AnswerFormDefaults;
  documents: { id: string; filename: string }[];
  companyName: string;
  /** Accepted types and size, from lib/files/check-upload.ts (server-only: it reads file contents). */
  documentHint: string;
}

const str = (n: number | null | undefined) => (n == null ? "" : String(n).replace(".", ","));

export function AnswerForm({ action, defaults, documents, companyName, documentHint }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const err = state.fieldErrors ?? {};
  // After an error, what was typed wins over the stored answer.
  const v = (name: string, fallback: string) => (state.values ? (valueOf(state, name) ?? "") : fallback);
  const listAt = (name: string, i: number, fallback: string) => {
    if (!state.values) return fallback;
    const raw = state.values[name];
    return (Array.isArray(raw) ? raw[i] : i === 0 ? raw : undefined) ?? "";
  };
  return (
    <form action={formAction} className="form" noValidate>
      <FormAlert state={state} />
      {err.deadline ? (
        <p className="field-error" role="alert">
          {err.deadline}
        </p>
      ) : null}
      <input type="hidden" name="answerId" value={defaults.answerId ?? ""} />
      <fieldset>
        <legend>Prix (€ HT)</legend>
        <RadioGroup
          name="priceMode"
          legend="Comment exprimez-vous le prix ?"
          value={v("priceMode", defaults.priceMode)}
          error={err.priceMode}
          options={[
            { value: "total", label: "Un prix global" },
            { value: "unit", label: "Un prix unitaire × une quantité" },
          ]}
        />
        <Field
          name="priceEur"
          label="Prix global (€ HT)"
          hint="Si vous avez choisi un prix global. Exemple : 12 500"
          inputMode="decimal"
          state={state}
          defaultValue={v("priceEur", str(defaults.priceEur))}
        />
        <div className="two-cols">
          <Field
            name="unitPriceEur"
            label="Prix unitaire (€ HT)"
            inputMode="decimal"
            state={state}
            defaultValue={v("unitPriceEur", str(defaults.unitPriceEur))}
          />
          <Field name="quantity" label="Quantité" inputMode="decimal" state={state} defaultValue={v("quantity", str(defaults.quantity))} />
        </div>
      </fieldset>
      <div className="two-cols">
        <Field
          name="leadTimeDays"
          label="Délai de réalisation (jours)"
          inputMode="numeric"
          required
          state={state}
          defaultValue={v("leadTimeDays", str(defaults.leadTimeDays))}
        />
        <Field
          name="validityDays"
          label="Validité de l'offre (jours)"
          inputMode="numeric"
          required
          state={state}
          defaultValue={v("validityDays", str(defaults.validityDays))}
        />
      </div>
      <TextArea
        name="message"
        label="Votre message à l'acheteur"
        required
        error={err.message}
        rows={6}
        hint="Votre compréhension du besoin, votre méthode, vos références proches."
        defaultValue={v("message", defaults.message)}
      />
      <fieldset>
        <legend>Documents (facultatif)</legend>
        {documents.length ? (
          <ul className="attachments">
            {documents.map((d) => (
              <li key={d.id}>
                <label className="checkbox">
                  <input type="checkbox" name="removeFileIds" value={d.id} /> <span>Retirer {d.filename}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="field">
          <label htmlFor="f-documents">Ajouter des documents</label>
          <span id="f-documents-hint" className="hint">
            {MAX_ANSWER_DOCUMENTS} documents au plus : {documentHint}.
          </span>
          <input
            id="f-documents"
            type="file"
            name="documents"
            multiple
            aria-describedby={err.documents ? "f-documents-hint f-documents-error" : "f-documents-hint"}
            aria-invalid={err.documents ? true : undefined}
          />
          <FieldError id="f-documents-error" error={err.documents} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Réponse groupée (co-traitance, facultatif)</legend>
        <p className="hint">
          {companyName} reste mandataire. Chaque partenaire, entreprise signataire vérifiée, doit accepter : la réponse n&apos;est transmise à l&apos;acheteur
          qu&apos;une fois acceptée par tous. Toute modification leur est soumise à nouveau.
        </p>
        <FieldError id="f-partnerShare-error" error={err.partnerShare ?? err.partnerRef} />
        {Array.from({ length: MAX_PARTNERS }, (_, i) => {
          const d = defaults.partners[i];
          return (
            <div className="two-cols" key={i}>
              <div className="field">
                <label htmlFor={`f-partnerRef-${i}`}>Partenaire {i + 1} : SIRET ou nom exact</label>
                <input
                  id={`f-partnerRef-${i}`}
                  name="partnerRef"
                  type="text"
                  defaultValue={listAt("partnerRef", i, d?.ref ?? "")}
                  aria-invalid={err[`partnerRef.${i}`] ? true : undefined}
                  aria-describedby={err[`partnerRef.${i}`] ? `f-partnerRef-${i}-error` : undefined}
                />
                <FieldError id={`f-partnerRef-${i}-error`} error={err[`partnerRef.${i}`]} />
              </div>
              <div className="field field--short">
                <label htmlFor={`f-partnerShare-${i}`}>Part du partenaire {i + 1} (%)</label>
                <input
                  id={`f-partnerShare-${i}`}
                  name="partnerShare"
                  type="text"
                  inputMode="numeric"
                  defaultValue={listAt("partnerShare", i, str(d?.share))}
                  aria-invalid={err[`partnerShare.${i}`] ? true : undefined}
                  aria-describedby={err[`partnerShare.${i}`] ? `f-partnerShare-${i}-error` : undefined}
                />
                <FieldError id={`f-partnerShare-${i}-error`} error={err[`partnerShare.${i}`]} />
              </div>
            </div>
          );
        })}
      </fieldset>
      <div>
        <SubmitButton pendingLabel="Envoi de la réponse…">Déposer la réponse</SubmitButton>
      </div>
    </form>
  );
}
