// First: OpenTelemetry (when OTEL_* is set) must patch http, graphql and pg before they load.
import '@qinshang/telemetry/register';
import 'reflect-metadata';
import { loadConfigOrExit } from '@qinshang/config';
import { guardPool } from '@qinshang/database';
import { runSubgraph } from '@qinshang/subgraph';
import { Pool } from 'pg';
import { identityShape } from './config';
import { extendContext } from './context';
import { entities } from './entities';
import { startProvider } from './oidc/server';
import { buildIdentitySchema, SCHEMA_NAME } from './schema';

/**
 * The identity service: the accounts subgraph (PORT, default 4006) and, beside it in the same
 * process, the OpenID provider (IDENTITY_PORT, default 4005), unless an outside provider is used.
 */
void runSubgraph({
  name: 'identity',
  defaultPort: 4006,
  schemaName: SCHEMA_NAME,
  entities,
  buildSchema: buildIdentitySchema,
  extendContext,
  background: async ({ appDatabaseUrl, logger }) => {
    const config = loadConfigOrExit('identity', identityShape);
    if (!config.IDENTITY_PROVIDER) {
      logger.info('the embedded OpenID provider is off (an outside provider issues tokens)');
      return async () => undefined;
    }
    // Survives a database restart (see guardPool): a lost connection is reported and replaced.
    const pool = guardPool(new Pool({ connectionString: appDatabaseUrl, max: 8, application_name: 'qinshang-identity-oidc' }), (error) =>
      logger.warn({ err: error }, 'an OpenID provider database connection was lost'),
    );
    const provider = await startProvider({ config, pool, databaseUrl: appDatabaseUrl, logger });
    return async () => {
      await provider.stop();
      await pool.end();
    };
  },
});
