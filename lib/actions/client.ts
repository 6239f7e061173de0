/**
 * The one wrapper for form server actions: reads the actor, parses FormData with zod, runs the handler,
 * and maps expected errors to French field-level state. What was typed comes back (never secrets) so
 * a form with errors keeps its values.
 */
import { unstable_rethrow } from "next/navigation";
import type { ZodType } from "zod";
import { fieldErrorsOf, formDataToObject } from "../validation/zod";
import { ConflictError, isExpectedError, ValidationError } from "../errors";
import type { FormState } from "./client-state";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";

export type { FormState } from "./client-state";

const SECRET_FIELDS = ["password", "passwordConfirm", "currentPassword"];

interface Options {
  /** Fields never echoed back (passwords are always left out). */
  secret?: string[];
  /** Fields the handler reads from FormData itself (not parsed by the schema, still echoed back). */
  ignore?: string[];
}

export function formAction<TInput>(
  /** A schema, or a function building one per request (rules that depend on the current time). */
  schema: ZodType<TInput> | (() => ZodType<TInput>),
  handler: (input: TInput, ctx: { actor: Actor | null; formData: FormData }) => Promise<FormState | void>,
  options: Options = {},
) {
  const hidden = new Set([...SECRET_FIELDS, ...(options.secret ?? [])]);
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    const values = Object.fromEntries(Object.entries(raw).filter(([k]) => !hidden.has(k)));
    // Fields named "_…" are UI-only (e.g. a picker's visible label): echoed back, never parsed.
    const zodSchema = typeof schema === "function" ? schema() : schema;
    const ignored = new Set(options.ignore ?? []);
    const parsed = zodSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith("_") && !ignored.has(k))));
    if (!parsed.success) {
      return { ok: false, message: "Le formulaire contient des erreurs : corrigez les champs signalés.", fieldErrors: fieldErrorsOf(parsed.error), values };
    }
    try {
      const actor = await getActor();
      return (await handler(parsed.data, { actor, formData })) ?? { ok: true };
    } catch (err) {
      if (err instanceof ValidationError || err instanceof ConflictError) {
        return { ok: false, message: err.message, fieldErrors: err.fieldErrors, values };
      }
      if (isExpectedError(err)) return { ok: false, message: err.message, values };
      // redirect(), notFound() and friends must propagate.
      unstable_rethrow(err);
      console.error("[action] unexpected error", err);
      return { ok: false, message: "Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez la CCI.", values };
    }
  };
}
