import type { Caller, TokenVerifier } from '@qinshang/auth';
import { DomainError, ErrorCode } from '@qinshang/errors';
import { GraphQLError } from 'graphql';

/** Where the HTTP guard leaves the caller it verified, on the Node request, for the runtime's plugins. */
export const ADMITTED_CALLER = Symbol('qinshang.admittedCaller');
const CALLER = Symbol('qinshang.caller');

interface GatewayContextLike {
  headers?: Record<string, string | undefined>;
  req?: { [ADMITTED_CALLER]?: Caller };
  [CALLER]?: Caller;
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

/** The caller useVerifiedCaller verified for this operation (undefined before, or if it failed). */
export function callerOf(context: unknown): Caller | undefined {
  return (context as GatewayContextLike | undefined)?.[CALLER];
}

/**
 * Verifies the token before anything is planned, looked up in the response cache or sent to a
 * subgraph, and keeps the caller on the context. An HTTP request's token was verified by the
 * guard a moment before (its caller is taken from the request, not verified twice); a websocket
 * operation's is verified here. The subgraphs verify it again: the gateway is a first line, not
 * the only one.
 */
export function useVerifiedCaller(verify: TokenVerifier) {
  const check = async (context: GatewayContextLike, stop: (result: { errors: GraphQLError[] }) => void) => {
    try {
      context[CALLER] = context.req?.[ADMITTED_CALLER] ?? (await verify(authorizationOf(context)));
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
