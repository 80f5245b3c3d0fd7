import type { TokenVerifier } from '@qinshang/auth';
import { DomainError, ErrorCode } from '@qinshang/errors';
import { GraphQLError } from 'graphql';

interface GatewayContextLike {
  headers?: Record<string, string | undefined>;
  connectionParams?: Record<string, unknown>;
  request?: { headers: { get(name: string): string | null } };
}

/** The caller's Authorization, from HTTP headers or a websocket's connectionParams. */
export function authorizationOf(context: GatewayContextLike | undefined): string | undefined {
  const fromParams = context?.connectionParams?.authorization ?? context?.connectionParams?.Authorization;
  return (
    context?.headers?.authorization ??
    (typeof fromParams === 'string' ? fromParams : undefined) ??
    context?.request?.headers.get('authorization') ??
    undefined
  );
}

/**
 * Verifies the token before anything is planned or sent to a subgraph. The subgraphs verify it
 * again: the gateway is a first line, not the only one.
 */
export function useVerifiedCaller(verify: TokenVerifier) {
  const check = async (context: GatewayContextLike, stop: (result: { errors: GraphQLError[] }) => void) => {
    try {
      await verify(authorizationOf(context));
    } catch (error) {
      const message = error instanceof DomainError ? error.message : 'A valid bearer token is required';
      stop({ errors: [new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } })] });
    }
  };
  return {
    onExecute({ args, setResultAndStopExecution }: { args: { contextValue: unknown }; setResultAndStopExecution: (r: never) => void }) {
      return check(args.contextValue as GatewayContextLike, setResultAndStopExecution as never);
    },
    onSubscribe({ args, setResultAndStopExecution }: { args: { contextValue: unknown }; setResultAndStopExecution: (r: never) => void }) {
      return check(args.contextValue as GatewayContextLike, setResultAndStopExecution as never);
    },
  };
}
