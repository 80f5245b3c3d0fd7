import { Role, type Caller } from '@qinshang/auth';
import { onceRecord } from '@qinshang/database';
import { BadUserInputError, NotFoundError } from '@qinshang/errors';
import { appendEvents, rowsOf } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { departmentKindOf } from './department-kind';
import { COLUMNS, toDepartment, type DepartmentQueries } from './department.queries';
import type { Department } from './department.type';
import type { AddDepartmentInput, RenameDepartmentInput } from './dto/department.input';

/** Adding and renaming departments: a district office its own tenant's units only, the city office any. */
export class DepartmentCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
    private readonly queries: DepartmentQueries,
  ) {}

  /** Adds a department once per idempotency key: a retry with the key gets the first department back. */
  async add(input: AddDepartmentInput): Promise<Department> {
    assertCan(this.caller, 'ADD_DEPARTMENT');
    const manager = await this.manager();
    return onceRecord(
      manager,
      'city',
      { operation: 'addDepartment', input },
      () => this.addNew(input),
      (department) => department.id,
      async (id) => toDepartment((await manager.query(`SELECT ${COLUMNS} FROM city.department WHERE id = $1`, [id]))[0]),
    );
  }

  private async addNew(input: AddDepartmentInput): Promise<Department> {
    const districtId = this.targetTenant(input.districtId ?? null);
    const manager = await this.manager();
    if (districtId !== null) {
      // The tenant registry of this subgraph is its leading groups; another tenant's is invisible here.
      const [tenant] = await manager.query('SELECT 1 FROM city.leading_group WHERE district_id = $1', [districtId]);
      if (!tenant) throw new NotFoundError('District', districtId);
    }
    const name = this.validName(input.name);
    const kind = input.kind ?? departmentKindOf(name);
    const prefix = districtId ?? (await this.cityCode(manager));

    // One writer per tenant at a time: numbering and the name check see every committed unit.
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('city.department'), hashtext($1))", [prefix]);
    await this.assertNameFree(manager, districtId, name, null);
    const [{ next }] = await manager.query(
      `SELECT coalesce(max(substring(id FROM '-D([0-9]+)$')::int), 0) + 1 AS next FROM city.department WHERE id LIKE $1 || '-D%'`,
      [prefix],
    );
    const id = `${prefix}-D${String(next).padStart(2, '0')}`;
    const [row] = await manager.query(
      `INSERT INTO city.department (id, district_id, name, kind, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [id, districtId, name, kind, next],
    );
    await this.registered(manager, toDepartment(row), null);
    return toDepartment(row);
  }

  async rename(input: RenameDepartmentInput): Promise<Department> {
    assertCan(this.caller, 'RENAME_DEPARTMENT');
    const manager = await this.manager();
    const [current] = await this.queries.query(`SELECT ${COLUMNS} FROM city.department WHERE id = $1`, [input.id]);
    if (!current) throw new NotFoundError('Department', input.id);
    assertCan(this.caller, 'RENAME_DEPARTMENT', current);
    const name = this.validName(input.name);
    if (name === current.name) return current;
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('city.department'), hashtext($1))", [current.districtId ?? (await this.cityCode(manager))]);
    await this.assertNameFree(manager, current.districtId, name, current.id);
    const [row] = await rowsOf<object>(manager, `UPDATE city.department SET name = $2, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, [current.id, name]);
    await this.registered(manager, toDepartment(row), current.name);
    return toDepartment(row);
  }

  /** The tenant a new unit goes to: the caller's own for a district office (another's does not exist for it). */
  private targetTenant(requested: string | null): string | null {
    if (this.caller.role === Role.CITY_ADMIN) return requested;
    const own = this.caller.districtId ?? null;
    if (requested !== null && requested !== own) throw new NotFoundError('District', requested);
    return own;
  }

  private validName(raw: string): string {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name.length < 2 || name.length > 60) throw new BadUserInputError('input.name', 'A department name has 2 to 60 characters');
    return name;
  }

  private async assertNameFree(manager: EntityManager, districtId: string | null, name: string, except: string | null): Promise<void> {
    const [taken] = await manager.query(
      'SELECT id FROM city.department WHERE district_id IS NOT DISTINCT FROM $1 AND name = $2 AND id IS DISTINCT FROM $3',
      [districtId, name, except],
    );
    if (taken) throw new BadUserInputError('input.name', `A department named ${name} already exists here`, { reason: 'DUPLICATE_NAME', existingId: taken.id });
  }

  private async cityCode(manager: EntityManager): Promise<string> {
    const [city] = await manager.query('SELECT id FROM city.city ORDER BY id LIMIT 1');
    return city.id;
  }

  private async registered(manager: EntityManager, department: Department, previousName: string | null): Promise<void> {
    await appendEvents(manager, 'city', [
      {
        type: 'department.registered',
        streamType: 'department',
        streamId: department.id,
        districtId: department.districtId,
        payload: { departmentId: department.id, name: department.name, districtId: department.districtId, kind: department.kind, previousName },
      },
    ]);
  }
}
