import { isDay } from '@qinshang/calendar';
import { SqlParams } from '@qinshang/database';
import { Role, type Caller } from '@qinshang/auth';
import { BadUserInputError } from '@qinshang/errors';
import { decodeCursor, encodeCursor, pageSize } from '@qinshang/subgraph';
import type { EntityManager } from 'typeorm';
import type { PolicyFilter } from './dto/policy-filter.input';
import { Policy, PolicyConnection } from './policy.type';

const COLUMNS = `p.id, p.title, p.level, p.issuer, p.sectors, p.eligibility, p.fund_amount::float8 AS "fundAmount",
  to_char(p.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(p.valid_to, 'YYYY-MM-DD') AS "validTo", p.district_id AS "districtId"`;
const TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
const LEVEL_ORDER = `array_position(ARRAY['NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT'], p.level)`;

const toPolicy = (row: object) => Object.assign(new Policy(), row);

interface EnterpriseProfile {
  enterpriseId: string;
  districtId: string;
  sector: string;
}

/**
 * 惠企政策. Row-level security shows city-wide policies to everyone and a tenant's own to that
 * tenant (and the city). Matching an enterprise needs its sector and tenant, which this subgraph
 * keeps in its own projection of the event log (`city.enterprise_profile`), tenant-scoped too.
 */
export class PolicyService {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  async list(args: { first?: number | null; after?: string | null; filter?: PolicyFilter | null }): Promise<PolicyConnection> {
    const first = pageSize(args.first, 50);
    const params = new SqlParams();
    const where = this.where(args.filter ?? {}, params);
    const count = where.length ? `WHERE ${where.join(' AND ')}` : '';
    if (args.after) where.push(`p.id > ${params.add(decodeCursor(args.after, 'after'))}`);
    const manager = await this.manager();
    const rows: Array<Policy & { total: number }> = await manager.query(
      `SELECT ${COLUMNS}, (SELECT count(*)::int FROM city.policy p ${count}) AS total
         FROM city.policy p ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY p.id LIMIT ${params.add(first + 1)}`,
      params.values,
    );
    let total = rows[0]?.total;
    if (total === undefined) {
      // An empty page (past the end): count on its own.
      const countParams = new SqlParams();
      const countWhere = this.where(args.filter ?? {}, countParams);
      [{ total }] = await manager.query(`SELECT count(*)::int AS total FROM city.policy p ${countWhere.length ? `WHERE ${countWhere.join(' AND ')}` : ''}`, countParams.values);
    }
    const edges = rows.slice(0, first).map(({ total: _total, ...row }) => ({ cursor: encodeCursor(row.id), node: toPolicy(row) }));
    return Object.assign(new PolicyConnection(), {
      totalCount: total,
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    });
  }

  async byIds(ids: readonly string[]): Promise<Map<string, Policy>> {
    const manager = await this.manager();
    const rows = await manager.query(`SELECT ${COLUMNS} FROM city.policy p WHERE p.id = ANY($1)`, [ids]);
    return new Map(rows.map((row: Policy) => [row.id, toPolicy(row)]));
  }

  /**
   * The policies valid today that apply to each enterprise: its sector among theirs, and
   * city-wide or of its own tenant. null for an enterprise the caller may not see (another
   * tenant's, or for an enterprise caller any but itself) or that this subgraph has not heard of.
   * Two statements whatever the number of enterprises.
   */
  async forEnterprises(enterpriseIds: readonly string[]): Promise<Map<string, Policy[] | null>> {
    const visible = this.caller.role === Role.ENTERPRISE ? enterpriseIds.filter((id) => id === this.caller.enterpriseId) : [...enterpriseIds];
    const result = new Map<string, Policy[] | null>(enterpriseIds.map((id) => [id, null]));
    if (!visible.length) return result;
    const manager = await this.manager();
    // Row-level security keeps the caller's tenant; an official, as in the districts subgraph,
    // sees only the enterprises it is paired with now (another one's is as absent as a missing one).
    const official = this.caller.role === Role.OFFICIAL;
    const profiles: EnterpriseProfile[] = await manager.query(
      `SELECT enterprise_id AS "enterpriseId", district_id AS "districtId", sector FROM city.enterprise_profile
        WHERE enterprise_id = ANY($1)${official ? ' AND official_id = $2' : ''}`,
      official ? [visible, this.caller.officialId ?? null] : [visible],
    );
    if (!profiles.length) return result;
    const rows: Policy[] = (
      await manager.query(
        `SELECT ${COLUMNS} FROM city.policy p
          WHERE p.valid_from <= ${TODAY} AND (p.valid_to IS NULL OR p.valid_to >= ${TODAY})
            AND (p.district_id IS NULL OR p.district_id = ANY($1)) AND p.sectors && $2::text[]
          ORDER BY ${LEVEL_ORDER}, p.id`,
        [[...new Set(profiles.map((p) => p.districtId))], [...new Set(profiles.map((p) => p.sector))]],
      )
    ).map(toPolicy);
    for (const profile of profiles) {
      result.set(
        profile.enterpriseId,
        rows.filter((policy) => (policy.sectors as string[]).includes(profile.sector) && (policy.districtId === null || policy.districtId === profile.districtId)),
      );
    }
    return result;
  }

  private where(filter: PolicyFilter, params: SqlParams): string[] {
    const where: string[] = [];
    if (filter.level) where.push(`p.level = ${params.add(filter.level)}`);
    if (filter.sector) where.push(`${params.add(filter.sector)} = ANY(p.sectors)`);
    if (filter.validOn) {
      if (!isDay(filter.validOn)) throw new BadUserInputError('filter.validOn', 'validOn must be a day, YYYY-MM-DD');
      const day = params.add(filter.validOn);
      where.push(`p.valid_from <= ${day}::date AND (p.valid_to IS NULL OR p.valid_to >= ${day}::date)`);
    }
    return where;
  }
}
