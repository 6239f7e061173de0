/** Expected errors that services throw and the action wrapper turns into French messages. */
export type FieldErrors = Record<string, string>;

export class ExpectedError extends Error {}

export class ValidationError extends ExpectedError {
  constructor(
    public fieldErrors: FieldErrors,
    message = "Le formulaire contient des erreurs : corrigez les champs signalés.",
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export class ForbiddenError extends ExpectedError {
  constructor(message = "Vous n'avez pas les droits nécessaires pour cette action.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class UnauthenticatedError extends ExpectedError {
  constructor(message = "Connectez-vous pour continuer.") {
    super(message);
    this.name = "UnauthenticatedError";
  }
}

export class NotFoundError extends ExpectedError {
  constructor(message = "Élément introuvable.") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends ExpectedError {
  constructor(
    message: string,
    public fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

export function isExpectedError(err: unknown): err is ExpectedError {
  return err instanceof ExpectedError;
}

/** PostgreSQL error code of a driver error; drizzle 0.45 wraps it in `cause`. */
export function pgErrorCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } } | null;
  return e?.cause?.code ?? e?.code;
}

export function pgConstraint(err: unknown): string | undefined {
  const e = err as { constraint?: string; cause?: { constraint?: string } } | null;
  return e?.cause?.constraint ?? e?.constraint;
}
