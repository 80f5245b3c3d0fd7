import { createVerifier } from '@qinshang/auth';
import { assertAuthConfigured, authShape, verifierOptionsOf, ConfigError, logLevel, nodeEnv, parseConfig, port, postgresUrl, z } from '@qinshang/config';
import { createServiceDataSource, guardDataSource, type ServiceDataSourceOptions } from '@qinshang/database';
import { createLogger } from '@qinshang/logging';
import type { GraphQLSchema } from 'graphql';
import type { BaseContext } from './context';
import { startSubgraph, type RunningSubgraph } from './server';

/** Every variable a subgraph reads (documented in `.env.example`). */
export const subgraphConfigShape = {
  NODE_ENV: nodeEnv,
  HOST: z.string().default('127.0.0.1'),
  APP_DATABASE_URL: postgresUrl,
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: logLevel,
  EXPOSE_SQL_STATEMENTS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Live subscriptions one token subject may hold on one process (RATE_LIMITED beyond). */
  SUBSCRIPTIONS_PER_TOKEN: z.coerce.number().int().min(1).max(100_000).default(20),
  /** graphql-ws ping interval in milliseconds; a socket that misses a pong is closed. */
  WS_KEEPALIVE_MS: z.coerce.number().int().min(1000).default(12_000),
  ...authShape,
};

export interface SubgraphDefinition<Loaders> {
  name: string;
  defaultPort: number;
  schemaName: string;
  entities: ServiceDataSourceOptions['entities'];
  buildSchema: () => Promise<GraphQLSchema>;
  extendContext: (base: BaseContext) => Loaders;
  /**
   * Work the process runs beside the server (event consumers, schedulers), started before the
   * server answers and stopped before the database pool closes. Returns its stop function.
   */
  background?: (tools: BackgroundTools) => Promise<() => Promise<void>>;
}

export interface BackgroundTools {
  /** The application role's connection string (row-level security applies). */
  appDatabaseUrl: string;
  logger: ReturnType<typeof createLogger>;
  env: NodeJS.ProcessEnv;
}

/**
 * A subgraph process from start to exit: validated config (every problem printed, exit 1),
 * database pool as the application role, schema, server, and a clean exit on SIGTERM or SIGINT,
 * or when the launcher that started it has gone.
 */
export async function runSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>): Promise<RunningSubgraph> {
  let config;
  try {
    config = parseConfig({ ...subgraphConfigShape, PORT: port(definition.defaultPort) });
    assertAuthConfigured(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${definition.name}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
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
    ? await definition.background({ appDatabaseUrl: config.APP_DATABASE_URL, logger, env: process.env })
    : async () => undefined;
  const running = await startSubgraph({
    name: definition.name,
    port: config.PORT,
    host: config.HOST,
    schema: await definition.buildSchema(),
    dataSource,
    verify: createVerifier(verifierOptionsOf(config)),
    logger,
    extendContext: definition.extendContext,
    exposeSqlStatements: config.EXPOSE_SQL_STATEMENTS,
    // Half the pool at most for subscription events: queries and mutations always find a connection.
    subscriptions: { maxPerSubject: config.SUBSCRIPTIONS_PER_TOKEN, keepAliveMs: config.WS_KEEPALIVE_MS, eventConcurrency: Math.max(1, Math.floor(config.DB_POOL_SIZE / 2)) },
  });
  const stop = async () => {
    await stopBackground();
    await running.stop();
  };
  exitWith(stop, logger);
  return { ...running, stop };
}

/** Stops cleanly on a signal, or when the parent launcher disappears (no orphans). */
export function exitWith(stop: () => Promise<void>, logger: { info: (msg: string) => void; error: (obj: object, msg: string) => void }) {
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
  const parent = Number(process.env.QINSHANG_PARENT_PID);
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
