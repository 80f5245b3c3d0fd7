/** Anything that runs SQL: a pg client (result with rows) or a TypeORM EntityManager (rows). */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export async function rows<T>(runner: SqlRunner, sql: string, parameters?: unknown[]): Promise<T[]> {
  const result = await runner.query(sql, parameters);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * A runner for `appendEvents` over a request's EntityManager. TypeORM's postgres driver returns
 * `[rows, affected]` for an UPDATE ... RETURNING, which the log's append (it moves its head with
 * one) would misread; the structured result gives the rows as they are.
 */
export function structuredRunner(manager: { queryRunner?: { query(sql: string, parameters?: unknown[], structured?: true): Promise<{ records: unknown[] }> } }): SqlRunner {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('The manager is not bound to a transaction');
  return { query: async (sql, parameters) => ({ rows: (await runner.query(sql, parameters, true)).records }) };
}
