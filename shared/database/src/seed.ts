import { readFileSync } from 'node:fs';
import { loadConfigOrExit, postgresUrl, z } from '@qinshang/config';
import { Client } from 'pg';

/** Every variable a seed reads (the launcher sets them). */
export const seedConfigShape = {
  MIGRATION_DATABASE_URL: postgresUrl,
  REFERENCE_DATA: z.string().min(1),
  /** Seed the generated campaign history too (once, on a new database). */
  SEED_HISTORY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** N times the reference tenants' enterprises and officials (and so their visits and problems). */
  SEED_SCALE: z.coerce.number().int().min(1).max(1000).default(1),
};

export type SeedConfig = { seedHistory: boolean; scale: number };

/**
 * A service's `seed` command: reads the reference data (`REFERENCE_DATA`), connects as the owner
 * (`MIGRATION_DATABASE_URL`) and runs `work` in one transaction; on failure prints why and exits 1.
 */
export function runSeed<Data>(name: string, work: (client: Client, data: Data, config: SeedConfig) => Promise<void>): void {
  const config = loadConfigOrExit(`${name} seed`, seedConfigShape);
  const seed = async () => {
    const { MIGRATION_DATABASE_URL: url, REFERENCE_DATA: file } = config;
    const data = JSON.parse(readFileSync(file, 'utf8')) as Data;
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await work(client, data, { seedHistory: config.SEED_HISTORY, scale: config.SEED_SCALE });
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
  };
  seed().catch((error) => {
    process.stderr.write(`${name} seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
