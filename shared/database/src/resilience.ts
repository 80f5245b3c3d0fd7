import type { Client, Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Makes a pool survive its server going away (a restart, a failover, a terminated backend).
 * pg emits 'error' on a client whose connection drops while it has no query in flight; the pool
 * listens only while the client is idle, so a checked-out client (inside a transaction, between
 * two statements) that loses its connection would throw an unhandled 'error' and end the
 * process. Every client of the pool gets a listener for its whole life: the error is reported,
 * the next statement on that client fails (the request fails, and rolls back), and the pool
 * drops the client on release and opens a new connection when asked.
 */
export function guardPool(pool: Pool, onError: (error: Error) => void): Pool {
  pool.on('error', onError);
  const guard = (client: PoolClient | Client) => {
    if ((client as { __qinshangGuarded?: boolean }).__qinshangGuarded) return;
    (client as { __qinshangGuarded?: boolean }).__qinshangGuarded = true;
    client.on('error', onError);
  };
  pool.on('connect', guard);
  // Clients opened before this call (TypeORM's initialise checks the server on one).
  for (const client of (pool as unknown as { _clients?: PoolClient[] })._clients ?? []) guard(client);
  return pool;
}

/** `guardPool` on a TypeORM data source's pool (after `initialize`). */
export function guardDataSource(dataSource: DataSource, onError: (error: Error) => void): void {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (pool) guardPool(pool, onError);
}

/** True for the errors of a connection that is gone (a retry on a new connection may succeed). */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  const message = String((error as { message?: string } | null)?.message ?? '');
  return (
    ['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code) ||
    /Connection terminated|connection error|not queryable|terminating connection|timeout exceeded when trying to connect/i.test(message)
  );
}
