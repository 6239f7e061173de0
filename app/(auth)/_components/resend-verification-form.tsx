"use client";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { resendVerificationAction } from "../verifier-email/actions";

export function ResendVerificationForm() {
  const [state, action, pending] = useActionState(resendVerificationAction, initialFormState);
  if (state.message) return <span role="status">{state.message}</span>;
  return (
    <form action={action}>
      <button type="submit" className="button button--secondary button--small" disabled={pending}>
        Recevoir un nouveau lien
      </button>
    </form>
  );
}
