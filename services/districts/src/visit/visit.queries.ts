import { SqlParams } from '@qinshang/database';
import type { Caller } from '@qinshang/auth';
import { BadUserInputError } from '@qinshang/errors';
import { keysetPage, type Keyset } from '@qinshang/subgraph';
import type { EntityManager } from 'typeorm';
import { partyRecordVisible } from '../access/visibility';
import { isDay, isPeriod } from '../common/calendar';
import { ServiceVisit, ServiceVisitConnection, VisitExcuse, type VisitScope } from './visit.types';

export const visitColumns = (a: string) =>
  `${a}.id, ${a}.district_id AS "districtId", ${a}.official_id AS "officialId", ${a}.enterprise_id AS "enterpriseId",
   ${a}.visited_on::text AS "visitedOn", to_char(${a}.visited_on, 'YYYY-MM') AS period, ${a}.mode, ${a}.summary,
   ${a}.handed_over AS "handedOver", ${a}.created_at AS "recordedAt"`;

export const excuseColumns = (a: string) =>
  `${a}.id, ${a}.district_id AS "districtId", ${a}.official_id AS "officialId", ${a}.enterprise_id AS "enterpriseId",
   ${a}.period, ${a}.reason, ${a}.note, ${a}.created_at AS "recordedAt"`;

export const toVisit = (row: object) => Object.assign(new ServiceVisit(), row);
export const toExcuse = (row: object) => Object.assign(new VisitExcuse(), row);

/** Visits newest first. */
const VISIT_KEYSET: Keyset = { columns: ['v.visited_on', 'v.id'], casts: ['date', null], order: 'DESC', valid: ([day]) => /^\d{4}-\d{2}-\d{2}$/.test(day) };

export interface VisitPageArgs {
  first: number;
  /** The opaque cursor, already checked. */
  after: string | null;
  period: string | null;
}

/** Visits and excuses, as far as the caller's role may see them (the party's own records). */
export class VisitQueries {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** Checks and normalises a page's arguments (BAD_USER_INPUT on a bad one). */
  static pageArgs(args: { first?: number | null; after?: string | null; period?: string | null }): VisitPageArgs {
    if (args.period && !isPeriod(args.period)) throw new BadUserInputError('period', 'A period is a month, YYYY-MM');
    // Checked here (BAD_USER_INPUT on this field), bound when the page is read.
    const { size } = keysetPage(VISIT_KEYSET, { first: args.first, after: args.after, fallback: 20 }, () => '$0');
    return { first: size, after: args.after ?? null, period: args.period ?? null };
  }

  /**
   * One page of visits, newest first, for each of many enterprises (or officials) at once: one
   * statement whatever the number of parents (a lateral join takes each parent's page).
   */
  async pages(side: VisitScope['side'], ids: readonly string[], args: VisitPageArgs): Promise<Map<string, ServiceVisitConnection>> {
    const params = new SqlParams();
    const where = [`v.${side} = k.id`, partyRecordVisible(this.caller, 'v', params)];
    if (args.period) where.push(`to_char(v.visited_on, 'YYYY-MM') = ${params.add(args.period)}`);
    const keyset = keysetPage(VISIT_KEYSET, { first: args.first, after: args.after }, (value) => params.add(value));
    if (keyset.after) where.push(keyset.after);
    const manager = await this.manager();
    const found: Array<Record<string, unknown> & { parent: string }> = await manager.query(
      `SELECT k.id AS parent, page.* FROM unnest(${params.add(ids)}::text[]) AS k(id)
       CROSS JOIN LATERAL (
         SELECT ${visitColumns('v')} FROM districts.visit v WHERE ${where.join(' AND ')}
          ${keyset.orderAndLimit}) page`,
      params.values,
    );
    const grouped = new Map<string, ServiceVisit[]>();
    for (const { parent, ...row } of found) grouped.set(parent, [...(grouped.get(parent) ?? []), toVisit(row)]);
    return new Map(
      ids.map((id) => {
        const page = keyset.page(grouped.get(id) ?? [], (node) => [node.visitedOn, node.id]);
        const connection = Object.assign(new ServiceVisitConnection(), {
          scope: { side, id, period: args.period },
          edges: page.rows.map((node, index) => ({ cursor: page.cursors[index], node })),
          pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        });
        return [id, connection];
      }),
    );
  }

  /** How many visits each list holds, in one statement for many lists of the same kind. */
  async counts(side: VisitScope['side'], ids: readonly string[], period: string | null): Promise<Map<string, number>> {
    const params = new SqlParams();
    const where = [`v.${side} = ANY(${params.add(ids)})`, partyRecordVisible(this.caller, 'v', params)];
    if (period) where.push(`to_char(v.visited_on, 'YYYY-MM') = ${params.add(period)}`);
    const manager = await this.manager();
    const found: Array<{ id: string; count: number }> = await manager.query(
      `SELECT v.${side} AS id, count(*)::int AS count FROM districts.visit v WHERE ${where.join(' AND ')} GROUP BY v.${side}`,
      params.values,
    );
    return new Map(found.map((row) => [row.id, row.count]));
  }

  /** Excuses recorded for each enterprise, newest month first. */
  async excusesOf(enterpriseIds: readonly string[]): Promise<Map<string, VisitExcuse[]>> {
    const params = new SqlParams();
    const manager = await this.manager();
    const found: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${excuseColumns('x')} FROM districts.visit_excuse x
        WHERE x.enterprise_id = ANY(${params.add(enterpriseIds)}) AND ${partyRecordVisible(this.caller, 'x', params)}
        ORDER BY x.period DESC, x.id`,
      params.values,
    );
    const grouped = new Map<string, VisitExcuse[]>();
    for (const row of found) grouped.set(row.enterpriseId as string, [...(grouped.get(row.enterpriseId as string) ?? []), toExcuse(row)]);
    return grouped;
  }
}
