import { SqlParams } from '@qinshang/database';
import { keysetPage } from '@qinshang/subgraph';
import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { officialVisible } from '../access/visibility';
import { Official } from './official.entity';
import { OfficialConnection } from './official-connection.type';

export const officialColumns = (a: string) =>
  `${a}.id, ${a}.district_id AS "districtId", ${a}.name, ${a}.title, ${a}.department_name AS "departmentName",
   ${a}.generated, ${a}.created_at AS "createdAt"`;

export const toOfficial = (row: object) => Object.assign(new Official(), row);

/** A tenant's officials (助企干部), inside the caller's tenant and what its role may see. */
export class OfficialQueries {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Official>> {
    const params = new SqlParams();
    const rows = await this.query(
      `SELECT ${officialColumns('o')} FROM districts.official o
        WHERE o.id = ANY(${params.add(ids)}) AND ${officialVisible(this.caller, 'o', params)}`,
      params,
    );
    return new Map(rows.map((row) => [row.id as string, toOfficial(row)]));
  }

  /** The official currently paired with each enterprise, for many enterprises at once. */
  async pairedWith(enterpriseIds: readonly string[]): Promise<Map<string, Official>> {
    const params = new SqlParams();
    const rows = await this.query(
      `SELECT p.enterprise_id AS "pairedEnterpriseId", ${officialColumns('o')}
         FROM districts.pairing p JOIN districts.official o ON o.id = p.official_id
        WHERE p.ended_on IS NULL AND p.enterprise_id = ANY(${params.add(enterpriseIds)}) AND ${officialVisible(this.caller, 'o', params)}`,
      params,
    );
    return new Map(rows.map(({ pairedEnterpriseId, ...row }) => [pairedEnterpriseId as string, toOfficial(row)]));
  }

  /** A page of a tenant's officials in id order (keyset), as a Relay connection. */
  async list(districtId: string, args: { first: number; after?: string | null }): Promise<OfficialConnection> {
    const params = new SqlParams();
    const where = [`o.district_id = ${params.add(districtId)}`, officialVisible(this.caller, 'o', params)];
    const keyset = keysetPage({ columns: ['o.id'], order: 'ASC' }, args, (value) => params.add(value));
    if (keyset.after) where.push(keyset.after);
    const rows = await this.query(`SELECT ${officialColumns('o')} FROM districts.official o WHERE ${where.join(' AND ')} ${keyset.orderAndLimit}`, params);
    const page = keyset.page(rows.map(toOfficial), (node) => [node.id]);
    return Object.assign(new OfficialConnection(), {
      districtId,
      edges: page.rows.map((node, index) => ({ cursor: page.cursors[index], node })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    });
  }

  async count(districtId: string): Promise<number> {
    const params = new SqlParams();
    const [row] = await this.query(
      `SELECT count(*)::int AS count FROM districts.official o WHERE o.district_id = ${params.add(districtId)} AND ${officialVisible(this.caller, 'o', params)}`,
      params,
    );
    return row.count as number;
  }

  private async query(sql: string, params: SqlParams): Promise<Array<Record<string, unknown>>> {
    const manager = await this.manager();
    return manager.query(sql, params.values);
  }
}
