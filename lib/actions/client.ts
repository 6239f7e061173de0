/**
 * The one wrapper for form server actions: reads the actor, parses FormData with zod, runs the handler,
 * and maps expected errors to French field-level state. What was typed comes back (never secrets) so
 * a form with errors keeps its values. Actions bound to a resource (`action.bind(null, id)`) use
 * `boundFormAction`: the bound id is parsed here too, so a forged one is « introuvable », not a crash.
 */
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { ZodType } from "zod";
import { fieldErrorsOf, formDataToObject, INVALID_CHARACTER, z } from "../validation/zod";
import { ConflictError, isExpectedError, NotFoundError, ValidationError } from "../errors";
import type { FormState } from "./client-state";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";
import { logger } from "../ops/logger";
import { observeRequest } from "../ops/metrics";
import { requestIdOf } from "../ops/request-id";

export type { FormState } from "./client-state";

const SECRET_FIELDS = ["password", "passwordConfirm", "currentPassword"];
const FORM_ERROR = "Le formulaire contient des erreurs : corrigez les champs signalés.";
const UNEXPECTED = "Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez la CCI.";

interface Options {
  /** Fields never echoed back (passwords are always left out). */
  secret?: string[];
  /** Fields the handler reads from FormData itself (not parsed by the schema, still echoed back). */
  ignore?: string[];
}

interface BoundOptions extends Options {
  /** What the bound id must be (a UUID unless told otherwise). */
  id?: ZodType<string>;
  /** The message when it is not one, e.g. « Besoin introuvable. ». */
  notFound?: string;
}

type Schema<TInput> = ZodType<TInput> | (() => ZodType<TInput>);
interface Ctx { actor: Actor | null; formData: FormData }

export function formAction<TInput>(
  /** A schema, or a function building one per request (rules that depend on the current time). */
  schema: Schema<TInput>,
  handler: (input: TInput, ctx: Ctx) => Promise<FormState | void>,
  options: Options = {},
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => run(schema, handler, options, formData);
}

/** The same for an action bound to a resource id; the handler gets it parsed as `ctx.id`. */
export function boundFormAction<TInput>(
  schema: Schema<TInput>,
  handler: (input: TInput, ctx: Ctx & { id: string }) => Promise<FormState | void>,
  options: BoundOptions = {},
) {
  const idSchema = options.id ?? z.uuid();
  return async (boundId: unknown, _prev: FormState, formData: FormData): Promise<FormState> => {
    const id = idSchema.safeParse(boundId);
    if (!id.success) return { ok: false, message: options.notFound ?? new NotFoundError().message };
    return run(schema, (input, ctx) => handler(input, { ...ctx, id: id.data }), options, formData);
  };
}

/** Ids a form repeats (e.g. files to remove), read by a handler: a malformed one is a form error. */
export function idsFrom(formData: FormData, field: string): string[] {
  const parsed = z.array(z.uuid()).max(100).safeParse(formData.getAll(field));
  if (!parsed.success) throw new ValidationError({ [field]: "Élément inconnu : rechargez la page." });
  return parsed.data;
}

/** Runs the action and records its latency by page (lib/ops/metrics.ts): 200 done, 400 refused, 500 unexpected, 303 redirect() and other Next.js throws. */
async function run<TInput>(schema: Schema<TInput>, handler: (input: TInput, ctx: Ctx) => Promise<FormState | void>, options: Options, formData: FormData): Promise<FormState> {
  const start = performance.now();
  let status = 303;
  try {
    const state = await runAction(schema, handler, options, formData);
    status = state.ok ? 200 : state.message === UNEXPECTED ? 500 : 400;
    return state;
  } finally {
    const { pathname } = await requestContext();
    observeRequest("action", "POST", pathname, status, (performance.now() - start) / 1000);
  }
}

/** The page the action was posted from (proxy.ts's x-pathname) and the request id; placeholders outside a request. */
async function requestContext(): Promise<{ pathname: string; requestId: string | null }> {
  try {
    const h = await headers();
    return { pathname: (h.get("x-pathname") ?? "unknown").split("?")[0], requestId: requestIdOf(h) };
  } catch {
    return { pathname: "unknown", requestId: null };
  }
}

async function runAction<TInput>(schema: Schema<TInput>, handler: (input: TInput, ctx: Ctx) => Promise<FormState | void>, options: Options, formData: FormData): Promise<FormState> {
  const hidden = new Set([...SECRET_FIELDS, ...(options.secret ?? [])]);
  const raw = formDataToObject(formData);
  const values = Object.fromEntries(Object.entries(raw).filter(([k]) => !hidden.has(k)).map(([k, v]) => [k, withoutNul(v)]));
  // NUL is refused in every field, whatever its schema says (PostgreSQL cannot store it, nobody types it).
  const withNul = Object.keys(raw).filter((k) => (Array.isArray(raw[k]) ? raw[k] : [raw[k]]).some((s) => s.includes("\u0000")));
  if (withNul.length) return { ok: false, message: FORM_ERROR, fieldErrors: Object.fromEntries(withNul.map((k) => [k, INVALID_CHARACTER])), values };
  // Fields named "_…" are UI-only (e.g. a picker's visible label): echoed back, never parsed.
  const zodSchema = typeof schema === "function" ? schema() : schema;
  const ignored = new Set(options.ignore ?? []);
  const parsed = zodSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith("_") && !ignored.has(k))));
  if (!parsed.success) return { ok: false, message: FORM_ERROR, fieldErrors: fieldErrorsOf(parsed.error), values };
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
    const { pathname, requestId } = await requestContext();
    logger().error({ err, requestId, page: pathname }, "unexpected error in a server action");
    return { ok: false, message: UNEXPECTED, values };
  }
}

const withoutNul = (v: string | string[]) => (Array.isArray(v) ? v.map((s) => s.replace(/\u0000/g, "")) : v.replace(/\u0000/g, ""));
