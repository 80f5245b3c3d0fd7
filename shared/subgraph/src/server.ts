import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Caller, TokenVerifier } from '@qinshang/auth';
import { RequestDb, tenantSettingsFor } from '@qinshang/database';
import { DomainError, ErrorCode, formatErrorForClient } from '@qinshang/errors';
import type { Logger } from '@qinshang/logging';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { BaseContext, SubgraphContext } from './context';
import { inputGuardPlugin } from './input-guard';
import { graphqlDuration, graphqlRequests, observePool, observeSubscriptions, operationLabeller, outcomeLabel, serveMetrics, sqlStatementsPerRequest, type MetricsAccess } from '@qinshang/telemetry';
import { startSubscriptionServer } from './subscriptions';
import { exportHandler, type ExportDefinition } from './exports/exports';

export interface SubgraphOptions<Loaders> {
  name: string;
  port: number;
  host?: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  verify: TokenVerifier;
  logger: Logger;
  /** The request's services and fresh DataLoaders: a loader never outlives the request that made it. */
  extendContext: (base: BaseContext) => Loaders;
  /** Adds `extensions.sqlStatements` to responses (tests and benchmarks count statements). */
  exposeSqlStatements?: boolean;
  /** graphql-ws on `/graphql` (the gateway's subscription transport): limits per process. */
  subscriptions?: { maxPerSubject?: number; keepAliveMs?: number; eventConcurrency?: number };
  /** Called when the process is asked to stop, before the database is closed. */
  onShutdown?: () => Promise<void>;
  /** The files this subgraph serves at `/exports/<name>.xlsx` and `.csv` (the gateway routes them here). */
  exports?: ExportDefinition[];
  /** Who may read `/metrics`, and how many distinct operation names its labels keep. */
  metrics?: MetricsAccess & { maxOperations?: number };
  /**
   * Extra readiness checks for `/health` (e.g. event-log consumers not too far behind): each
   * returns null when fine or a reason; any reason makes the answer 503.
   */
  readiness?: () => Promise<string[]>;
}

export interface RunningSubgraph {
  url: string;
  server: http.Server;
  stop: () => Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Serves a subgraph over HTTP: GraphQL at `/graphql`, `/health` for the launcher and probes, and
 * graphql-ws on the same `/graphql` for subscriptions (see subscriptions.ts), and its exports
 * at `/exports/<name>.xlsx|csv` (see exports/exports.ts).
 * Every request is verified here again (the gateway is not trusted blindly) and runs in one
 * transaction carrying the caller's tenant settings, committed only if a mutation had no error.
 */
export async function startSubgraph<Loaders>(options: SubgraphOptions<Loaders>): Promise<RunningSubgraph> {
  const { logger } = options;
  const httpServer = http.createServer();
  // The gateway keeps its connections to a subgraph alive and must always be the side that closes
  // an idle one: with Node's default 5 s here, a gateway busy with thousands of subscribers reused
  // a connection the subgraph had just closed (a mutation failed with ECONNRESET).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: (formatted, error) =>
      formatErrorForClient(formatted, error, (internal) => logger.error({ err: internal }, 'internal error')),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), inputGuardPlugin(), transactionPlugin(options, operationLabeller(options.metrics?.maxOperations))],
  });
  await apollo.start();

  httpServer.on('request', (req, res) => {
    handle(req, res).catch((error) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] }));
    });
  });

  const serveExport = exportHandler({ exports: options.exports ?? [], dataSource: options.dataSource, verify: options.verify, logger });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    if (url.pathname === '/health' || url.pathname === '/readiness') return health(res);
    if (url.pathname === '/metrics') return serveMetrics(req, res, options.metrics);
    if (url.pathname.startsWith('/exports/')) return serveExport(req, res);
    if (url.pathname !== '/graphql') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    if (body === TOO_LARGE) {
      // The rest of the body is not read: answer, then close the connection (never reset it
      // unanswered, which the caller's pool would find only with its next request).
      res.setHeader('connection', 'close');
      sendJson(res, 413, { errors: [{ message: `The request body is larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'body', limit: MAX_BODY_BYTES } }] });
      req.resume();
      return;
    }
    if (body === INVALID_BODY) {
      sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'body' } }] });
      return;
    }
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => createContext(req.headers.authorization, requestId),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function createContext(authorization: string | undefined, requestId: string): Promise<SubgraphContext<Loaders>> {
    let caller;
    try {
      caller = await options.verify(authorization);
    } catch (error) {
      const message = error instanceof DomainError ? error.message : 'A valid bearer token is required';
      throw new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
    }
    return contextFor(caller, requestId);
  }

  function contextFor(caller: Caller, requestId: string): SubgraphContext<Loaders> {
    const settings = tenantSettingsFor(caller);
    const base: BaseContext = {
      caller,
      db: new RequestDb(options.dataSource, settings),
      openDb: () => new RequestDb(options.dataSource, settings),
      logger: logger.child({ requestId, sub: caller.sub, role: caller.role }),
      requestId,
    };
    return { ...base, ...options.extendContext(base) };
  }

  /** Ready: the database answers and every extra check passes (consumers caught up, ...). */
  async function health(res: http.ServerResponse) {
    try {
      await options.dataSource.query('SELECT 1');
    } catch {
      sendJson(res, 503, { status: 'unavailable', service: options.name, problems: ['database unreachable'] });
      return;
    }
    const problems = await (options.readiness?.() ?? Promise.resolve([])).catch((error: Error) => [`readiness check failed: ${error.message}`]);
    if (problems.length) sendJson(res, 503, { status: 'unavailable', service: options.name, problems });
    else sendJson(res, 200, { status: 'ok', service: options.name });
  }

  const subscriptions = startSubscriptionServer({
    httpServer,
    path: '/graphql',
    schema: options.schema,
    verify: options.verify,
    logger,
    makeContext: contextFor,
    maxPerSubject: options.subscriptions?.maxPerSubject ?? 20,
    keepAliveMs: options.subscriptions?.keepAliveMs ?? 12_000,
    eventConcurrency: options.subscriptions?.eventConcurrency ?? 5,
  });

  const pool = (options.dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  if (pool) observePool(options.name, pool);
  observeSubscriptions(() => [
    { labels: { kind: 'subgraph' }, value: [...subscriptions.active.values()].reduce((sum, n) => sum + n, 0) },
    { labels: { kind: 'subgraph_sockets' }, value: subscriptions.sockets() },
  ]);

  // A port that cannot be had (EADDRINUSE) fails the start instead of leaving a process that
  // serves nothing (the error would otherwise reach only the WebSocket server's listener).
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as { port: number };
  const url = `http://${options.host ?? '127.0.0.1'}:${address.port}/graphql`;
  logger.info({ url }, `${options.name} subgraph ready`);

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('stopping');
      await options.onShutdown?.();
      await subscriptions.stop();
      await apollo.stop();
      await options.dataSource.destroy();
    })());
  return { url, server: httpServer, stop };
}

function transactionPlugin<Loaders>(options: SubgraphOptions<Loaders>, label: (name: string | null | undefined) => string): ApolloServerPlugin<SubgraphContext<Loaders>> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      // The client's operation as the gateway names it (x-graphql-operation-name), else this request's own name.
      const clientOperation = request.http?.headers.get('x-graphql-operation-name') ?? undefined;
      return {
        async willSendResponse({ contextValue, response, operation, operationName, errors }) {
          const failed = Boolean(errors?.length);
          // A mutation with any error writes nothing: never a half-written change.
          const commit = !(failed && operation?.operation === 'mutation');
          await contextValue.db.finish(commit);
          if (options.exposeSqlStatements && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              sqlStatements: contextValue.db.statements,
              sqlRoundTrips: contextValue.db.roundTrips,
            };
          }
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const labelled = label(clientOperation ?? operationName);
          // The codes the caller was given (formatError's), not the raw errors' (a class-validator
          // failure has none until it is formatted as BAD_USER_INPUT).
          const codes = errorCodes(response.body.kind === 'single' ? response.body.singleResult.errors : undefined, errors);
          graphqlRequests.inc({ operation: labelled, outcome: codes.length ? outcomeLabel(codes[0]) : 'OK' });
          graphqlDuration.observe({ operation: labelled }, seconds);
          sqlStatementsPerRequest.observe({ operation: labelled }, contextValue.db.statements);
          contextValue.logger.info(
            {
              operation: operationName ?? operation?.operation,
              clientOperation,
              ms: seconds * 1e3,
              errors: codes.length ? codes : undefined,
              committed: contextValue.db.opened ? commit : undefined,
              // What PostgreSQL received for the request (statements, and round trips they took).
              sql: contextValue.db.opened ? { statements: contextValue.db.statements, roundTrips: contextValue.db.roundTrips } : undefined,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/** Each error's code as the response carries it (falling back to the raw errors', then INTERNAL_SERVER_ERROR). */
function errorCodes(formatted: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined, raw: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): string[] {
  return (formatted ?? raw ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

const INVALID_BODY = Symbol('invalid body');
const TOO_LARGE = Symbol('too large');

/** The JSON body, read up to MAX_BODY_BYTES. Stops reading beyond (without destroying the socket). */
function readBody(req: http.IncomingMessage): Promise<Buffer | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd);
      req.pause();
      resolve(TOO_LARGE);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const body = await readBody(req);
  if (body === TOO_LARGE) return TOO_LARGE;
  const size = body.length;
  const chunks = [body];
  if (!size) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return INVALID_BODY;
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
