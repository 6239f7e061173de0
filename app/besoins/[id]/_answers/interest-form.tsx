"use client";
/** "Se positionner": the supplier declares its interest in one click (the buyer sees its company name). */
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { FormAlert, SubmitButton } from "@/app/_components/form-parts";
import { declareInterestAction } from "./actions";

export function InterestForm({ needId }: { needId: string }) {
  const [state, action] = useActionState(declareInterestAction, initialFormState);
  return (
    <form action={action} className="form">
      <input type="hidden" name="needId" value={needId} />
      <FormAlert state={state} />
      <div>
        <SubmitButton pendingLabel="Enregistrement…">Se positionner</SubmitButton>
      </div>
    </form>
  );
}
