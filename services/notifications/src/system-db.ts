import { guardPool } from '@qinshang/database';
import { Pool, type PoolClient } from 'pg';

/**
 * The notifier's own work (delivery workers, the confirmation reminder): a small pool of its own,
 * each unit of work one transaction with scope `city` and an actor `system:notifications:*`.
 * Never used for a caller's reads and writes, which go through the request's transaction.
 */
export class SystemDb {
  private readonly pool: Pool;

  /**
   * Survives a database restart (guardPool): a connection lost while checked out (between two
   * statements of a delivery) fails that unit of work, which is retried, instead of throwing an
   * unhandled 'error' that ends the process.
   */
  constructor(url: string, max = 4, name = 'qinshang-notifications-system') {
    this.pool = guardPool(new Pool({ connectionString: url, max, application_name: name }), () => undefined);
  }

  async transaction<T>(work: (client: PoolClient) => Promise<T>, actor = 'system:notifications'): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('qinshang.scope', 'city', true), set_config('qinshang.actor', $1, true), set_config('qinshang.role', 'SYSTEM', true)", [actor]);
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
