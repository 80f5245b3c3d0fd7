import type http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { telemetryStarted } from './sdk';

/** The process's one registry, served as Prometheus text at `/metrics`. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

new Gauge({
  name: 'qinshang_tracing_enabled',
  help: '1 when this process exports OpenTelemetry traces (OTEL_* set), else 0 (no SDK loaded)',
  registers: [registry],
  collect() {
    this.set(telemetryStarted() ? 1 : 0);
  },
});

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const graphqlRequests = new Counter({
  name: 'qinshang_graphql_requests_total',
  help: 'GraphQL requests by operation name and outcome (OK or the first error code)',
  labelNames: ['operation', 'outcome'] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'qinshang_graphql_request_duration_seconds',
  help: 'GraphQL request latency by operation name',
  labelNames: ['operation'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const subgraphFetchDuration = new Histogram({
  name: 'qinshang_subgraph_fetch_duration_seconds',
  help: "The gateway's fetches to each subgraph (the query plan's fetch nodes), by outcome",
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
});

export const sqlStatementsPerRequest = new Histogram({
  name: 'qinshang_sql_statements_per_request',
  help: "SQL statements one GraphQL request ran in its transaction, by operation name",
  labelNames: ['operation'] as const,
  buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 100],
  registers: [registry],
});

export const feedDelivery = new Histogram({
  name: 'qinshang_feed_delivery_seconds',
  help: "From an event's commit (recorded_at) to its delivery to the process's live feed subscribers",
  labelNames: ['feed'] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

export const schedulerRuns = new Counter({
  name: 'qinshang_scheduler_runs_total',
  help: "The ledger scheduler's runs: ran, skipped (another replica held the lock) or failed",
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const schedulerActions = new Counter({
  name: 'qinshang_scheduler_actions_total',
  help: 'What the scheduler did: escalated_to_district, escalated_to_city, reminded, recounted',
  labelNames: ['action'] as const,
  registers: [registry],
});

export const notificationFailures = new Counter({
  name: 'qinshang_notification_delivery_failures_total',
  help: 'Failed delivery attempts by channel; final="true" when the delivery gave up (FAILED)',
  labelNames: ['channel', 'final'] as const,
  registers: [registry],
});

type Sample = { labels: Record<string, string>; value: number };
type Source = () => Promise<Sample[]> | Sample[];

/** A gauge whose samples are read when scraped, from every source registered in this process. */
function sampledGauge(name: string, help: string, labelNames: string[]) {
  const sources = new Set<Source>();
  new Gauge({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      this.reset();
      for (const source of sources) {
        try {
          for (const sample of await source()) this.set(sample.labels, sample.value);
        } catch {
          // A source that cannot answer now (its database is down) reports nothing this scrape.
        }
      }
    },
  });
  return (source: Source) => {
    sources.add(source);
    return () => void sources.delete(source);
  };
}

/** `pool` gauges (in_use, idle, waiting) of a pg Pool, read at each scrape. */
export const observePool = (() => {
  const add = sampledGauge('qinshang_db_pool_connections', 'Database pool connections by state (in_use, idle, waiting)', ['pool', 'state']);
  return (pool: string, of: { totalCount: number; idleCount: number; waitingCount: number }) =>
    add(() => [
      { labels: { pool, state: 'in_use' }, value: of.totalCount - of.idleCount },
      { labels: { pool, state: 'idle' }, value: of.idleCount },
      { labels: { pool, state: 'waiting' }, value: of.waitingCount },
    ]);
})();

/** Event-log consumers' lag: positions between the log's head and each consumer's checkpoint. */
export const observeConsumerLag = sampledGauge('qinshang_eventlog_consumer_lag', 'Event-log positions behind the head, per consumer', ['consumer']);

/** Live subscriptions on this process, by field. */
export const observeSubscriptions = sampledGauge('qinshang_live_subscriptions', 'Live GraphQL subscriptions on this process', ['kind']);

/** Deliveries waiting to be sent, by channel. */
export const observeNotificationQueue = sampledGauge('qinshang_notification_queue_depth', 'Notification deliveries pending, by channel', ['channel']);

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,79}$/;

/**
 * A bounded label for an operation name: `anonymous` for none, `other` for a name that is not a
 * plain GraphQL name or once `max` distinct names have been seen (a caller sending random names
 * cannot grow the series without bound). Never variables, never anything but the name.
 */
export function operationLabeller(max = 100): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= max) return 'other';
    seen.add(name);
    return name;
  };
}

/** An outcome label: OK, or an error code as the contract spells them (anything else: INTERNAL_SERVER_ERROR). */
export function outcomeLabel(code: unknown): string {
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}

export interface MetricsAccess {
  /** `METRICS_TOKEN`: when set, a scrape must send `Authorization: Bearer <token>`. */
  token?: string;
  /** Without a token: only callers on this host may scrape (production's rule); else anyone. */
  loopbackOnly?: boolean;
}

/** Answers a scrape: 401 without the token when one is configured, 403 off-host when asked. */
export async function serveMetrics(req: http.IncomingMessage, res: http.ServerResponse, access: MetricsAccess = {}): Promise<void> {
  if (access.token) {
    const sent = Buffer.from(String(req.headers.authorization ?? ''));
    const wanted = Buffer.from(`Bearer ${access.token}`);
    if (sent.length !== wanted.length || !timingSafeEqual(sent, wanted)) {
      res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' }).end('metrics need the METRICS_TOKEN bearer token\n');
      return;
    }
  } else if (access.loopbackOnly && !isLoopback(req.socket.remoteAddress)) {
    res.writeHead(403, { 'content-type': 'text/plain' }).end('metrics are served to this host only (set METRICS_TOKEN to scrape from elsewhere)\n');
    return;
  }
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType }).end(body);
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}
