import { SqlParams } from '@qinshang/database';
import type { Caller } from '@qinshang/auth';
import { BadUserInputError } from '@qinshang/errors';
import { decodeCursor, encodeCursor, pageSize } from '@qinshang/subgraph';
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

export interface VisitPageArgs {
  first: number;
  after: string | null;
  period: string | null;
}

/** Visits and excuses, as far as the caller's role may see them (the party's own records). */
export class VisitService {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** Checks and normalises a page's arguments (BAD_USER_INPUT on a bad one). */
  static pageArgs(args: { first?: number | null; after?: string | null; period?: string | null }): VisitPageArgs {
    if (args.period && !isPeriod(args.period)) throw new BadUserInputError('period', 'A period is a month, YYYY-MM');
    const after = args.after ? decodeCursor(args.after, 'after') : null;
    if (after !== null && !(/^.{10}\|.+$/.test(after) && isDay(after.slice(0, 10)))) throw new BadUserInputError('after', 'The cursor is not valid');
    return { first: pageSize(args.first, 20), after, period: args.period ?? null };
  }

  /**
   * One page of visits, newest first, for each of many enterprises (or officials) at once: one
   * statement whatever the number of parents (a lateral join takes each parent's page).
   */
  async pages(side: VisitScope['side'], ids: readonly string[], args: VisitPageArgs): Promise<Map<string, ServiceVisitConnection>> {
    const params = new SqlParams();
    const where = [`v.${side} = k.id`, partyRecordVisible(this.caller, 'v', params)];
    if (args.period) where.push(`to_char(v.visited_on, 'YYYY-MM') = ${params.add(args.period)}`);
    if (args.after) {
      const [day, id] = [args.after.slice(0, 10), args.after.slice(11)];
      where.push(`(v.visited_on, v.id) < (${params.add(day)}::date, ${params.add(id)})`);
    }
    const manager = await this.manager();
    const found: Array<Record<string, unknown> & { parent: string }> = await manager.query(
      `SELECT k.id AS parent, page.* FROM unnest(${params.add(ids)}::text[]) AS k(id)
       CROSS JOIN LATERAL (
         SELECT ${visitColumns('v')} FROM districts.visit v WHERE ${where.join(' AND ')}
          ORDER BY v.visited_on DESC, v.id DESC LIMIT ${params.add(args.first + 1)}) page`,
      params.values,
    );
    const grouped = new Map<string, ServiceVisit[]>();
    for (const { parent, ...row } of found) grouped.set(parent, [...(grouped.get(parent) ?? []), toVisit(row)]);
    return new Map(
      ids.map((id) => {
        const visits = grouped.get(id) ?? [];
        const edges = visits.slice(0, args.first).map((node) => ({ cursor: encodeCursor(`${node.visitedOn}|${node.id}`), node }));
        const connection = Object.assign(new ServiceVisitConnection(), {
          scope: { side, id, period: args.period },
          edges,
          pageInfo: { hasNextPage: visits.length > args.first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
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
