import './telemetry';
import http from 'node:http';
import { createGatewayRuntime, getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import * as httpTransport from '@graphql-mesh/transport-http';
import { normalizeNodeRequest } from '@whatwg-node/server';
import { createVerifier } from '@qinshang/auth';
import { loadConfigOrExit, orExitOnConfigError, verifierOptionsOf } from '@qinshang/config';
import { createLogger } from '@qinshang/logging';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { ADMITTED_CALLER, authorizationOf, useVerifiedCaller } from './auth';
import { gatewayConfig, SUBGRAPH_NAMES, type SubgraphName } from './config';
import { useOperationLimits } from './limits';
import { admit } from './http-guard';
import { useVariableErrors } from './input-errors';
import { persistedDocumentsOption, trustedDocumentsPolicy } from './trusted-documents';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { readFileSync } from 'node:fs';
import { buildASTSchema, GraphQLError, Kind, parse } from 'graphql';
import { ErrorCode } from '@qinshang/errors';
import { subscriptionTransport } from './subscription-transport';
import { bounded, isAsyncIterable } from './bounded-subscriptions';
import { createMaskError } from './masking';
import { useFreshSubscriptionErrors } from './subscription-errors';
import { createConsoleHandler } from './console-static';
import { createExportProxy, EXPORTS_PREFIX } from './exports';
import { createResponseCache } from './response-cache';
import { useSharedSubscriptions } from './shared-subscriptions';
import { assignRequestId, requestMetrics, tracingPlugins } from './observability';
import { observeSubscriptions, serveMetrics, stopTelemetry } from '@qinshang/telemetry';

const GRAPHQL_PATH = '/graphql';

type Extra = { request: http.IncomingMessage; socket: import('ws').WebSocket };

async function main() {
  const config = loadConfigOrExit('gateway', gatewayConfig);
  const trusted = orExitOnConfigError('gateway', () => trustedDocumentsPolicy(config));
  const logger = createLogger('gateway', config.LOG_LEVEL);
  if (trusted.manifestPath) logger.info({ path: trusted.manifestPath, documents: trusted.documents.size }, 'trusted documents');
  const development = config.NODE_ENV === 'development';
  const limits = {
    maxTokens: config.MAX_TOKENS,
    maxDepth: config.MAX_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxDirectives: config.MAX_DIRECTIVES,
    maxCost: config.MAX_COST,
  };
  const verify = createVerifier(verifierOptionsOf(config));
  const subgraphUrls: Record<SubgraphName, string> = {
    city: config.CITY_URL,
    districts: config.DISTRICTS_URL,
    issues: config.ISSUES_URL,
    evaluation: config.EVALUATION_URL,
    identity: config.IDENTITY_URL,
    notifications: config.NOTIFICATIONS_URL,
  };

  // The supergraph parsed and built once, for the plugins that read its join directives.
  const supergraph = buildASTSchema(parse(readFileSync(config.SUPERGRAPH_PATH, 'utf8')), { assumeValidSDL: true });
  const responseCache = createResponseCache(config, supergraph, (error) => logger.warn({ err: error }, 'response cache: event log connection lost; bypassing the cache until it is back'));
  logger.info({ on: Boolean(responseCache), ttlMs: config.RESPONSE_CACHE_TTL_MS }, 'response cache');
  const maskError = createMaskError((error) => logger.error({ err: error }, 'masked error'));
  // An operation refused on a socket before it runs (an untrusted document, say) is answered as
  // an error result, masked like any other, instead of closing the whole socket (4500).
  const refusedOnSocket = (error: unknown) => {
    const masked = maskError(error) as GraphQLError;
    const { http: _http, ...extensions } = masked.extensions as Record<string, unknown>;
    return { errors: [new GraphQLError(masked.message, { extensions })] };
  };
  const metrics = requestMetrics(logger, config.METRICS_MAX_OPERATIONS);
  const sharedSubscriptions = config.SHARED_SUBSCRIPTIONS
    ? useSharedSubscriptions({
        supergraph,
        maxQueue: config.MAX_SUBSCRIBER_QUEUE,
        maxPerSubject: config.SUBSCRIPTIONS_PER_TOKEN,
      })
    : null;
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
            // With the response cache, queries of one scope share their execution already; the
            // executor's own sharing (identical headers only, so one token) would then only
            // cost a deep copy of every subgraph answer (structuredClone), shared or not.
            ...(responseCache ? { deduplicateInflightRequests: false } : {}),
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
        const operation = metrics.operationOf(request);
        return {
          ...(authorization ? { authorization } : {}),
          ...(requestId ? { 'x-request-id': requestId } : {}),
          ...(operation ? { 'x-graphql-operation-name': operation } : {}),
        };
      },
    },
    // Browsers: only the configured origins, with the token in a header (no cookies).
    cors: config.CORS_ORIGINS.length
      ? { origin: config.CORS_ORIGINS, credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['authorization', 'content-type', 'accept', 'x-request-id'], maxAge: 600 }
      : false,
    ...((config.INTROSPECTION ?? development) ? {} : { disableIntrospection: {} }),
    persistedDocuments: persistedDocumentsOption(trusted, verify) as never,
    // A subgraph fetch that failed before any answer (a reset connection) is sent again once on a
    // fresh connection, when it has no side effect: queries only, never a mutation.
    upstreamRetry: ({ executionRequest }) =>
      config.UPSTREAM_RETRIES && isQuery(executionRequest.document)
        ? { maxRetries: config.UPSTREAM_RETRIES, retryDelay: 50, shouldRetry: ({ response, executionResult }) => !response && !isAsyncIterable(executionResult) }
        : undefined,
    maskedErrors: { maskError, isDev: false },
    healthCheckEndpoint: '/healthcheck',
    // Our own /readiness (below) also asks every subgraph; the runtime's only checks the schema.
    readinessCheckEndpoint: '/_runtime-readiness',
    plugins: () => [
      // First: the operation's span encloses everything below, and every request is counted.
      ...(tracingPlugins() as never[]),
      metrics.plugin,
      useVerifiedCaller(verify),
      // Before the mask: each subscription event carries its own errors, not every earlier one's.
      useFreshSubscriptionErrors(),
      useVariableErrors(),
      useOperationLimits(limits),
      // After the checks: a subscriber joins a shared upstream only once its own operation passed them.
      ...(sharedSubscriptions ? [sharedSubscriptions.plugin as never] : []),
      ...((config.FIELD_SUGGESTIONS ?? development) ? [] : [blockFieldSuggestionsPlugin({ mask: '' })]),
      // Last: only an operation with a verified token that passed every check reaches the cache
      // (a forged or expired token never gets a cached answer, nor does one over a limit).
      ...((responseCache?.plugins ?? []) as never[]),
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

  const serveConsole = createConsoleHandler({
    dir: config.CONSOLE_DIR,
    runtimeConfig: { issuer: config.CONSOLE_OIDC_ISSUER, clientId: config.CONSOLE_OIDC_CLIENT_ID },
  });
  const serveExport = createExportProxy({ verify, subgraphUrls, logger });
  const metricsAccess = { token: config.METRICS_TOKEN, loopbackOnly: config.NODE_ENV === 'production' };
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith(EXPORTS_PREFIX)) {
      serveExport(req, res).catch((error) => {
        logger.error({ err: error }, 'export failed');
        res.destroy();
      });
      return;
    }
    if (req.url === '/metrics') {
      serveMetrics(req, res, metricsAccess).catch(() => res.writeHead(500).end());
      return;
    }
    if (serveConsole(req, res)) return;
    if (req.url === '/readiness') {
      readiness()
        .then((state) => res.writeHead(state.ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(state)))
        .catch(() => res.writeHead(503).end());
      return;
    }
    if (!new URL(req.url ?? '/', 'http://gateway').pathname.startsWith(GRAPHQL_PATH) || req.method === 'OPTIONS') {
      void runtime(req, res);
      return;
    }
    assignRequestId(req, res);
    // The token, the content type and the body size are checked before the runtime parses anything.
    admit(req, res, { verify, maxBodyBytes: config.MAX_BODY_BYTES, corsOrigins: config.CORS_ORIGINS })
      .then((admitted) => {
        if (!admitted) return;
        // The body as read (bounded); the runtime takes a request's `body` instead of its stream.
        if (admitted.body) (req as { body?: Buffer }).body = admitted.body;
        (req as { [ADMITTED_CALLER]?: unknown })[ADMITTED_CALLER] = admitted.caller;
        return runtime(req, res);
      })
      .catch((error) => {
        logger.error({ err: error }, 'request failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] }));
      });
  });
  // A websocket message is bounded like a request body.
  const wss = new WebSocketServer({ server, path: GRAPHQL_PATH, maxPayload: config.MAX_BODY_BYTES });
  const wsOptions = getGraphQLWSOptions(runtime, (ctx) => {
    const extra = ctx.extra as Extra;
    const upgrade = normalizeNodeRequest(extra.request, runtime.fetchAPI);
    // The socket's token (connectionParams) stands as the request's Authorization, so every
    // per-request rule (header propagation, trusted documents) sees the same caller as over HTTP.
    const headers = new runtime.fetchAPI.Headers(upgrade.headers);
    const authorization = authorizationOf({ connectionParams: ctx.connectionParams as Record<string, unknown> });
    if (authorization) headers.set('authorization', authorization);
    // A client's trace continues over the socket: W3C traceparent in its connection parameters.
    const traceparent = (ctx.connectionParams as Record<string, unknown> | undefined)?.traceparent;
    if (typeof traceparent === 'string') headers.set('traceparent', traceparent);
    return {
      req: extra.request,
      socket: extra.socket,
      // Without `request`, header propagation silently skips websocket operations.
      request: new runtime.fetchAPI.Request(upgrade.url, { method: 'GET', headers }),
    };
  });
  observeSubscriptions(() => {
    const shared = sharedSubscriptions?.counts();
    return [
      { labels: { kind: 'gateway_sockets' }, value: wss.clients.size },
      ...(shared
        ? [
            { labels: { kind: 'shared_upstreams' }, value: shared.groups },
            { labels: { kind: 'shared_subscribers' }, value: shared.members },
            // Members resuming from a cursor that still read an upstream replay of their own.
            { labels: { kind: 'shared_replays' }, value: shared.replaying },
          ]
        : []),
    ];
  });
  const upstream = wsOptions.subscribe!;
  const upstreamExecute = wsOptions.execute!;
  const upstreamOnSubscribe = wsOptions.onSubscribe!;
  const wsServer = useServer(
    {
      ...wsOptions,
      // An anonymous socket's operation is refused before its document is parsed.
      onSubscribe: async (ctx, id, payload) => {
        try {
          await verify(authorizationOf({ connectionParams: ctx.connectionParams as Record<string, unknown> }));
        } catch {
          return [new GraphQLError('A valid bearer token is required', { extensions: { code: ErrorCode.UNAUTHENTICATED } })];
        }
        return upstreamOnSubscribe(ctx as never, id, payload as never);
      },
      // A subscriber that stops reading is closed once it is MAX_SUBSCRIBER_QUEUE events behind.
      execute: (args) => Promise.resolve(upstreamExecute(args as never)).catch(refusedOnSocket) as never,
      subscribe: async (args) => {
        let result;
        try {
          result = await upstream(args as never);
        } catch (error) {
          return refusedOnSocket(error) as never;
        }
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
      await responseCache?.stop();
      await stopTelemetry();
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  const parent = config.QINSHANG_PARENT_PID;
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
  await responseCache?.start();
  // A port that cannot be had fails the start (below: logged, exit 1) instead of leaving a
  // gateway that serves nothing, its error heard only by the WebSocket server.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  logger.info({ url: `http://localhost:${config.PORT}${GRAPHQL_PATH}` }, 'gateway ready');
}

function isQuery(document: import('graphql').DocumentNode): boolean {
  return document.definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query');
}

main().catch((error) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
