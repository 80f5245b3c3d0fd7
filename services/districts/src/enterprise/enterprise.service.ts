import { SqlParams } from '@qinshang/database';
import type { Caller } from '@qinshang/auth';
import { decodeCursor, encodeCursor, pageSize } from '@qinshang/subgraph';
import type { EntityManager } from 'typeorm';
import { enterpriseVisible } from '../access/visibility';
import type { EnterpriseFilter } from './dto/enterprise-filter.input';
import { EnterpriseConnection } from './enterprise-connection.type';
import { Enterprise } from './enterprise.entity';

/** The columns of an enterprise row, named as the entity's properties. */
export const enterpriseColumns = (a: string) =>
  `${a}.id, ${a}.district_id AS "districtId", ${a}.name, ${a}.credit_code AS "creditCode", ${a}.sector, ${a}.source,
   ${a}.above_scale AS "aboveScale", ${a}.kind, ${a}.contact_name AS "contactName", ${a}.contact_phone AS "contactPhone",
   ${a}.generated, ${a}.created_at AS "createdAt"`;

export const toEnterprise = (row: object) => Object.assign(new Enterprise(), row);

export interface EnterprisePage {
  rows: Enterprise[];
  hasNextPage: boolean;
}

/**
 * A tenant's enterprises. Row-level security keeps every statement inside the caller's tenant;
 * `enterpriseVisible` narrows it further for officials and enterprises.
 */
export class EnterpriseService {
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
    const first = pageSize(args.first);
    const afterId = args.after ? decodeCursor(args.after, 'after') : null;
    const filter = { ...args.filter };
    const { rows, hasNextPage } = await this.page(districtId, filter, first, afterId);
    const edges = rows.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return Object.assign(new EnterpriseConnection(), {
      districtId,
      filter,
      edges,
      pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    });
  }

  /** One page in id order after `afterId` (keyset: no offset, stable under inserts). */
  async page(districtId: string, filter: EnterpriseFilter, first: number, afterId: string | null): Promise<EnterprisePage> {
    const params = new SqlParams();
    const where = this.listWhere(districtId, filter, params);
    if (afterId !== null) where.push(`e.id > ${params.add(afterId)}`);
    const rows = await this.query(
      `SELECT ${enterpriseColumns('e')} FROM districts.enterprise e
        WHERE ${where.join(' AND ')}
        ORDER BY e.id
        LIMIT ${params.add(first + 1)}`,
      params,
    );
    return { rows: rows.slice(0, first).map(toEnterprise), hasNextPage: rows.length > first };
  }

  async count(districtId: string, filter: EnterpriseFilter): Promise<number> {
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
