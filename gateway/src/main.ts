import http from 'node:http';
import { createGatewayRuntime, getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import * as httpTransport from '@graphql-mesh/transport-http';
import { normalizeNodeRequest } from '@whatwg-node/server';
import { createVerifier } from '@qinshang/auth';
import { assertAuthConfigured, ConfigError, parseConfig, verifierOptionsOf } from '@qinshang/config';
import { createLogger } from '@qinshang/logging';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { authorizationOf, useVerifiedCaller } from './auth';
import { gatewayShape, SUBGRAPH_NAMES, type SubgraphName } from './config';
import { operationLimitRules } from './limits';
import { subscriptionTransport } from './subscription-transport';
import { bounded, isAsyncIterable } from './bounded-subscriptions';
import { createMaskError } from './masking';
import { useFreshSubscriptionErrors } from './subscription-errors';

const GRAPHQL_PATH = '/graphql';

type Extra = { request: http.IncomingMessage; socket: import('ws').WebSocket };

function loadConfig() {
  try {
    const config = parseConfig(gatewayShape);
    assertAuthConfigured(config);
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`gateway: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main() {
  const config = loadConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const verify = createVerifier(verifierOptionsOf(config));
  const subgraphUrls: Record<SubgraphName, string> = {
    city: config.CITY_URL,
    districts: config.DISTRICTS_URL,
    issues: config.ISSUES_URL,
    evaluation: config.EVALUATION_URL,
    identity: config.IDENTITY_URL,
  };

  const runtime = createGatewayRuntime({
    supergraph: config.SUPERGRAPH_PATH,
    // The Rust query planner: measured faster than @apollo/gateway and than Hive's JS planner.
    unifiedGraphHandler,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: false,
    logging: config.LOG_LEVEL === 'silent' ? false : 'warn',
    // Our ws transport: a dropped subgraph socket ends its subscriptions (see subscription-transport.ts).
    transports: { http: httpTransport, ws: subscriptionTransport as never },
    // The supergraph is static; where each subgraph runs is configuration.
    transportEntries: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [
        name,
        {
          location: subgraphUrls[name],
          options: {
            subscriptions: {
              kind: 'ws',
              location: GRAPHQL_PATH,
              // The caller's token reaches the subgraph's socket too, so it can verify it itself.
              options: { connectionParams: { authorization: '{context.headers.authorization}' } },
            },
          },
        },
      ]),
    ),
    propagateHeaders: {
      fromClientToSubgraphs: ({ context, request }) => {
        const authorization = authorizationOf(context as never) ?? request.headers.get('authorization') ?? undefined;
        const requestId = request.headers.get('x-request-id') ?? undefined;
        return { ...(authorization ? { authorization } : {}), ...(requestId ? { 'x-request-id': requestId } : {}) };
      },
    },
    maskedErrors: { maskError: createMaskError((error) => logger.error({ err: error }, 'masked error')), isDev: false },
    healthCheckEndpoint: '/healthcheck',
    // Our own /readiness (below) also asks every subgraph; the runtime's only checks the schema.
    readinessCheckEndpoint: '/_runtime-readiness',
    plugins: () => [
      useVerifiedCaller(verify),
      // Before the mask: each subscription event carries its own errors, not every earlier one's.
      useFreshSubscriptionErrors(),
      { onValidate: ({ addValidationRule }: { addValidationRule: (rule: never) => void }) => {
          for (const rule of operationLimitRules({ maxDepth: config.MAX_DEPTH, maxAliases: config.MAX_ALIASES })) addValidationRule(rule as never);
        } },
    ],
  });

  const readiness = async (): Promise<{ ready: boolean; subgraphs: Record<string, boolean> }> => {
    const checks = await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        try {
          const response = await fetch(new URL('/health', subgraphUrls[name]), { signal: AbortSignal.timeout(config.READINESS_TIMEOUT_MS) });
          return [name, response.ok] as const;
        } catch {
          return [name, false] as const;
        }
      }),
    );
    const runtimeReady = (await runtime.fetch('http://gateway/_runtime-readiness')).ok;
    return { ready: runtimeReady && checks.every(([, ok]) => ok), subgraphs: Object.fromEntries(checks) };
  };

  const server = http.createServer((req, res) => {
    if (req.url === '/readiness') {
      readiness()
        .then((state) => res.writeHead(state.ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(state)))
        .catch(() => res.writeHead(503).end());
      return;
    }
    void runtime(req, res);
  });
  const wss = new WebSocketServer({ server, path: GRAPHQL_PATH });
  const wsOptions = getGraphQLWSOptions(runtime, (ctx) => {
    const extra = ctx.extra as Extra;
    return {
      req: extra.request,
      socket: extra.socket,
      // Without `request`, header propagation silently skips websocket operations.
      request: normalizeNodeRequest(extra.request, runtime.fetchAPI),
    };
  });
  const upstream = wsOptions.subscribe!;
  const wsServer = useServer(
    {
      ...wsOptions,
      // A subscriber that stops reading is closed once it is MAX_SUBSCRIBER_QUEUE events behind.
      subscribe: async (args) => {
        const result = await upstream(args as never);
        return isAsyncIterable(result) ? bounded(result, config.MAX_SUBSCRIBER_QUEUE) : result;
      },
    },
    wss,
    // Idle sockets are pinged; one that misses a pong is closed.
    config.WS_KEEPALIVE_MS,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    // The runtime does not exit on SIGTERM by itself: close sockets, the server, then the runtime.
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    try {
      for (const client of wss.clients) client.close(1001, 'Going away');
      await wsServer.dispose();
      server.closeIdleConnections();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime[Symbol.asyncDispose]();
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  const parent = Number(process.env.QINSHANG_PARENT_PID);
  if (parent) {
    setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch {
        void shutdown('launcher gone');
      }
    }, 1000).unref();
  }

  // A websocket that arrives before the first HTTP request would find no schema: load it first.
  await runtime.getSchema();
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  logger.info({ url: `http://localhost:${config.PORT}${GRAPHQL_PATH}` }, 'gateway ready');
}

main().catch((error) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
