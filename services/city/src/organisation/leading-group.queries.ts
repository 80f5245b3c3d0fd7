import type { EntityManager } from 'typeorm';
import { LeadingGroup } from './leading-group.type';

const COLUMNS = `id, district_id AS "districtId", level, name, office, leader_role AS "leaderRole", deputy_roles AS "deputyRoles"`;
const toLeadingGroup = (row: object) => Object.assign(new LeadingGroup(), row);

/** Leading groups. Row-level security shows the city's to everyone and a tenant's to its own tenant (and the city). */
export class LeadingGroupQueries {
  constructor(private readonly manager: () => Promise<EntityManager>) {}

  async byIds(ids: readonly string[]): Promise<Map<string, LeadingGroup>> {
    const rows = await this.query(`SELECT ${COLUMNS} FROM city.leading_group WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The tenant's group, keyed by tenant code. */
  async byDistricts(districtIds: readonly string[]): Promise<Map<string, LeadingGroup>> {
    const rows = await this.query(`SELECT ${COLUMNS} FROM city.leading_group WHERE district_id = ANY($1)`, [districtIds]);
    return new Map(rows.map((row) => [row.districtId!, row]));
  }

  /** The city's own group. */
  async cityGroup(cityId: string): Promise<LeadingGroup | null> {
    const [row] = await this.query(`SELECT ${COLUMNS} FROM city.leading_group WHERE city_id = $1 AND level = 'CITY'`, [cityId]);
    return row ?? null;
  }

  private async query(sql: string, params: unknown[]): Promise<LeadingGroup[]> {
    const manager = await this.manager();
    return (await manager.query(sql, params)).map(toLeadingGroup);
  }
}
