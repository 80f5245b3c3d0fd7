import { APP_ROLE } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `tenancy.can_read` answers false for scope `department` (a department's tenant is never a
 * setting), so here a department reads the city-wide rows every signed-in caller reads, and its
 * own record (the row whose id is its verified `department_id`), nothing of any tenant's.
 */
export class CityDepartmentScope1764700000000 implements MigrationInterface {
  name = 'CityDepartmentScope1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE POLICY department_self_read ON city.department FOR SELECT TO ${APP_ROLE}
        USING (tenancy.scope() = 'department' AND id = tenancy.department_id());
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP POLICY department_self_read ON city.department;');
  }
}
