import { readFileSync } from 'node:fs';
import { Client } from 'pg';

/**
 * A service's `seed` command: reads the reference data (`REFERENCE_DATA`), connects as the owner
 * (`MIGRATION_DATABASE_URL`) and runs `work` in one transaction; on failure prints why and exits 1.
 */
export function runSeed<Data>(name: string, work: (client: Client, data: Data) => Promise<void>): void {
  const seed = async () => {
    const url = process.env.MIGRATION_DATABASE_URL;
    const file = process.env.REFERENCE_DATA;
    if (!url || !file) throw new Error('MIGRATION_DATABASE_URL and REFERENCE_DATA are required');
    const data = JSON.parse(readFileSync(file, 'utf8')) as Data;
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await work(client, data);
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
