import { guardPool, withSystemTransaction } from '@qinshang/database';
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

  transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return withSystemTransaction(this.pool, { actor: 'system:evaluation' }, work);
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
