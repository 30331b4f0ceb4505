/**
 * Errors that cross both transports (IPC and HTTP) as plain data and become readable messages in the UI.
 * Messages name fields and records, never identifiers of people.
 */
export type ApiErrorKind =
  | 'ValidationError'
  | 'NotFound'
  | 'Conflict'
  /** The save was made from an older copy of the record than the stored one: reload, not retry. */
  | 'Stale'
  | 'Internal'
  /** The transport turned the call away (token, Host, Origin, size) before the service saw it. */
  | 'Refused'
  /** The signed-in user holds none of the roles the method declares, in the county it reaches. */
  | 'Forbidden'
  /** Nobody is signed in (shared server), or the session has ended: sign in again. */
  | 'SignedOut';

export interface FieldIssue {
  /** Dotted path of the field, "" for the input as a whole: "rows.3.amount". */
  readonly path: string;
  readonly message: string;
}

export interface ApiErrorBody {
  readonly kind: ApiErrorKind;
  readonly message: string;
  readonly issues?: readonly FieldIssue[];
}

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = kind;
  }

  toBody(): ApiErrorBody {
    return this.issues.length > 0
      ? { kind: this.kind, message: this.message, issues: this.issues }
      : { kind: this.kind, message: this.message };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.kind, body.message, body.issues ?? []);
  }
}

export class ValidationError extends ApiError {
  constructor(message: string, issues: readonly FieldIssue[] = []) {
    super('ValidationError', message, issues);
  }
}

/** The one wrong field of a call, said once: its path and the message shown beside it. */
export function fieldError(path: string, message: string): ValidationError {
  return new ValidationError(message, [{ path, message }]);
}

export class NotFound extends ApiError {
  constructor(message: string) {
    super('NotFound', message);
  }
}

export class Conflict extends ApiError {
  constructor(message: string) {
    super('Conflict', message);
  }
}

/**
 * A save carrying an older version of a record than the stored one. Not a question the user can
 * answer with "save anyway" (as some Conflicts are): the page offers to reload instead.
 */
export class Stale extends ApiError {
  constructor(message: string) {
    super('Stale', message);
  }
}

/** The caller's roles do not allow this call (DESIGN.md, "Users and roles"). */
export class Forbidden extends ApiError {
  constructor(message: string) {
    super('Forbidden', message);
  }
}

/** What both transports carry back: a value, or an error body. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
