import type { TransportGetSubgraphExecutorOptions } from '@graphql-mesh/transport-common';
import { getInterpolatedHeadersFactory } from '@graphql-mesh/string-interpolation';
import { buildGraphQLWSExecutor } from '@graphql-tools/executor-graphql-ws';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { traceHeaders } from '@qinshang/telemetry';

type Executor = ReturnType<typeof buildGraphQLWSExecutor>;

/**
 * The subgraph subscription transport: `@graphql-mesh/transport-ws` with two changes.
 *
 * - **A dropped socket ends its subscriptions.** Mesh's graphql-ws client retries a dropped
 *   socket by itself and re-sends every live subscription with its ORIGINAL variables, so after an
 *   issues restart a feed would restart from its first `after` (duplicates) or from now (a gap),
 *   unseen by the client. Here a dropped socket ends the subscriptions it carried with an error
 *   instead; the client resubscribes with its last cursor.
 * - **One socket per subgraph, the token per operation.** Mesh opens one upstream socket per
 *   distinct set of connection parameters, that is per token: two descriptors, a handshake and a
 *   token check per subscriber, which capped a gateway near 10,000 subscribers. Here every
 *   subscription to a subgraph shares one socket opened with `tokenPerOperation`, and each
 *   operation carries its caller's token in `extensions.authorization`, which the subgraph
 *   verifies for that operation alone (a refused token ends that operation, not the socket).
 *
 * The client pings the subgraph (keep-alive) so a dead socket is noticed, not waited on. Each
 * operation carries the active trace's `traceparent` in its `extensions`.
 */
export const subscriptionTransport: { getSubgraphExecutor: (options: TransportGetSubgraphExecutorOptions<{ connectionParams?: Record<string, string> }>) => unknown } = {
  getSubgraphExecutor({ transportEntry }) {
    if (!transportEntry.location) throw new Error(`subscription transport: ${transportEntry.subgraph} has no location`);
    const url = transportEntry.location.replace(/^http/, 'ws');
    const paramsFactory = transportEntry.options?.connectionParams ? getInterpolatedHeadersFactory(transportEntry.options.connectionParams) : undefined;
    let shared: Executor | null = null;
    const socket = (): Executor => {
      if (shared) return shared;
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        lazy: true,
        lazyCloseTimeout: 3000,
        retryAttempts: 0,
        shouldRetry: () => false,
        keepAlive: 12_000,
        connectionParams: { tokenPerOperation: true },
        // The next subscription opens a new socket; the ones this one carried have ended.
        on: { closed: () => { if (shared === opened) shared = null; } },
      });
      const opened = buildGraphQLWSExecutor(client);
      shared = opened;
      return opened;
    };
    const executor = (request: Parameters<Executor>[0]) => {
      const params = paramsFactory?.({ env: process.env as Record<string, string>, root: request.rootValue, context: request.context, info: request.info }) ?? {};
      // The trace goes with each operation: W3C traceparent in the subscribe message's
      // extensions, which the subgraph continues. Without a gateway span for the operation, the
      // client's own (its socket's connection parameters) goes on.
      const fromClient = (request.context as { connectionParams?: Record<string, unknown> } | undefined)?.connectionParams?.traceparent;
      const trace = traceHeaders();
      const traceparent = trace.traceparent ?? (typeof fromClient === 'string' ? fromClient : undefined);
      const extensions: Record<string, unknown> = { ...request.extensions, ...trace, ...(traceparent ? { traceparent } : {}) };
      // An empty interpolation (no token) is sent as none: the subgraph refuses the operation.
      if (params.authorization) extensions.authorization = params.authorization;
      return socket()({ ...request, extensions });
    };
    return Object.assign(executor, {
      [Symbol.asyncDispose]: async () => {
        const open = shared;
        shared = null;
        await (open as unknown as AsyncDisposable | null)?.[Symbol.asyncDispose]?.();
      },
    });
  },
};
