import { clientExtensions, ErrorCode } from '@qinshang/errors';
import { GraphQLError } from 'graphql';

/** Codes a client may see as they are; everything else is masked. */
const PASS_THROUGH = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
]);

/**
 * The runtime's own codes for a request it could not read, and the field each is about: the
 * client sees the contract's BAD_USER_INPUT naming it instead.
 */
const RUNTIME_INPUT_CODES: Record<string, (message: string) => string> = {
  GRAPHQL_PARSE_FAILED: () => 'query',
  GRAPHQL_VALIDATION_FAILED: () => 'query',
  OPERATION_RESOLUTION_FAILURE: () => 'operationName',
  BAD_REQUEST: (message) => /\boperationName\b/.test(message) ? 'operationName' : /\bvariables\b/.test(message) ? 'variables' : /\bextensions\b/.test(message) ? 'extensions' : /\bquery\b/i.test(message) && !/JSON/.test(message) ? 'query' : 'body',
};

/**
 * The gateway's error mask. Subgraph errors arrive with their service name, the request URL and
 * sometimes a stack; only a contract code and the details on the allow-list (`CLIENT_EXTENSION_KEYS`) reach the client. Everything else
 * becomes INTERNAL_SERVER_ERROR with a fixed message, and the original is logged.
 */
export function createMaskError(log: (error: unknown) => void) {
  return (error: unknown): Error => {
    const graphQLError = error instanceof GraphQLError ? error : fromPlainError(error);
    const extensions = (graphQLError?.extensions ?? {}) as Record<string, unknown>;
    const originalExtensions = ((graphQLError?.originalError as GraphQLError | undefined)?.extensions ?? {}) as Record<string, unknown>;
    const original = (extensions.code ?? originalExtensions.code) as string | undefined;
    const inputField = graphQLError && original ? RUNTIME_INPUT_CODES[original]?.(graphQLError.message) : undefined;
    const code = inputField ? ErrorCode.BAD_USER_INPUT : original;
    if (graphQLError && code && PASS_THROUGH.has(code)) {
      // The one allow-list of @qinshang/errors, the same the subgraphs format with.
      const safe = clientExtensions(code, extensions, originalExtensions);
      if (inputField && safe.field === undefined) safe.field = inputField;
      // The HTTP status chosen for a request error (400 for a request that could not be read;
      // never a field's): the runtime answers with it and strips it from what the client sees.
      const http = extensions.http ?? originalExtensions.http;
      if (http !== undefined && !graphQLError.path) safe.http = http;
      // A body that is not JSON at all is 400 whatever the client accepts (the spec's SHOULD);
      // the runtime would answer an application/json client 200.
      if (original === 'BAD_REQUEST') safe.http = { status: 400 };
      return new GraphQLError(graphQLError.message, {
        nodes: graphQLError.nodes,
        source: graphQLError.source,
        positions: graphQLError.positions,
        path: graphQLError.path,
        extensions: safe,
      });
    }
    log(error);
    return new GraphQLError('Internal server error', {
      nodes: graphQLError?.nodes,
      path: graphQLError?.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  };
}

/**
 * A subscription's errors reach the mask as the subgraph sent them over its socket: plain
 * `{ message, path, extensions }` objects, not GraphQLErrors. Read as one, they keep their code.
 */
function fromPlainError(error: unknown): GraphQLError | undefined {
  if (!error || typeof error !== 'object' || error instanceof Error) return undefined;
  const { message, path, extensions } = error as { message?: unknown; path?: unknown; extensions?: unknown };
  if (typeof message !== 'string' || !extensions || typeof extensions !== 'object') return undefined;
  return new GraphQLError(message, { path: Array.isArray(path) ? (path as Array<string | number>) : undefined, extensions: extensions as Record<string, unknown> });
}
