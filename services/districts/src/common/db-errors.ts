import type { EntityManager } from 'typeorm';

/** The unique constraint a statement violated (PostgreSQL 23505), or null for any other failure. */
export function uniqueViolation(error: unknown): string | null {
  const cause = (error as { driverError?: unknown }).driverError ?? error;
  const { code, constraint } = (cause ?? {}) as { code?: string; constraint?: string };
  return code === '23505' ? (constraint ?? '') : null;
}

/**
 * Runs one write inside a savepoint, so a unique violation can be turned into a clear error
 * (`onViolation`, given the constraint's name) and leaves the request's transaction usable.
 */
export async function guardUnique<T>(manager: EntityManager, write: () => Promise<T>, onViolation: (constraint: string) => Error): Promise<T> {
  await manager.query('SAVEPOINT unique_guard');
  try {
    const result = await write();
    await manager.query('RELEASE SAVEPOINT unique_guard');
    return result;
  } catch (error) {
    await manager.query('ROLLBACK TO SAVEPOINT unique_guard');
    const constraint = uniqueViolation(error);
    if (constraint !== null) throw onViolation(constraint);
    throw error;
  }
}

/** Rows of a statement; write data-changing statements as `WITH x AS (... RETURNING) SELECT`. */
export async function rows<T = Record<string, unknown>>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return (await manager.query(sql, params)) as T[];
}
