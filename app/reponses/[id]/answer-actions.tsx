"use client";
/** Withdraw one's answer; accept or decline a joint answer as a partner. */
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { FormAlert } from "@/app/_components/form-parts";
import { partnerReplyAction, withdrawAnswerAction } from "../actions";

export function WithdrawForm({ answerId }: { answerId: string }) {
  const [state, action] = useActionState(withdrawAnswerAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm("Retirer votre réponse ? L'acheteur ne la verra plus.")) e.preventDefault();
      }}
    >
      <input type="hidden" name="answerId" value={answerId} />
      <FormAlert state={state} />
      <button type="submit" className="button button--secondary button--danger">
        Retirer ma réponse
      </button>
    </form>
  );
}

export function PartnerReplyForm({ answerId, current }: { answerId: string; current: "pending" | "accepted" | "declined" }) {
  const [state, action] = useActionState(partnerReplyAction, initialFormState);
  return (
    <form action={action} className="form">
      <input type="hidden" name="answerId" value={answerId} />
      <FormAlert state={state} />
      <div className="actions" style={{ marginTop: 0 }}>
        {current !== "accepted" ? (
          <button type="submit" name="decision" value="accept" className="button">
            Accepter la réponse groupée
          </button>
        ) : null}
        <button type="submit" name="decision" value="decline" className="button button--secondary button--danger">
          Décliner
        </button>
      </div>
    </form>
  );
}
