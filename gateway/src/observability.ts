import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Logger } from '@qinshang/logging';
import { graphqlDuration, graphqlRequests, operationLabeller, outcomeLabel, subgraphFetchDuration, telemetryStarted, traceFields } from '@qinshang/telemetry';
import { getOperationAST, type DocumentNode } from 'graphql';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The request's id: the caller's `x-request-id` when it is a sane one, else a new one. Set on
 * the request (the runtime forwards it to every subgraph) and echoed on the response, so one id
 * appears in every process's log lines for the request.
 */
export function assignRequestId(req: http.IncomingMessage, res: http.ServerResponse): string {
  const sent = req.headers['x-request-id'];
  const id = typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
  req.headers['x-request-id'] = id;
  res.setHeader('x-request-id', id);
  return id;
}

interface Timing {
  started: bigint;
  operation?: string | null;
}

const OPERATION_IN_TEXT = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/m;

/**
 * Request metrics and one log line per request: requests by operation name and outcome (OK or
 * the first error's code), latency by operation, and each subgraph fetch's latency. Labels carry
 * the operation's name only (bounded: see operationLabeller), never variables.
 */
export function requestMetrics(logger: Logger, maxOperations: number) {
  const label = operationLabeller(maxOperations);
  const timings = new WeakMap<Request, Timing>();
  const nameOf = (document: DocumentNode, operationName?: string | null) => getOperationAST(document, operationName ?? undefined)?.name?.value ?? null;
  /** The operation's label, for the subgraphs' own metrics (sent as `x-graphql-operation-name`). */
  const operationOf = (request: Request | undefined): string | undefined => {
    const timing = request ? timings.get(request) : undefined;
    return timing ? label(timing.operation) : undefined;
  };
  const plugin = {
    onRequest({ request }: { request: Request }) {
      timings.set(request, { started: process.hrtime.bigint() });
    },
    onParams({ request, params }: { request: Request; params: { operationName?: string | null; query?: string } }) {
      const timing = timings.get(request);
      if (timing && !timing.operation) timing.operation = params.operationName ?? (params.query ? OPERATION_IN_TEXT.exec(params.query)?.[1] : null) ?? null;
    },
    onExecute({ args }: { args: { document: DocumentNode; operationName?: string | null; contextValue: { request?: Request } } }) {
      const timing = args.contextValue.request ? timings.get(args.contextValue.request) : undefined;
      if (timing) timing.operation = nameOf(args.document, args.operationName) ?? timing.operation;
    },
    onResultProcess({ request, result }: { request: Request; result: unknown }) {
      const timing = timings.get(request);
      if (!timing) return;
      timings.delete(request);
      const operation = label(timing.operation);
      const outcome = outcomeOf(result);
      const seconds = Number(process.hrtime.bigint() - timing.started) / 1e9;
      graphqlRequests.inc({ operation, outcome });
      graphqlDuration.observe({ operation }, seconds);
      logger.info({ requestId: request.headers.get('x-request-id') ?? undefined, operation, outcome, ms: Math.round(seconds * 1e4) / 10, ...traceFields() }, 'graphql request');
    },
    onSubgraphExecute({ subgraphName }: { subgraphName: string }) {
      const started = process.hrtime.bigint();
      return ({ result }: { result: unknown }) => {
        if (isAsyncIterable(result)) return;
        const failed = Boolean((result as { errors?: unknown[] })?.errors?.length);
        subgraphFetchDuration.observe({ subgraph: subgraphName, outcome: failed ? 'error' : 'ok' }, Number(process.hrtime.bigint() - started) / 1e9);
      };
    },
  };
  return { plugin, operationOf };
}

function outcomeOf(result: unknown): string {
  const first = Array.isArray(result) ? result[0] : result;
  if (!first || isAsyncIterable(first)) return 'OK';
  const errors = (first as { errors?: Array<{ extensions?: { code?: unknown } }> }).errors;
  if (!errors?.length) return 'OK';
  return outcomeLabel(errors[0].extensions?.code);
}

function isAsyncIterable(value: unknown): boolean {
  return typeof (value as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';
}

/**
 * Hive Gateway's OpenTelemetry plugin when tracing is on (spans for the HTTP request, the
 * operation, parse, validate, execute, the plan's subgraph executions and their fetches, W3C
 * `traceparent` read from the caller and sent to every subgraph); nothing at all when it is off.
 */
export function tracingPlugins(): unknown[] {
  if (!telemetryStarted()) return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { useOpenTelemetry } = require('@graphql-hive/plugin-opentelemetry') as typeof import('@graphql-hive/plugin-opentelemetry');
  return [useOpenTelemetry({ traces: { spans: { http: ({ request }) => !/\/(readiness|healthcheck|metrics)$/.test(new URL(request.url).pathname) } } })];
}
