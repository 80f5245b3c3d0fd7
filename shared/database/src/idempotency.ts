import { createHash } from 'node:crypto';
import { BadUserInputError, ConflictError } from '@qinshang/errors';
import { APP_ROLE } from './bootstrap';

/** A request's transaction as RequestDb or a TypeORM EntityManager offer it. */
export interface SqlQueryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

async function rows<T>(db: SqlQueryable, sql: string, parameters: unknown[]): Promise<T[]> {
  const result = (await db.query(sql, parameters)) as unknown[];
  // TypeORM answers an UPDATE or DELETE with [rows, count].
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/**
 * Repeated submissions (a retry on a bad mobile network, a double tap): a mutation that creates
 * takes a client-generated `idempotencyKey`, and the first request with a key does the work and
 * records what it made; a later one with the same key, by the same caller, gets that first result
 * instead of a second record. The key is claimed in the request's own transaction, so:
 * - two requests with one key at once: the second waits on the first's claim, then returns its
 *   result once it commits (or does the work itself if the first rolled back);
 * - a request that fails writes nothing, its claim included: a retry does the work.
 * Keys are per caller (`tenancy.actor()`, row-level security): another caller's key is unknown.
 */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * What a key stands for: the operation and its input (the key itself left out), so a key reused
 * for a different submission is refused rather than answered with an unrelated result.
 */
export function operationFingerprint(operation: string, input: object): string {
  const { idempotencyKey: _key, ...rest } = input as Record<string, unknown>;
  const canonical = JSON.stringify(sortedKeys(rest));
  return `${operation}:${createHash('sha256').update(canonical).digest('base64url').slice(0, 22)}`;
}

/** A value with every object's keys in order, nested ones too (so `{a, b}` and `{b, a}` agree). */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => [key, sortedKeys(record[key])]),
  );
}

/** The table a service's migration creates for its keys (`<schema>.idempotency_key`). */
export function idempotencyTableSql(schema: string): string {
  const table = `${schema}.idempotency_key`;
  return `
CREATE TABLE ${table} (
  actor text NOT NULL DEFAULT tenancy.actor(),
  key text NOT NULL,
  operation text NOT NULL,
  result_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (actor, key)
);
ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_keys ON ${table} FOR ALL TO ${APP_ROLE}
  USING (tenancy.scope() <> 'none' AND actor = tenancy.actor()) WITH CHECK (tenancy.scope() <> 'none' AND actor = tenancy.actor());
GRANT SELECT, INSERT, UPDATE ON ${table} TO ${APP_ROLE};
`;
}

/**
 * Runs `create` once per key: returns the id it made, or, for a key already used by this caller
 * for the same operation, the id the first request made (`replayed`). Without a key, just runs.
 */
export async function once(
  db: SqlQueryable,
  schema: string,
  request: { key: string | null | undefined; operation: string; field?: string },
  create: () => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  if (request.key === undefined || request.key === null) return { id: await create(), replayed: false };
  const field = request.field ?? 'input.idempotencyKey';
  if (!IDEMPOTENCY_KEY.test(request.key)) {
    throw new BadUserInputError(field, 'An idempotency key is 8 to 100 letters, digits or . _ : - (a UUID will do)');
  }
  const table = `${schema}.idempotency_key`;
  const claimed = await rows<{ key: string }>(
    db,
    `INSERT INTO ${table} (key, operation) VALUES ($1, $2) ON CONFLICT (actor, key) DO NOTHING RETURNING key`,
    [request.key, request.operation],
  );
  if (claimed.length === 0) {
    const [first] = await rows<{ operation: string; result_id: string | null }>(db, `SELECT operation, result_id FROM ${table} WHERE key = $1 AND actor = tenancy.actor()`, [
      request.key,
    ]);
    if (!first || first.operation !== request.operation || !first.result_id) {
      throw new ConflictError('This idempotency key was already used for another request: make a new one for each new submission', {
        reason: 'IDEMPOTENCY_KEY_REUSED',
        field,
      });
    }
    return { id: first.result_id, replayed: true };
  }
  const id = await create();
  await db.query(`UPDATE ${table} SET result_id = $2 WHERE key = $1 AND actor = tenancy.actor()`, [request.key, id]);
  return { id, replayed: false };
}

/**
 * `once` for a command that answers with a record: the first request's record as `create` made
 * it, a repeat's loaded again by the id the first recorded (`load`).
 */
export async function onceRecord<T>(
  db: SqlQueryable,
  schema: string,
  request: { operation: string; input: { idempotencyKey?: string | null }; field?: string },
  create: () => Promise<T>,
  idOf: (record: T) => string,
  load: (id: string) => Promise<T>,
): Promise<T> {
  let made: { record: T } | null = null;
  const { id } = await once(db, schema, { key: request.input.idempotencyKey, operation: operationFingerprint(request.operation, request.input), field: request.field }, async () => {
    const record = await create();
    made = { record };
    return idOf(record);
  });
  return made ? (made as { record: T }).record : load(id);
}
