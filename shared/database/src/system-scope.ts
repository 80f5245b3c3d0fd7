import { escapeLiteral, type ClientBase, type Pool } from 'pg';
import type { DbScope } from './tenancy';

/** The platform's own work (consumers, the scheduler, the feed's reads, seeds): an actor `system:<name>`. */
export const SYSTEM_SCOPE_SQL =
  "SELECT set_config('qinshang.scope', $1, true), set_config('qinshang.district_id', $2, true), " +
  "set_config('qinshang.actor', $3, true), set_config('qinshang.role', 'SYSTEM', true)";

export interface SystemScope {
  /** Recorded as the actor of what the transaction appends (`system:scheduler`). */
  actor: string;
  /** Default `city`: every tenant. */
  scope?: DbScope;
  /** With scope `tenant`: which one. */
  districtId?: string | null;
  readOnly?: boolean;
}

/**
 * BEGIN and the platform's own scope as one simple query (one round trip instead of two), the
 * values as literals escaped by pg's own `escapeLiteral` (a simple query takes no parameters).
 */
export function beginSystemTransactionSql({ actor, scope = 'city', districtId = null, readOnly = false }: SystemScope): string {
  const [s, d, a] = [scope, districtId ?? '', actor].map((value) => escapeLiteral(value));
  return (
    `${readOnly ? 'BEGIN READ ONLY' : 'BEGIN'}; SELECT set_config('qinshang.scope', ${s}, true), set_config('qinshang.district_id', ${d}, true), ` +
    `set_config('qinshang.actor', ${a}, true), set_config('qinshang.role', 'SYSTEM', true)`
  );
}

/**
 * One read-only statement in the platform's own scope, in one round trip: BEGIN and the scope,
 * the statement, COMMIT, as one simple query (so `sql` takes no parameters: inline only escaped
 * literals and numbers). Its rows; rolled back if any part fails.
 */
export async function readInSystemScope<T>(client: Pick<ClientBase, 'query'>, scope: SystemScope, sql: string): Promise<T[]> {
  try {
    const results = (await client.query(`${beginSystemTransactionSql({ ...scope, readOnly: true })}; ${sql}; COMMIT`)) as unknown as Array<{ rows: T[] }>;
    return results[2].rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Sets the platform's own scope on the transaction the client is in (transaction-local). */
export async function enterSystemScope(client: Pick<ClientBase, 'query'>, { actor, scope = 'city', districtId = null }: SystemScope): Promise<void> {
  await client.query(SYSTEM_SCOPE_SQL, [scope, districtId ?? '', actor]);
}

/** One transaction in the platform's own scope on this client: committed if `work` resolves, rolled back if it throws. */
export async function inSystemTransaction<T>(client: Pick<ClientBase, 'query'>, scope: SystemScope, work: (client: Pick<ClientBase, 'query'>) => Promise<T>): Promise<T> {
  await client.query(scope.readOnly ? 'BEGIN READ ONLY' : 'BEGIN');
  try {
    await enterSystemScope(client, scope);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The same on a connection of the pool, released afterwards. */
export async function withSystemTransaction<T, C extends ClientBase = ClientBase>(pool: Pool, scope: SystemScope, work: (client: C) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await inSystemTransaction(client, scope, () => work(client as unknown as C));
  } finally {
    client.release();
  }
}
