import type { TransportGetSubgraphExecutorOptions } from '@graphql-mesh/transport-common';
import { getInterpolatedHeadersFactory } from '@graphql-mesh/string-interpolation';
import { buildGraphQLWSExecutor } from '@graphql-tools/executor-graphql-ws';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { traceHeaders } from '@qinshang/telemetry';

type Executor = ReturnType<typeof buildGraphQLWSExecutor>;

/**
 * The subgraph subscription transport: `@graphql-mesh/transport-ws` with one change that
 * matters for a feed that must never lose or repeat an event. Its graphql-ws client retries a
 * dropped socket by itself and re-sends every live subscription with its ORIGINAL variables, so
 * after an issues restart a feed would restart from its first `after` (duplicates) or from now
 * (a gap), unseen by the client. Here a dropped socket ends the subscriptions it carried with an
 * error instead; the client resubscribes with its last cursor. The client pings the subgraph
 * (keep-alive) so a dead socket is noticed, not waited on. Each operation carries the active
 * trace's `traceparent` in its `extensions`.
 */
export const subscriptionTransport: { getSubgraphExecutor: (options: TransportGetSubgraphExecutorOptions<{ connectionParams?: Record<string, string> }>) => unknown } = {
  getSubgraphExecutor({ transportEntry }) {
    if (!transportEntry.location) throw new Error(`subscription transport: ${transportEntry.subgraph} has no location`);
    const url = transportEntry.location.replace(/^http/, 'ws');
    const paramsFactory = transportEntry.options?.connectionParams ? getInterpolatedHeadersFactory(transportEntry.options.connectionParams) : undefined;
    // One socket per distinct token (connectionParams), shared by that token's subscriptions.
    const executors = new Map<string, Executor>();
    const executor = (request: Parameters<Executor>[0]) => {
      const connectionParams = paramsFactory?.({ env: process.env as Record<string, string>, root: request.rootValue, context: request.context, info: request.info }) ?? {};
      const key = JSON.stringify(connectionParams);
      let forToken = executors.get(key);
      if (!forToken) {
        const client = createClient({
          url,
          webSocketImpl: WebSocket,
          lazy: true,
          lazyCloseTimeout: 3000,
          retryAttempts: 0,
          shouldRetry: () => false,
          keepAlive: 12_000,
          connectionParams,
          on: { closed: () => executors.get(key) === forToken && executors.delete(key) },
        });
        forToken = buildGraphQLWSExecutor(client);
        executors.set(key, forToken);
      }
      // The trace goes with each operation (the socket is shared by the token's operations):
      // W3C traceparent in the subscribe message's extensions, which the subgraph continues.
      // Without a gateway span for the operation, the client's own (its socket's connection parameters) goes on.
      const fromClient = (request.context as { connectionParams?: Record<string, unknown> } | undefined)?.connectionParams?.traceparent;
      const trace = traceHeaders();
      const traceparent = trace.traceparent ?? (typeof fromClient === 'string' ? fromClient : undefined);
      return forToken(traceparent ? { ...request, extensions: { ...request.extensions, ...trace, traceparent } } : request);
    };
    return Object.assign(executor, {
      [Symbol.asyncDispose]: async () => {
        await Promise.all([...executors.values()].map((each) => (each as unknown as AsyncDisposable)[Symbol.asyncDispose]?.()));
        executors.clear();
      },
    });
  },
};
