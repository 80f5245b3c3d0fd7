import { createVerifier } from '@qinshang/auth';
import { loadConfigOrExit, logLevel, port, postgresUrl, verifierOptionsOf, withAuth, z, type ConfigOf } from '@qinshang/config';
import { createServiceDataSource, guardDataSource, type ServiceDataSourceOptions } from '@qinshang/database';
import { runningConsumers } from '@qinshang/eventlog';
import { createLogger } from '@qinshang/logging';
import { metricsShape, stopTelemetry } from '@qinshang/telemetry';
import type { GraphQLSchema } from 'graphql';
import type { BaseContext } from './context';
import type { ExportDefinition } from './exports/exports';
import { startSubgraph, type RunningSubgraph } from './server';

/** Every variable a subgraph reads (documented in `.env.example`). */
export const subgraphConfigShape = {
  HOST: z.string().default('127.0.0.1'),
  APP_DATABASE_URL: postgresUrl,
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: logLevel,
  EXPOSE_SQL_STATEMENTS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Live subscriptions one token subject may hold on one process (RATE_LIMITED beyond). */
  SUBSCRIPTIONS_PER_TOKEN: z.coerce.number().int().min(1).max(100_000).default(20),
  /** graphql-ws ping interval in milliseconds; a socket that misses a pong is closed. */
  WS_KEEPALIVE_MS: z.coerce.number().int().min(1000).default(12_000),
  /** Who may read /metrics, and how many operation names its labels keep (see @qinshang/telemetry). */
  ...metricsShape,
  /** /health (readiness) answers 503 while an event-log consumer of this process is more positions behind the head. */
  READINESS_MAX_CONSUMER_LAG: z.coerce.number().int().min(1).default(5000),
  /** Set by the launcher: the process exits when its launcher has gone. */
  QINSHANG_PARENT_PID: z.coerce.number().int().min(1).optional(),
};

type NoVariables = Record<never, z.ZodTypeAny>;

export interface SubgraphDefinition<Loaders, Variables extends z.ZodRawShape = NoVariables> {
  name: string;
  defaultPort: number;
  schemaName: string;
  entities: ServiceDataSourceOptions['entities'];
  buildSchema: () => Promise<GraphQLSchema>;
  extendContext: (base: BaseContext) => Loaders;
  /** The subgraph's own variables, validated with the shared ones at start (every problem printed, exit 1). */
  config?: Variables;
  /**
   * Work the process runs beside the server (event consumers, schedulers), started before the
   * server answers and stopped before the database pool closes. Returns its stop function.
   */
  background?: (tools: BackgroundTools<ConfigOf<Variables>>) => Promise<() => Promise<void>>;
  /** The files it serves at `/exports/<name>.xlsx` and `.csv`, one definition per export. */
  exports?: ExportDefinition[];
}

export interface BackgroundTools<Config> {
  /** The application role's connection string (row-level security applies). */
  appDatabaseUrl: string;
  logger: ReturnType<typeof createLogger>;
  /** The subgraph's own variables, parsed. */
  config: Config;
}

/**
 * A subgraph process from start to exit: validated config (every problem printed, exit 1),
 * database pool as the application role, schema, server, and a clean exit on SIGTERM or SIGINT,
 * or when the launcher that started it has gone.
 */
export async function runSubgraph<Loaders, Variables extends z.ZodRawShape = NoVariables>(definition: SubgraphDefinition<Loaders, Variables>): Promise<RunningSubgraph> {
  // One schema for the shared variables and the subgraph's own, so every problem is listed at once.
  const raw = parseEnvOrExit(definition.name, { ...subgraphConfigShape, PORT: port(definition.defaultPort), ...definition.config });
  const config = raw as unknown as ConfigOf<ReturnType<typeof withAuth<typeof subgraphConfigShape & { PORT: ReturnType<typeof port> }>>>;
  const own = raw as unknown as ConfigOf<Variables>;
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  const dataSource = createServiceDataSource({
    url: config.APP_DATABASE_URL,
    schema: definition.schemaName,
    entities: definition.entities,
    poolSize: config.DB_POOL_SIZE,
    applicationName: `qinshang-${definition.name}`,
  });
  await dataSource.initialize();
  // A database restart must not end the process: lost connections are reported and replaced.
  guardDataSource(dataSource, (error) => logger.warn({ err: error }, 'a database connection was lost; the pool opens a new one when needed'));
  // Background work starts first, so projections have caught up before the server answers /health.
  const stopBackground = definition.background
    ? await definition.background({ appDatabaseUrl: config.APP_DATABASE_URL, logger, config: own })
    : async () => undefined;
  let running: RunningSubgraph;
  try {
    running = await startSubgraph({
      name: definition.name,
      port: config.PORT,
      host: config.HOST,
      schema: await definition.buildSchema(),
      dataSource,
      verify: createVerifier(verifierOptionsOf(config)),
      logger,
      extendContext: definition.extendContext,
      exports: definition.exports,
      exposeSqlStatements: config.EXPOSE_SQL_STATEMENTS,
      metrics: { token: config.METRICS_TOKEN, loopbackOnly: config.NODE_ENV === 'production', maxOperations: config.METRICS_MAX_OPERATIONS },
      readiness: () => consumersBehind(config.READINESS_MAX_CONSUMER_LAG),
      // Half the pool at most for subscription events: queries and mutations always find a connection.
      subscriptions: { maxPerSubject: config.SUBSCRIPTIONS_PER_TOKEN, keepAliveMs: config.WS_KEEPALIVE_MS, eventConcurrency: Math.max(1, Math.floor(config.DB_POOL_SIZE / 2)) },
    });
  } catch (error) {
    // Cannot serve (the port is taken, say): say why and exit, so a supervisor can try again.
    logger.error({ err: error }, `${definition.name} could not start`);
    await stopBackground().catch(() => undefined);
    process.exit(1);
  }
  const stop = async () => {
    await stopBackground();
    await running.stop();
    await stopTelemetry();
  };
  exitWith(stop, logger, config.QINSHANG_PARENT_PID);
  return { ...running, stop };
}

/** The consumers of this process further behind the log's head than `max` positions. */
async function consumersBehind(max: number): Promise<string[]> {
  const lags = await Promise.all(runningConsumers().map(async (consumer) => [consumer.name, await consumer.lag()] as const));
  return lags.filter(([, lag]) => lag > max).map(([name, lag]) => `event-log consumer ${name} is ${lag} positions behind (READINESS_MAX_CONSUMER_LAG ${max})`);
}

function parseEnvOrExit(name: string, shape: z.ZodRawShape): unknown {
  return loadConfigOrExit(name, withAuth(shape));
}

/** Stops cleanly on a signal, or when the parent launcher disappears (no orphans). */
export function exitWith(stop: () => Promise<void>, logger: { info: (msg: string) => void; error: (obj: object, msg: string) => void }, parent?: number) {
  const exit = (reason: string) => {
    logger.info(`${reason}: shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    stop()
      .then(() => process.exit(0))
      .catch((error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => exit('SIGTERM'));
  process.once('SIGINT', () => exit('SIGINT'));
  if (parent) {
    setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch {
        exit('launcher gone');
      }
    }, 1000).unref();
  }
}
