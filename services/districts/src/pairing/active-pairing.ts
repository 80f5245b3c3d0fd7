import { SqlParams } from '@qinshang/database';
import type { Caller } from '@qinshang/auth';
import { ConflictError, NotFoundError } from '@qinshang/errors';
import type { EntityManager } from 'typeorm';
import { enterpriseVisible } from '../access/visibility';
import { rows } from '../common/db-errors';
import type { Pairing } from './pairing.entity';
import { pairingColumns, toPairing } from './pairing.queries';

/**
 * The active pairing of an enterprise the caller may work on, locked until the transaction ends
 * so that visits, excuses and reports for the pair are recorded one at a time. NOT_FOUND when the
 * caller cannot see the enterprise (another tenant's, or not its paired one), CONFLICT when no
 * official is paired with it.
 */
export async function lockActivePairing(manager: EntityManager, caller: Caller, enterpriseId: string): Promise<Pairing> {
  const params = new SqlParams();
  const found = await rows<{ pairing: Record<string, unknown> | null }>(
    manager,
    `SELECT (SELECT to_jsonb(a) FROM (SELECT ${pairingColumns('p')} FROM districts.pairing p
                                      WHERE p.enterprise_id = e.id AND p.ended_on IS NULL) a) AS pairing
       FROM districts.enterprise e
      WHERE e.id = ${params.add(enterpriseId)} AND ${enterpriseVisible(caller, 'e', params)}`,
    params.values,
  );
  if (!found.length) throw new NotFoundError('Enterprise', enterpriseId);
  const pairing = found[0].pairing;
  if (!pairing) throw new ConflictError('No official is paired with this enterprise', { reason: 'NOT_PAIRED' });
  await manager.query('SELECT 1 FROM districts.pairing WHERE id = $1 FOR UPDATE', [pairing.id]);
  return toPairing(pairing);
}
