/**
 * Anything that runs SQL: a TypeORM EntityManager or QueryRunner (rows back), a pg Client or
 * PoolClient (a result with `rows`), or a request's RequestDb.
 */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export async function rowsOf<T>(runner: SqlRunner, sql: string, parameters?: unknown[]): Promise<T[]> {
  const result = await runner.query(sql, parameters);
  if (Array.isArray(result)) {
    // TypeORM answers an UPDATE or DELETE (even with RETURNING) with [rows, affected count].
    if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
    return result as T[];
  }
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
