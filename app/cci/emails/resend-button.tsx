"use client";
/** "Renvoyer": puts one failed e-mail, or all of them, back in the send queue, and says how many. */
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { FormAlert } from "@/app/_components/form-parts";
import { resendEmailsAction } from "./actions";

export function ResendButton({ emailId, label }: { emailId?: string; label: string }) {
  const [state, resend, pending] = useActionState(resendEmailsAction, initialFormState);
  return (
    <form action={resend}>
      {emailId ? <input type="hidden" name="emailId" value={emailId} /> : <input type="hidden" name="all" value="failed" />}
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? "Envoi…" : label}
      </button>
      <FormAlert state={state} />
    </form>
  );
}
