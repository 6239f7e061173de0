/**
 * The one wrapper for form server actions: reads the actor, parses FormData with zod, runs the handler,
 * and maps expected errors to French field-level state. What was typed comes back (never secrets) so
 * a form with errors keeps its values. Actions bound to a resource (`action.bind(null, id)`) use the
 * `bound…` variants: the bound id is parsed here too, so a forged one is « introuvable », not a crash.
 *
 * Which one (in the manner of formbricks' authenticatedActionClient / saas-starter's validatedActionWithUser):
 * - `formAction`: public forms (sign-in, contact, signed links); the handler gets `actor: Actor | null`;
 * - `userAction`: a signed-in person (staff decisions, actions on a resource whose service checks the
 *   resource's rule); the handler gets a non-null `actor`, an anonymous caller « Connectez-vous… »;
 * - `memberAction(permission, …)`: for the actor's active company; the handler gets `actor` and `company`,
 *   checked against `permission` on that company before it runs.
 */
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { fieldErrorsOf, formDataToObject, INVALID_CHARACTER, z } from "../validation/zod";
import { ConflictError, ForbiddenError, isExpectedError, NotFoundError, UnauthenticatedError, ValidationError } from "../errors";
import type { FormState } from "./client-state";
import { activeCompany, authorize, type Actor, type ActorMembership } from "../auth/actor";
import type { Permission } from "../auth/permissions";
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

interface MemberOptions extends Options {
  /** The refusal when the actor belongs to no company, e.g. « Seuls les membres d'une entreprise publient des besoins. ». */
  noCompany?: string;
}

interface BoundOptions extends Options {
  /** What the bound id must be (a UUID unless told otherwise). */
  id?: z.ZodType<string>;
  /** The message when it is not one, e.g. « Besoin introuvable. ». */
  notFound?: string;
}

type Schema<TInput> = z.ZodType<TInput> | (() => z.ZodType<TInput>);
interface Ctx {
  actor: Actor | null;
  formData: FormData;
}
/** A signed-in actor. */
export interface UserCtx {
  actor: Actor;
  formData: FormData;
}
/** A signed-in actor acting for its active company, allowed the action's permission on it. */
export interface MemberCtx extends UserCtx {
  company: ActorMembership;
}
type Bound<C> = C & { id: string };

const NO_COMPANY = "Vous ne faites partie d'aucune entreprise.";

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

/** A form action for a signed-in person: the handler gets a non-null actor. */
export function userAction<TInput>(schema: Schema<TInput>, handler: (input: TInput, ctx: UserCtx) => Promise<FormState | void>, options: Options = {}) {
  return formAction(schema, (input, ctx) => handler(input, signedIn(ctx)), options);
}

/** `userAction` bound to a resource id (`ctx.id`). */
export function boundUserAction<TInput>(
  schema: Schema<TInput>,
  handler: (input: TInput, ctx: Bound<UserCtx>) => Promise<FormState | void>,
  options: BoundOptions = {},
) {
  return boundFormAction(schema, (input, ctx) => handler(input, { ...signedIn(ctx), id: ctx.id }), options);
}

/** A form action for the actor's active company, allowed `permission` on it: the handler gets `actor` and `company`. */
export function memberAction<TInput>(
  permission: Permission,
  schema: Schema<TInput>,
  handler: (input: TInput, ctx: MemberCtx) => Promise<FormState | void>,
  options: MemberOptions = {},
) {
  return formAction(schema, (input, ctx) => handler(input, member(ctx, permission, options)), options);
}

/** `memberAction` bound to a resource id (`ctx.id`). */
export function boundMemberAction<TInput>(
  permission: Permission,
  schema: Schema<TInput>,
  handler: (input: TInput, ctx: Bound<MemberCtx>) => Promise<FormState | void>,
  options: BoundOptions & MemberOptions = {},
) {
  return boundFormAction(schema, (input, ctx) => handler(input, { ...member(ctx, permission, options), id: ctx.id }), options);
}

function signedIn(ctx: Ctx): UserCtx {
  if (!ctx.actor) throw new UnauthenticatedError();
  return { actor: ctx.actor, formData: ctx.formData };
}

function member(ctx: Ctx, permission: Permission, options: MemberOptions): MemberCtx {
  const { actor, formData } = signedIn(ctx);
  const company = activeCompany(actor);
  if (!company) throw new ForbiddenError(options.noCompany ?? NO_COMPANY);
  authorize(actor, permission, { companyId: company.companyId });
  return { actor, company, formData };
}

/** Ids a form repeats (e.g. files to remove), read by a handler: a malformed one is a form error. */
export function idsFrom(formData: FormData, field: string): string[] {
  const parsed = z.array(z.uuid()).max(100).safeParse(formData.getAll(field));
  if (!parsed.success) throw new ValidationError({ [field]: "Élément inconnu : rechargez la page." });
  return parsed.data;
}

/** Runs the action and records its latency by page (lib/ops/metrics.ts): 200 done, 400 refused, 500 unexpected, 303 redirect() and other Next.js throws. */
async function run<TInput>(
  schema: Schema<TInput>,
  handler: (input: TInput, ctx: Ctx) => Promise<FormState | void>,
  options: Options,
  formData: FormData,
): Promise<FormState> {
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

async function runAction<TInput>(
  schema: Schema<TInput>,
  handler: (input: TInput, ctx: Ctx) => Promise<FormState | void>,
  options: Options,
  formData: FormData,
): Promise<FormState> {
  const hidden = new Set([...SECRET_FIELDS, ...(options.secret ?? [])]);
  const raw = formDataToObject(formData);
  const values = Object.fromEntries(
    Object.entries(raw)
      .filter(([k]) => !hidden.has(k))
      .map(([k, v]) => [k, withoutNul(v)]),
  );
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
