import { preparedName, RequestDb } from '@qinshang/database';
import type { ClientBase } from 'pg';

/**
 * Anything that runs SQL: a TypeORM EntityManager or QueryRunner (rows back), a pg Client or
 * PoolClient (a result with `rows`), or a request's RequestDb.
 */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export async function rowsOf<T>(runner: SqlRunner, sql: string, parameters?: unknown[]): Promise<T[]> {
  const result = await runner.query(sql, parameters);
  // TypeORM answers an UPDATE or DELETE with [rows, affected count].
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * `rowsOf` as a prepared statement of the connection where the runner is one (a pg client or a
 * RequestDb; see RequestDb.prepared), for a hot statement of fixed text whose planning costs more
 * than its execution. Any other runner runs it as usual.
 */
export async function preparedRowsOf<T>(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<T[]> {
  if (runner instanceof RequestDb) return runner.query<T>(sql, parameters, { prepare: true });
  if (isPgClient(runner)) return (await runner.query({ name: preparedName(sql), text: sql, values: parameters })).rows as T[];
  return rowsOf<T>(runner, sql, parameters);
}

function isPgClient(runner: SqlRunner): runner is SqlRunner & ClientBase {
  // A pg Client or PoolClient (a TypeORM manager or runner has a `connection` too, but no backend process id).
  return 'processID' in runner && 'connection' in runner;
}
