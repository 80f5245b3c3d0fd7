import { SqlParams } from '@qinshang/database';
import type { Caller } from '@qinshang/auth';
import { keysetPage } from '@qinshang/subgraph';
import type { EntityManager } from 'typeorm';
import { enterpriseVisible, seesWholeTenant } from '../access/visibility';
import type { EnterpriseFilter } from './dto/enterprise-filter.input';
import { EnterpriseConnection } from './enterprise-connection.type';
import { Enterprise } from './enterprise.entity';

/** The columns of an enterprise row, named as the entity's properties. */
export const enterpriseColumns = (a: string) =>
  `${a}.id, ${a}.district_id AS "districtId", ${a}.name, ${a}.credit_code AS "creditCode", ${a}.sector, ${a}.source,
   ${a}.above_scale AS "aboveScale", ${a}.kind, ${a}.contact_name AS "contactName", ${a}.contact_phone AS "contactPhone",
   ${a}.generated, ${a}.created_at AS "createdAt"`;

export const toEnterprise = (row: object) => Object.assign(new Enterprise(), row);

/**
 * A tenant's enterprises. Row-level security keeps every statement inside the caller's tenant;
 * `enterpriseVisible` narrows it further for officials and enterprises.
 */
export class EnterpriseQueries {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Enterprise>> {
    const params = new SqlParams();
    const rows = await this.query(
      `SELECT ${enterpriseColumns('e')} FROM districts.enterprise e
        WHERE e.id = ANY(${params.add(ids)}) AND ${enterpriseVisible(this.caller, 'e', params)}`,
      params,
    );
    return new Map(rows.map((row) => [row.id, toEnterprise(row)]));
  }

  /**
   * A page of a tenant's list as a Relay connection; `totalCount` is left to its field resolver
   * (`count`), so a client that does not ask for it costs no count.
   */
  async list(districtId: string, args: { first: number; after?: string | null; filter?: EnterpriseFilter | null }): Promise<EnterpriseConnection> {
    const filter = { ...args.filter };
    const params = new SqlParams();
    const where = this.listWhere(districtId, filter, params);
    // In id order (keyset: no offset, stable under inserts).
    const keyset = keysetPage({ columns: ['e.id'], order: 'ASC' }, args, (value) => params.add(value));
    if (keyset.after) where.push(keyset.after);
    const rows = await this.query(`SELECT ${enterpriseColumns('e')} FROM districts.enterprise e WHERE ${where.join(' AND ')} ${keyset.orderAndLimit}`, params);
    const page = keyset.page(rows.map(toEnterprise), (node) => [node.id]);
    return Object.assign(new EnterpriseConnection(), {
      districtId,
      filter,
      edges: page.rows.map((node, index) => ({ cursor: page.cursors[index], node })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    });
  }

  /** Unfiltered, for a caller who sees the whole tenant: the kept count (one row); otherwise counted. */
  async count(districtId: string, filter: EnterpriseFilter): Promise<number> {
    if (seesWholeTenant(this.caller) && !filter.source && !filter.sector && !filter.nameContains?.trim()) {
      const manager = await this.manager();
      const [kept] = (await manager.query('SELECT enterprises FROM districts.organisation_count WHERE district_id = $1', [districtId])) as Array<{ enterprises: number }>;
      return kept?.enterprises ?? 0;
    }
    const params = new SqlParams();
    const where = this.listWhere(districtId, filter, params);
    const [row] = await this.query(`SELECT count(*)::int AS count FROM districts.enterprise e WHERE ${where.join(' AND ')}`, params);
    return row.count as number;
  }

  /** The enterprises each official is currently paired with, for many officials at once. */
  async pairedWith(officialIds: readonly string[]): Promise<Map<string, Enterprise[]>> {
    const params = new SqlParams();
    const rows = await this.query(
      `SELECT p.official_id AS "pairedOfficialId", ${enterpriseColumns('e')}
         FROM districts.pairing p JOIN districts.enterprise e ON e.id = p.enterprise_id
        WHERE p.ended_on IS NULL AND p.official_id = ANY(${params.add(officialIds)}) AND ${enterpriseVisible(this.caller, 'e', params)}
        ORDER BY e.id`,
      params,
    );
    const byOfficial = new Map<string, Enterprise[]>();
    for (const { pairedOfficialId, ...row } of rows) {
      const list = byOfficial.get(pairedOfficialId as string) ?? [];
      list.push(toEnterprise(row));
      byOfficial.set(pairedOfficialId as string, list);
    }
    return byOfficial;
  }

  /**
   * Visits recorded for each enterprise in the current calendar month, in the campaign's time
   * zone, for many enterprises at once. Enterprises without a visit are absent from the map.
   */
  async visitsThisMonth(enterpriseIds: readonly string[]): Promise<Map<string, number>> {
    const params = new SqlParams();
    const rows = await this.query(
      `SELECT v.enterprise_id AS id, count(*)::int AS visits
         FROM districts.visit v
        WHERE v.enterprise_id = ANY(${params.add(enterpriseIds)})
          AND v.visited_on >= date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai')::date
          AND v.visited_on < (date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') + interval '1 month')::date
        GROUP BY v.enterprise_id`,
      params,
    );
    return new Map(rows.map((row) => [row.id, row.visits as number]));
  }

  private listWhere(districtId: string, filter: EnterpriseFilter, params: SqlParams): string[] {
    const where = [`e.district_id = ${params.add(districtId)}`, enterpriseVisible(this.caller, 'e', params)];
    if (filter.source) where.push(`e.source = ${params.add(filter.source)}`);
    if (filter.sector) where.push(`e.sector = ${params.add(filter.sector)}`);
    const text = filter.nameContains?.trim();
    // LIKE's own wildcards in the text are matched literally.
    if (text) where.push(`e.name ILIKE ${params.add(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    return where;
  }

  private async query(sql: string, params: SqlParams): Promise<Array<Record<string, unknown> & { id: string }>> {
    const manager = await this.manager();
    return manager.query(sql, params.values);
  }
}
