import { APPLY_SETTINGS_SQL, settingsParameters } from '@qinshang/database';
import type { Pool, PoolClient } from 'pg';

/**
 * A transaction of the identity service itself (sign-in, token issuance): city scope, acting as
 * `actor` with the role SYSTEM. Row-level security still applies; the scope is what it may see.
 */
export async function inSystemTransaction<T>(pool: Pool, actor: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(APPLY_SETTINGS_SQL, settingsParameters({ scope: 'city', districtId: null, departmentId: null, actor, role: 'SYSTEM' }));
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
