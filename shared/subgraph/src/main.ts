import { createVerifier } from '@qinshang/auth';
import { assertAuthConfigured, authShape, ConfigError, logLevel, nodeEnv, parseConfig, port, postgresUrl, z } from '@qinshang/config';
import { createServiceDataSource, type ServiceDataSourceOptions } from '@qinshang/database';
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
  ...authShape,
};

export interface SubgraphDefinition<Loaders> {
  name: string;
  defaultPort: number;
  schemaName: string;
  entities: ServiceDataSourceOptions['entities'];
  buildSchema: () => Promise<GraphQLSchema>;
  extendContext: (base: BaseContext) => Loaders;
  /** Called on shutdown before the database closes (stop background workers here). */
  onShutdown?: () => Promise<void>;
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
  const running = await startSubgraph({
    name: definition.name,
    port: config.PORT,
    host: config.HOST,
    schema: await definition.buildSchema(),
    dataSource,
    verify: createVerifier({
      jwksUrl: config.AUTH_JWKS_URL,
      devKey: config.AUTH_DEV_KEY,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
    }),
    logger,
    extendContext: definition.extendContext,
    exposeSqlStatements: config.EXPOSE_SQL_STATEMENTS,
    onShutdown: definition.onShutdown,
  });
  exitWith(running.stop, logger);
  return running;
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
