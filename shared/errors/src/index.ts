import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The error codes of the client contract (`../shared/contract/README.md`). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

export interface DomainErrorDetails {
  /** The input field at fault, as a dotted path (`input.creditCode`). */
  field?: string;
  /** Why, within the code, in words a client can branch on: `STALE_VERSION`, `INVALID_TRANSITION`, ... */
  reason?: string;
  /** Anything else a client can act on: allowed transitions, the current version, row numbers. */
  [key: string]: unknown;
}

/**
 * A failure the caller can understand and act on. Services throw these; one mapper
 * (`toGraphQLError`) turns them into GraphQL errors carrying `extensions.code`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'A valid bearer token is required', details: DomainErrorDetails = {}) {
    super(ErrorCode.UNAUTHENTICATED, message, details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this', details: DomainErrorDetails = {}) {
    super(ErrorCode.FORBIDDEN, message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string, details: DomainErrorDetails = {}) {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} was not found`, { ...details, entity, id });
  }
}

export class BadUserInputError extends DomainError {
  constructor(field: string, message: string, details: Omit<DomainErrorDetails, 'field'> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, { ...details, field });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: DomainErrorDetails = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

export class RateLimitedError extends DomainError {
  constructor(message = 'Too many requests', details: DomainErrorDetails = {}) {
    super(ErrorCode.RATE_LIMITED, message, details);
  }
}

/**
 * THE allow-list of extension keys a client may see (beside `code`): the subgraphs format their
 * errors with it and the gateway's mask keeps exactly these. A detail a service sets must be
 * named here, or it never reaches a client (a test sends each one through the gateway).
 */
export const CLIENT_EXTENSION_KEYS = [
  'reason',
  'field',
  'entity',
  'id',
  'allowed',
  'status',
  'version',
  'existingId',
  'missing',
  'officialIds',
  'period',
  'year',
  'quota',
  'limit',
  'action',
] as const;
export type ClientExtensionKey = (typeof CLIENT_EXTENSION_KEYS)[number];

/** `code` and the allow-listed keys of `extensions`, nothing else (no stack, service name or URL). */
export function clientExtensions(code: string, ...sources: Record<string, unknown>[]): Record<string, unknown> {
  const safe: Record<string, unknown> = { code };
  for (const key of CLIENT_EXTENSION_KEYS) {
    for (const source of sources) {
      if (source[key] !== undefined) {
        safe[key] = source[key];
        break;
      }
    }
  }
  return safe;
}

/** True when a formatted error already carries one of the contract's codes. */
export function hasKnownCode(error: { extensions?: Record<string, unknown> }): boolean {
  const code = error.extensions?.code;
  return typeof code === 'string' && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

export const MASKED_MESSAGE = 'Internal server error';

/** A GraphQL error for a domain error; `undefined` for anything else. */
export function toGraphQLError(error: unknown): GraphQLError | undefined {
  if (error instanceof DomainError) {
    return new GraphQLError(error.message, { extensions: clientExtensions(error.code, error.details) });
  }
  return undefined;
}

/**
 * Formats an error for a client: contract codes pass through, everything else is masked
 * (no message, stack or internal address) and reported to `onInternal` for the log.
 */
export function formatErrorForClient(
  formatted: GraphQLFormattedError,
  original: unknown,
  onInternal: (error: unknown) => void,
): GraphQLFormattedError {
  const cause = unwrap(original);
  const domain = toGraphQLError(cause);
  if (domain) {
    return { message: domain.message, path: formatted.path, locations: formatted.locations, extensions: domain.extensions };
  }
  if (hasKnownCode(formatted)) {
    const extensions = formatted.extensions ?? {};
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: clientExtensions(extensions.code as string, extensions) };
  }
  onInternal(cause ?? formatted);
  return {
    message: MASKED_MESSAGE,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

function unwrap(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof DomainError) return current;
    const next = (current as { originalError?: unknown } | undefined)?.originalError;
    if (!next) return current;
    current = next;
  }
  return current;
}
