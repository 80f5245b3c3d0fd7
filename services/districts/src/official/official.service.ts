import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { officialVisible } from '../access/visibility';
import { SqlParams } from '../common/sql-params';
import { Official } from './official.entity';

const columns = (a: string) =>
  `${a}.id, ${a}.district_id AS "districtId", ${a}.name, ${a}.title, ${a}.department_name AS "departmentName",
   ${a}.generated, ${a}.created_at AS "createdAt"`;

const toOfficial = (row: object) => Object.assign(new Official(), row);

/** A tenant's officials (助企干部), inside the caller's tenant and what its role may see. */
export class OfficialService {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Official>> {
    const params = new SqlParams();
    const rows = await this.query(
      `SELECT ${columns('o')} FROM districts.official o
        WHERE o.id = ANY(${params.add(ids)}) AND ${officialVisible(this.caller, 'o', params)}`,
      params,
    );
    return new Map(rows.map((row) => [row.id as string, toOfficial(row)]));
  }

  /** The official currently paired with each enterprise, for many enterprises at once. */
  async pairedWith(enterpriseIds: readonly string[]): Promise<Map<string, Official>> {
    const params = new SqlParams();
    const rows = await this.query(
      `SELECT p.enterprise_id AS "pairedEnterpriseId", ${columns('o')}
         FROM districts.pairing p JOIN districts.official o ON o.id = p.official_id
        WHERE p.ended_on IS NULL AND p.enterprise_id = ANY(${params.add(enterpriseIds)}) AND ${officialVisible(this.caller, 'o', params)}`,
      params,
    );
    return new Map(rows.map(({ pairedEnterpriseId, ...row }) => [pairedEnterpriseId as string, toOfficial(row)]));
  }

  private async query(sql: string, params: SqlParams): Promise<Array<Record<string, unknown>>> {
    const manager = await this.manager();
    return manager.query(sql, params.values);
  }
}
