import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { loadConfigOrExit, postgresUrl } from '@qinshang/config';

export interface ServiceDataSourceOptions {
  url: string;
  /** The service's own Postgres schema; every table of the service lives in it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

/**
 * A service's data source. Never `synchronize`: the schema changes only through committed
 * migrations, recorded in the service's own migrations table.
 */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations ?? [],
    migrationsTableName: `${options.schema}_migrations`,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: options.applicationName,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 },
  });
}

/**
 * A service's `migrate` command: applies its pending migrations as the owner, each in its own
 * transaction, and prints what it applied.
 */
export async function runMigrations(options: Omit<ServiceDataSourceOptions, 'url'> & { url?: string }): Promise<string[]> {
  const url = options.url ?? loadConfigOrExit(`${options.schema} migrations`, { MIGRATION_DATABASE_URL: postgresUrl }).MIGRATION_DATABASE_URL;
  const dataSource = createServiceDataSource({ ...options, url, poolSize: 2 });
  await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
