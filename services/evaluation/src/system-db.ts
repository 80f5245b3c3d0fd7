import { guardPool } from '@qinshang/database';
import { Pool, type PoolClient } from 'pg';

/**
 * The platform's own work (publishing a month, on demand or when it is over): a small pool of its
 * own, each unit of work one transaction with scope `city` and actor `system:evaluation`. Never
 * used for a caller's reads and writes, which go through the request's transaction.
 */
export class SystemDb {
  private readonly pool: Pool;

  constructor(url: string) {
    this.pool = guardPool(new Pool({ connectionString: url, max: 2, application_name: 'qinshang-evaluation-system' }), () => undefined);
  }

  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        "SELECT set_config('qinshang.scope', 'city', true), set_config('qinshang.actor', 'system:evaluation', true), set_config('qinshang.role', 'SYSTEM', true)",
      );
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
