/**
 * The one error body of every route handler: problem details (RFC 9457), served as
 * application/problem+json, in French. `errors` lists field errors for a refused input:
 *
 *   { "type": "urn:circuit-court:problem:validation", "title": "Requête invalide", "status": 400,
 *     "detail": "Le paramètre « q » doit comporter au plus 80 caractères.", "errors": [{ "field": "q", "detail": "…" }] }
 *
 * `type` names the kind of problem (stable, for programs); `title` is its French label, the same for every
 * occurrence; `detail` says what went wrong this time, for people.
 */
import { ConflictError, ExpectedError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError, type FieldErrors } from "@/lib/errors";
import { RateLimitedError } from "@/lib/security/rate-limit";
import { HttpError } from "./errors";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; detail: string }[];
}

const KINDS: Record<number, { slug: string; title: string }> = {
  400: { slug: "validation", title: "Requête invalide" },
  401: { slug: "unauthenticated", title: "Authentification requise" },
  403: { slug: "forbidden", title: "Accès refusé" },
  404: { slug: "not-found", title: "Ressource introuvable" },
  409: { slug: "conflict", title: "Conflit avec l'état actuel" },
  413: { slug: "payload-too-large", title: "Contenu trop volumineux" },
  429: { slug: "rate-limited", title: "Trop de requêtes" },
  500: { slug: "internal", title: "Erreur interne" },
  503: { slug: "unavailable", title: "Service indisponible" },
};

export const PROBLEM_TYPE_PREFIX = "urn:circuit-court:problem:";

export const UNEXPECTED_DETAIL = "Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez la CCI.";

export function problem(status: number, detail: string, fieldErrors: FieldErrors = {}): Problem {
  const kind = KINDS[status] ?? { slug: String(status), title: "Erreur" };
  const errors = Object.entries(fieldErrors).map(([field, d]) => ({ field, detail: d }));
  return { type: `${PROBLEM_TYPE_PREFIX}${kind.slug}`, title: kind.title, status, detail, ...(errors.length ? { errors } : {}) };
}

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(p), {
    status: p.status,
    headers: { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** How a route reports a Forbidden or NotFound thrown by its service (see route.ts). */
export interface ProblemContext {
  /** Set when the route addresses a resource the caller may not know exists: Forbidden answers 404 with it. */
  notFound?: string;
}

/**
 * The problem for an expected error, or null for an unexpected one (the wrapper logs it and answers 500).
 * The one mapping of domain errors to statuses.
 */
export function problemOf(err: unknown, ctx: ProblemContext = {}): { problem: Problem; headers: Record<string, string> } | null {
  const of = (p: Problem, headers: Record<string, string> = {}) => ({ problem: p, headers });
  if (err instanceof HttpError) return of(problem(err.status, err.message, err.fieldErrors), err.headers);
  if (err instanceof RateLimitedError) {
    return of(problem(429, err.message), { "Retry-After": String(Math.max(1, Math.ceil(err.retryAfterSec))) });
  }
  if (err instanceof ValidationError) {
    // The field messages say more than the form's generic sentence; a download link shows only `detail`.
    return of(problem(400, Object.values(err.fieldErrors).join(" ") || err.message, err.fieldErrors));
  }
  if (err instanceof UnauthenticatedError) return of(problem(401, err.message));
  if (err instanceof ForbiddenError) return of(ctx.notFound ? problem(404, ctx.notFound) : problem(403, err.message));
  if (err instanceof NotFoundError) return of(problem(404, ctx.notFound ?? err.message));
  if (err instanceof ConflictError) return of(problem(409, err.message, err.fieldErrors));
  // Any other refusal a service words for people is the caller's input.
  if (err instanceof ExpectedError) return of(problem(400, err.message));
  return null;
}
