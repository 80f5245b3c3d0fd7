import type { EntityManager } from 'typeorm';

/**
 * The next `count` ids of a tenant's table, in the seed's form (`610111-E0140`): one more than the
 * highest number in use. A transaction-scoped advisory lock per tenant and table serialises two
 * writers, so concurrent adds never pick the same number. Call only where the caller's role sees
 * every row of the tenant (the office roles), or the highest number would be wrong.
 */
export async function nextTenantIds(manager: EntityManager, table: 'enterprise' | 'official' | 'pairing', districtId: string, letter: string, count = 1): Promise<string[]> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`districts.${table}:${districtId}`]);
  const [{ highest }] = (await manager.query(
    `SELECT coalesce(max(substring(id FROM '-${letter}([0-9]+)$')::int), 0) AS highest FROM districts.${table} WHERE district_id = $1`,
    [districtId],
  )) as Array<{ highest: number }>;
  return Array.from({ length: count }, (_, index) => `${districtId}-${letter}${String(highest + index + 1).padStart(4, '0')}`);
}
