"use client";
/** "Avez-vous conclu ?" (oui avec montant / pas encore / non avec raison) and the 1–5 rating of a supplier. */
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { Field, FormAlert, SubmitButton, valueOf } from "@/app/_components/form-parts";
import { RadioGroup, TextArea } from "@/app/_components/choice-fields";
import { followUpAction, rateSupplierAction } from "./actions";

export function FollowUpForm({ needId, current }: { needId: string; current: { outcome: string | null; amountEur: number | null; reason: string | null } }) {
  const [state, action] = useActionState(followUpAction, initialFormState);
  const err = state.fieldErrors ?? {};
  const v = (name: string, fallback: string) => (state.values ? (valueOf(state, name) ?? "") : fallback);
  return (
    <form action={action} className="form">
      <input type="hidden" name="needId" value={needId} />
      <FormAlert state={state} />
      <RadioGroup
        name="outcome"
        legend="Avez-vous conclu ?"
        value={v("outcome", current.outcome ?? "")}
        error={err.outcome}
        options={[
          { value: "yes", label: "Oui, l'affaire est conclue" },
          { value: "not_yet", label: "Pas encore" },
          { value: "no", label: "Non" },
        ]}
      />
      <Field
        name="amountEur"
        label="Montant conclu (€ HT), si oui"
        inputMode="decimal"
        state={state}
        defaultValue={v("amountEur", current.amountEur !== null ? String(current.amountEur).replace(".", ",") : "")}
      />
      <TextArea name="reason" label="Raison, si non (ou commentaire)" rows={2} error={err.reason} defaultValue={v("reason", current.reason ?? "")} />
      <div>
        <SubmitButton pendingLabel="Enregistrement…">Enregistrer ma réponse</SubmitButton>
      </div>
    </form>
  );
}

export function RatingForm({
  needId,
  supplier,
  current,
}: {
  needId: string;
  supplier: { id: string; name: string };
  current: { rating: number; comment: string | null } | null;
}) {
  const [state, action] = useActionState(rateSupplierAction, initialFormState);
  const err = state.fieldErrors ?? {};
  const v = (name: string, fallback: string) => (state.values ? (valueOf(state, name) ?? "") : fallback);
  return (
    <form action={action} className="form">
      <input type="hidden" name="needId" value={needId} />
      <input type="hidden" name="supplierCompanyId" value={supplier.id} />
      <FormAlert state={state} />
      <RadioGroup
        name="rating"
        legend={`Votre note pour ${supplier.name} (1 à 5)`}
        value={v("rating", current ? String(current.rating) : "")}
        error={err.rating}
        options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n}/5` }))}
      />
      <TextArea
        name="comment"
        label={`Commentaire pour ${supplier.name} (facultatif)`}
        rows={2}
        error={err.comment}
        defaultValue={v("comment", current?.comment ?? "")}
      />
      <div>
        <SubmitButton pendingLabel="Enregistrement…">Enregistrer la note</SubmitButton>
      </div>
    </form>
  );
}
