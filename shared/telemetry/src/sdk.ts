import path from 'node:path';
import { loadConfigOrExit } from '@qinshang/config';
import { telemetryShape, tracingEnabled } from './config';

export type InstrumentationSet = 'subgraph' | 'none';

interface Started {
  serviceName: string;
  shutdown: () => Promise<void>;
}

let started: Started | null = null;

/**
 * Starts the OpenTelemetry SDK for Node (OTLP/HTTP exporter, W3C trace context) when the
 * standard `OTEL_*` variables ask for it, and does nothing at all otherwise: the SDK and its
 * instrumentations are required only here, so a process without `OTEL_*` loads none of them.
 *
 * Call it before anything requires `pg`, `http` or `graphql` (the instrumentations patch those
 * modules as they are loaded): `import '@qinshang/telemetry/register'` as a process's first line.
 * `subgraph` instruments incoming and outgoing HTTP, graphql (operations and resolvers) and pg
 * (every statement, without its parameters); `none` leaves spans to the caller (the gateway's
 * Hive OpenTelemetry plugin).
 */
export function startTelemetry(options: { serviceName?: string; instrumentations?: InstrumentationSet } = {}): boolean {
  if (started) return true;
  const config = loadConfigOrExit('telemetry', telemetryShape);
  if (!tracingEnabled(config)) return false;
  const serviceName = config.OTEL_SERVICE_NAME ?? options.serviceName ?? serviceNameOfScript(process.argv[1]);
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const instrumentations = options.instrumentations === 'none' ? [] : subgraphInstrumentations();
  /* eslint-enable @typescript-eslint/no-require-imports */
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ 'service.name': serviceName, 'service.namespace': 'qinshang' }),
    traceExporter: new OTLPTraceExporter(),
    instrumentations,
    // Metrics are Prometheus text at /metrics, and logs are pino lines: traces only here.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  started = { serviceName, shutdown: () => sdk.shutdown() };
  return true;
}

/** Sends what is still buffered (call before the process exits). */
export async function stopTelemetry(): Promise<void> {
  const running = started;
  started = null;
  await running?.shutdown().catch(() => undefined);
}

export function telemetryStarted(): boolean {
  return started !== null;
}

/** `services/city/dist/main.js` → `city`; `gateway/dist/main.js` → `gateway`. */
export function serviceNameOfScript(script: string | undefined): string {
  if (!script) return 'qinshang';
  const parts = path.resolve(script).split(path.sep);
  const dist = parts.lastIndexOf('dist');
  return dist > 0 ? parts[dist - 1] : path.basename(script, path.extname(script));
}

const QUIET_PATHS = new Set(['/health', '/readiness', '/metrics', '/healthcheck']);

function subgraphInstrumentations() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return [
    new HttpInstrumentation({
      // Probes and scrapes are not requests anyone traces.
      ignoreIncomingRequestHook: (request) => QUIET_PATHS.has((request.url ?? '').split('?')[0]),
    }),
    // Resolver spans, but not one per trivial property read; no variables recorded.
    new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true, allowValues: false }),
    // Every statement inside a traced unit of work (a request, a consumer batch); the pollers'
    // idle statements outside one make no traces. Parameters are never recorded.
    new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
  ];
}
