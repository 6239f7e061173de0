"use client";
/**
 * A small form around a server action for the event pages: the fields come as children (rendered on the
 * server), errors come back in French above the button. The action re-checks everything on the server.
 */
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { initialFormState, type FormState } from "@/lib/actions/client-state";

interface Props {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  children?: React.ReactNode;
  secondary?: boolean;
  /** For a button alone in a table row: the visible label is short, this says what it acts on. */
  accessibleSuffix?: string;
  className?: string;
}

function Submit({ label, secondary, suffix }: { label: string; secondary?: boolean; suffix?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`button button--small${secondary ? " button--secondary" : ""}`} disabled={pending}>
      {label}
      {suffix ? <span className="visually-hidden"> : {suffix}</span> : null}
    </button>
  );
}

export function ActionForm({ action, submitLabel, children, secondary, accessibleSuffix, className }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = Object.values(state.fieldErrors ?? {});
  return (
    <form action={formAction} className={className ?? "form"}>
      {children}
      {!state.ok && state.message ? (
        <div className="alert alert--error" role="alert">
          <p>{state.message}</p>
          {errors.length ? (
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <Submit label={submitLabel} secondary={secondary} suffix={accessibleSuffix} />
    </form>
  );
}
