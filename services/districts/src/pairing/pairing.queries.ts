import { SqlParams } from '@qinshang/database';
import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { partyRecordVisible } from '../access/visibility';
import { Pairing } from './pairing.entity';

export const pairingColumns = (a: string) =>
  `${a}.id, ${a}.district_id AS "districtId", ${a}.official_id AS "officialId", ${a}.enterprise_id AS "enterpriseId",
   ${a}.started_on::text AS "startedOn", ${a}.ended_on::text AS "endedOn", ${a}.reason, ${a}.end_reason AS "endReason",
   ${a}.replaces, ${a}.created_at AS "createdAt"`;

export const toPairing = (row: object) => Object.assign(new Pairing(), row);

/** Pairings and their history, as far as the caller's role may see them. */
export class PairingQueries {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** Every pairing (active and ended) of each enterprise or official, newest first. */
  async historyOf(side: 'enterprise_id' | 'official_id', ids: readonly string[]): Promise<Map<string, Pairing[]>> {
    const params = new SqlParams();
    const manager = await this.manager();
    const found: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${pairingColumns('p')} FROM districts.pairing p
        WHERE p.${side} = ANY(${params.add(ids)}) AND ${partyRecordVisible(this.caller, 'p', params)}
        ORDER BY p.started_on DESC, p.created_at DESC, p.id DESC`,
      params.values,
    );
    const key = side === 'enterprise_id' ? 'enterpriseId' : 'officialId';
    const grouped = new Map<string, Pairing[]>();
    for (const row of found) {
      const list = grouped.get(row[key] as string) ?? [];
      list.push(toPairing(row));
      grouped.set(row[key] as string, list);
    }
    return grouped;
  }
}
