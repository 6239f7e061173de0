"use client";
/** Accessible form building blocks: a labelled field with its French error, the form alert, the submit button. */
import { useMemo, useRef } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/actions/client-state";

export function valueOf(state: FormState, name: string): string | undefined {
  const v = state.values?.[name];
  return Array.isArray(v) ? v[0] : v;
}

interface FieldProps extends React.InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  state: FormState;
}

/** Text-like input; keeps what was typed (never passwords) and ties the error to the input. */
export function Field({ name, label, hint, state, type = "text", ...rest }: FieldProps) {
  const error = state.fieldErrors?.[name];
  const id = `f-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {rest.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={type === "password" ? undefined : valueOf(state, name)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}

/** The form-level message; announced by screen readers when it appears. */
export function FormAlert({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <div className={`alert ${state.ok ? "alert--ok" : "alert--error"}`} role="alert" data-testid="form-alert">
      {state.message}
    </div>
  );
}

export function SubmitButton({ children, pendingLabel }: { children: React.ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button" aria-disabled={pending} disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}

/**
 * A key that changes with each new action state. Components that hold their own state (pickers) are
 * keyed with it so they remount with the values the server sent back, after React resets the form.
 */
export function useStateKey(state: FormState): number {
  const counter = useRef(0);
  return useMemo(() => {
    counter.current += 1;
    return counter.current;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
}
