import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { Department } from './department.type';

export const COLUMNS = `id, district_id AS "districtId", name, kind`;
export const toDepartment = (row: object) => Object.assign(new Department(), row);

/**
 * Departments: city bureaus (no tenant) and each tenant's member units. Row-level security shows
 * city bureaus to everyone and a tenant's units to that tenant (and the city).
 */
export class DepartmentQueries {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    readonly caller: Caller,
  ) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Department>> {
    const rows = await this.query(`SELECT ${COLUMNS} FROM city.department WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Each tenant's member units, in their order. */
  async ofDistricts(districtIds: readonly string[]): Promise<Map<string, Department[]>> {
    const rows = await this.query(`SELECT ${COLUMNS} FROM city.department WHERE district_id = ANY($1) ORDER BY district_id, sort_order, id`, [districtIds]);
    const byDistrict = new Map<string, Department[]>();
    for (const row of rows) {
      const list = byDistrict.get(row.districtId!) ?? [];
      list.push(row);
      byDistrict.set(row.districtId!, list);
    }
    return byDistrict;
  }

  /** The city's bureaus (departments of no tenant). */
  async cityBureaus(): Promise<Department[]> {
    return this.query(`SELECT ${COLUMNS} FROM city.department WHERE district_id IS NULL ORDER BY sort_order, id`, []);
  }

  async query(sql: string, params: unknown[]): Promise<Department[]> {
    const manager = await this.manager();
    return (await manager.query(sql, params)).map(toDepartment);
  }
}
