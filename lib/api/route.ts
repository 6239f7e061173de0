/**
 * Route handlers of the public API v1, on top of lib/http/route.ts (problem-JSON, typed errors, logging):
 * `export const GET = apiRoute({ scope, params?, query?, body?, notFound?, session? }, handler)`.
 *
 * Who calls: an API token (`Authorization: Bearer cc_…`, lib/api/token-service.ts), which acts for its
 * company with its creator's admin rights and no more; or, for routes with `session: true`, a signed-in
 * browser (the first /api/v1 route already served one). Order: rate limit per token (or per user, else
 * per address) → 401 → scope (403) → params (404) → query, body (400) → handler. Responses go through
 * `apiJson(schema, data)`, which keeps only the documented fields.
 */
import { getDb, type Db } from "@/db/client";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";
import { NotFoundError, UnauthenticatedError, ValidationError } from "../errors";
import { HttpError, TooManyRequestsError } from "../http/errors";
import { route, type RouteHandler } from "../http/route";
import { clientIp, rateLimits, tooManyAttemptsMessage } from "../security/rate-limit";
import { fieldErrorsOf, z } from "../validation/zod";
import { authenticateApiToken, type ApiCaller } from "./token-service";
import { bearerSecret, scopeAllows, type ApiScope } from "./tokens";

type Schema = z.ZodType;
type Parsed<S> = S extends Schema ? z.output<S> : undefined;

export interface ApiRouteOptions<P, Q, B> {
  /** What the token must allow: "read" for GET, "write" for changes. */
  scope: ApiScope;
  /** Also admit a signed-in browser session when no token is sent. */
  session?: boolean;
  /** The 404 detail of a resource addressed by the URL (hidden, unknown and malformed ids alike). */
  notFound?: string;
  params?: P;
  query?: Q;
  body?: B;
}

export interface ApiContext<P, Q, B> {
  request: Request;
  url: URL;
  /** The application's database, so route files need no db/ import. */
  db: Db;
  actor: Actor;
  /** The token's facts; null for a session. */
  caller: ApiCaller | null;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
}

export const TOKEN_REQUIRED = "Jeton d'API requis : envoyez l'en-tête « Authorization: Bearer <jeton> ».";
export const MALFORMED_AUTHORIZATION = "En-tête Authorization invalide : « Bearer <jeton> » attendu.";
export const READ_ONLY_TOKEN = "Ce jeton est en lecture seule : créez un jeton « Lecture et écriture » pour cette opération.";

export function apiRoute<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  options: ApiRouteOptions<P, Q, B>,
  handler: (ctx: ApiContext<P, Q, B>) => Promise<Response>,
): RouteHandler {
  return (request, context) =>
    route({ auth: "none", notFound: options.notFound }, async ({ request: req, url }) => {
      const { actor, caller } = await identify(req, options);
      if (caller && !scopeAllows(caller.scope, options.scope)) throw new HttpError(403, READ_ONLY_TOKEN);
      const params = options.params ? options.params.safeParse(await context?.params) : undefined;
      if (params && !params.success) throw new NotFoundError(options.notFound ?? "Ressource introuvable.");
      const query = parse(options.query, Object.fromEntries(url.searchParams));
      const body = options.body ? parse(options.body, await readJson(req)) : undefined;
      return handler({ request: req, url, db: getDb(), actor, caller, params: params?.data as Parsed<P>, query: query as Parsed<Q>, body: body as Parsed<B> });
    })(request, context);
}

/** The caller, after counting the request against the public API's limit. */
async function identify(request: Request, options: { session?: boolean }): Promise<{ actor: Actor; caller: ApiCaller | null }> {
  const secret = bearerSecret(request.headers);
  if (secret === undefined && options.session) {
    const actor = await getActor();
    await countRequest(actor ? `user:${actor.userId}` : `ip:${clientIp(request.headers)}`);
    if (!actor) throw new UnauthenticatedError("Authentification requise.");
    return { actor, caller: null };
  }
  // Counted per secret (hashed by the limiter), so one token's traffic never spends another's budget.
  await countRequest(secret ? `token:${secret}` : `ip:${clientIp(request.headers)}`);
  if (secret === undefined) throw new UnauthenticatedError(TOKEN_REQUIRED);
  if (secret === null) throw new UnauthenticatedError(MALFORMED_AUTHORIZATION);
  const caller = await authenticateApiToken(getDb(), secret);
  return { actor: caller.actor, caller };
}

async function countRequest(key: string) {
  const state = await rateLimits().hit("publicApi", key);
  if (state.limited) throw new TooManyRequestsError(tooManyAttemptsMessage(state.retryAfterSec), state.retryAfterSec);
}

function parse(schema: Schema | undefined, input: unknown): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new HttpError(400, "Le contenu de la requête n'a pas pu être lu : envoyez du JSON valide (Content-Type: application/json).");
  }
}

/** A JSON response holding only what `schema` documents; never cached by a shared cache. */
export function apiJson<S extends Schema>(schema: S, data: z.input<S>, init: { status?: number } = {}): Response {
  return Response.json(schema.parse(data), { status: init.status ?? 200, headers: { "Cache-Control": "private, no-store" } });
}
