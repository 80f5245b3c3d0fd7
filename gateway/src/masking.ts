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
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

/**
 * The gateway's error mask. Subgraph errors arrive with their service name, the request URL and
 * sometimes a stack; only a contract code and the details on the allow-list (`CLIENT_EXTENSION_KEYS`) reach the client. Everything else
 * becomes INTERNAL_SERVER_ERROR with a fixed message, and the original is logged.
 */
export function createMaskError(log: (error: unknown) => void) {
  return (error: unknown): Error => {
    const graphQLError = error instanceof GraphQLError ? error : undefined;
    const extensions = (graphQLError?.extensions ?? {}) as Record<string, unknown>;
    const originalExtensions = ((graphQLError?.originalError as GraphQLError | undefined)?.extensions ?? {}) as Record<string, unknown>;
    const code = (extensions.code ?? originalExtensions.code) as string | undefined;
    if (graphQLError && code && PASS_THROUGH.has(code)) {
      // The one allow-list of @qinshang/errors, the same the subgraphs format with.
      const safe = clientExtensions(code, extensions, originalExtensions);
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
