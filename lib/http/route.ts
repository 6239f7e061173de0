/**
 * The one way to write a route handler: `export const GET = route({ auth, permission?, params?, query?,
 * body?, rateLimit?, notFound? }, handler)`. The wrapper reads the actor (lib/auth), counts the rate limit,
 * checks authentication and permission, parses params, query and body with zod (lib/validation), runs the
 * handler, and turns every refusal into one problem-JSON body (RFC 9457, ./problem.ts). Handlers throw
 * typed errors (lib/errors, ./errors) and never build an error response themselves.
 *
 * Order: same-origin check → actor → rate limit → 401 → permission (403) → params (404) → query, body (400).
 *
 * Forbidden or NotFound — the rule:
 * - A refusal that depends only on who the caller is (the route's `permission`, e.g. staff only, or a
 *   company member's role) answers 403: the route is public knowledge, the caller lacks the role.
 * - A refusal on a resource addressed by the URL (a need, a file…) that the caller may not know exists
 *   answers 404, the same as an unknown id, so a private resource's existence does not leak. Such routes
 *   set `notFound` (the 404 detail): a ForbiddenError or NotFoundError from the handler, or params that
 *   fail their schema, then all answer 404 with it.
 * Without `notFound`, a ForbiddenError from the handler is an explicit refusal: 403.
 */
import { unstable_rethrow } from "next/navigation";
import { activeCompany, can, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { FOREIGN_ORIGIN_MESSAGE, originCheck, ownHost, trustsProxy } from "@/lib/security/origin";
import { clientIp, rateLimits, tooManyAttemptsMessage, type PolicyName } from "@/lib/security/rate-limit";
import { fieldErrorsOf, formDataToObject, z } from "@/lib/validation/zod";
import { logger } from "@/lib/ops/logger";
import { observeRequest } from "@/lib/ops/metrics";
import { requestIdOf } from "@/lib/ops/request-id";
import { HttpError, TooManyRequestsError } from "./errors";
import { problem, problemOf, problemResponse, UNEXPECTED_DETAIL } from "./problem";

/** "none": the session is not read (public data); "optional": actor may be null; "required": 401 without one. */
export type AuthMode = "none" | "optional" | "required";

type Schema = z.ZodType;
type Parsed<S> = S extends Schema ? z.output<S> : undefined;
type ActorFor<A extends AuthMode> = A extends "required" ? Actor : A extends "optional" ? Actor | null : null;

export interface RouteOptions<A extends AuthMode, P, Q, B> {
  auth: A;
  /** Checked against the actor's active company (403 when refused); needs `auth: "required"`. */
  permission?: A extends "required" ? Permission : never;
  /** 401 detail (default: lib/errors' « Connectez-vous pour continuer. »). */
  unauthenticated?: string;
  /** 403 detail when `permission` refuses. */
  forbidden?: string;
  /** The route addresses a resource the caller may not know exists: see the rule above. */
  notFound?: string;
  params?: P;
  query?: Q;
  /** JSON, or a form (url-encoded or multipart: its text fields). */
  body?: B;
  /** A policy of lib/security/rate-limit.ts, counted per client address or per caller (user, else address). */
  rateLimit?: { policy: PolicyName; per: "ip" | "caller" };
  /** Refuse cross-site writes here (403), for routes proxy.ts does not cover (see lib/security/origin.ts). */
  sameOrigin?: boolean;
}

export interface RouteContext<A extends AuthMode, P, Q, B> {
  request: Request;
  url: URL;
  actor: ActorFor<A>;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
}

/** Next.js calls a handler with the request and, on dynamic routes, a promise of the path's segments. */
export type RouteHandler = (request: Request, context?: { params?: Promise<unknown> }) => Promise<Response>;

export function route<
  A extends AuthMode,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(options: RouteOptions<A, P, Q, B>, handler: (ctx: RouteContext<A, P, Q, B>) => Promise<Response>): RouteHandler {
  return timedRoute(async (request, context) => {
    try {
      const url = new URL(request.url);
      if (options.sameOrigin) {
        const verdict = originCheck({
          method: request.method,
          pathname: url.pathname,
          origin: request.headers.get("origin"),
          host: ownHost(request.headers, trustsProxy()),
        });
        if (verdict === "refuse") throw new HttpError(403, FOREIGN_ORIGIN_MESSAGE);
      }
      const actor = options.auth === "none" ? null : await getActor();
      if (options.rateLimit) {
        const { policy, per } = options.rateLimit;
        const key = per === "caller" && actor ? `user:${actor.userId}` : `ip:${clientIp(request.headers)}`;
        const state = await rateLimits().hit(policy, key);
        if (state.limited) throw new TooManyRequestsError(tooManyAttemptsMessage(state.retryAfterSec), state.retryAfterSec);
      }
      if (options.auth === "required" && !actor) throw new UnauthenticatedError(options.unauthenticated);
      if (options.permission && !can(actor, options.permission, { companyId: activeCompany(actor)?.companyId })) {
        // Thrown past the notFound mapping: a role refusal is always 403 (see the rule above).
        return respond(problem(403, options.forbidden ?? new ForbiddenError().message));
      }
      const params = options.params ? options.params.safeParse(await context?.params) : undefined;
      if (params && !params.success) return respond(problem(404, options.notFound ?? "Ressource introuvable."));
      const query = parse(options.query, Object.fromEntries(url.searchParams));
      const body = options.body ? parse(options.body, await readBody(request)) : undefined;
      return await handler({
        request,
        url,
        actor: actor as ActorFor<A>,
        params: params?.data as Parsed<P>,
        query: query as Parsed<Q>,
        body: body as Parsed<B>,
      });
    } catch (err) {
      const known = problemOf(err, { notFound: options.notFound });
      if (known) return respond(known.problem, known.headers);
      // redirect(), notFound() and friends keep their meaning in a route handler too.
      unstable_rethrow(err);
      logger().error({ err, requestId: requestIdOf(request.headers), route: new URL(request.url).pathname }, "unexpected error in a route handler");
      return respond(problem(500, UNEXPECTED_DETAIL));
    }
  });
}

/** Records each call's latency by route pattern (lib/ops/metrics.ts). */
function timedRoute(handler: RouteHandler): RouteHandler {
  return async (request, context) => {
    const start = performance.now();
    const response = await handler(request, context);
    observeRequest("route", request.method, new URL(request.url).pathname, response.status, (performance.now() - start) / 1000);
    return response;
  };
}

const respond = problemResponse;

function parse(schema: Schema | undefined, input: unknown): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
      return formDataToObject(await request.formData());
    }
    return await request.json();
  } catch {
    throw new HttpError(400, "Le contenu de la requête n'a pas pu être lu : envoyez du JSON ou un formulaire valide.");
  }
}
