/** The state a form action returns: shared by server actions and client forms (no server imports here). */
import type { FieldErrors } from "../errors";

export interface FormState {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string | string[]>;
}

export const initialFormState: FormState = { ok: false };
