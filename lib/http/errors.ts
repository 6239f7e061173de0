/**
 * Errors that carry their HTTP status, for refusals that only make sense at an HTTP door (a body too
 * large, a foreign origin, a limit reached). The domain errors of lib/errors (Validation, Forbidden,
 * NotFound, Unauthenticated, Conflict) stay status-free: lib/http/problem.ts maps them, in one place.
 */
import { ExpectedError, type FieldErrors } from "@/lib/errors";

export class HttpError extends ExpectedError {
  constructor(
    public readonly status: number,
    message: string,
    public readonly fieldErrors: FieldErrors = {},
    /** Extra response headers (e.g. Retry-After). */
    public readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export class BadRequestError extends HttpError {
  constructor(message: string, fieldErrors: FieldErrors = {}) {
    super(400, message, fieldErrors);
    this.name = "BadRequestError";
  }
}

export class PayloadTooLargeError extends HttpError {
  constructor(message: string) {
    super(413, message);
    this.name = "PayloadTooLargeError";
  }
}

/** A rate limit reached at a route: 429 with Retry-After (actions use lib/security's RateLimitedError). */
export class TooManyRequestsError extends HttpError {
  constructor(
    message: string,
    public readonly retryAfterSec: number,
  ) {
    super(429, message, {}, { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSec))) });
    this.name = "TooManyRequestsError";
  }
}

export class ServiceUnavailableError extends HttpError {
  constructor(message = "Le service est momentanément indisponible : réessayez dans un instant.") {
    super(503, message);
    this.name = "ServiceUnavailableError";
  }
}
