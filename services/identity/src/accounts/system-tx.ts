import { withSystemTransaction } from '@qinshang/database';
import type { Pool, PoolClient } from 'pg';

/**
 * A transaction of the identity service itself (sign-in, token issuance): city scope, acting as
 * `actor` with the role SYSTEM (`withSystemTransaction` of shared/database). Row-level security
 * still applies; the scope is what it may see.
 */
export function inSystemTransaction<T>(pool: Pool, actor: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return withSystemTransaction<T, PoolClient>(pool, { actor }, work);
}
