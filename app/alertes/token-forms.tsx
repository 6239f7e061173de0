"use client";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { FormAlert } from "@/app/_components/form-parts";
import { RadioGroup } from "@/app/_components/choice-fields";
import { declineAction, unsubscribeAction } from "./actions";

export function DeclineForm({ token, reasons }: { token: string; reasons: { code: string; label: string }[] }) {
  const [state, action] = useActionState(declineAction, initialFormState);
  if (state.ok) return <FormAlert state={state} />;
  return (
    <form action={action} className="form">
      <FormAlert state={state} />
      <input type="hidden" name="jeton" value={token} />
      <RadioGroup
        name="reason"
        legend="Pourquoi ce besoin ne vous intéresse pas ?"
        options={reasons.map((r) => ({ value: r.code, label: r.label }))}
        value="activity"
        error={state.fieldErrors?.reason}
      />
      <div>
        <button type="submit" className="button">
          Envoyer ma réponse
        </button>
      </div>
    </form>
  );
}

export function UnsubscribeForm({ token }: { token: string }) {
  const [state, action] = useActionState(unsubscribeAction, initialFormState);
  if (state.ok) return <FormAlert state={state} />;
  return (
    <form action={action} className="form">
      <FormAlert state={state} />
      <input type="hidden" name="jeton" value={token} />
      <div>
        <button type="submit" className="button">
          Me désabonner des opportunités
        </button>
      </div>
    </form>
  );
}
