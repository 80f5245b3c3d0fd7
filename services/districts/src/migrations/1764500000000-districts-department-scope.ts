import { APP_ROLE } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A department sees the enterprises (and tenants) its problems concern, and nothing else here:
 * `tenancy.can_read` answers false for scope `department`, so the tenant policies give it
 * nothing, and these policies open exactly the rows named by `districts.issue_assignment`, a
 * projection of the ledger's events (which department each problem is with). The department is
 * the transaction's `department_id`, set from the verified token's required claim; no optional
 * claim is read. The consumer starts from the beginning of the log, so earlier problems come too.
 */
export class DistrictsDepartmentScope1764500000000 implements MigrationInterface {
  name = 'DistrictsDepartmentScope1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE districts.issue_assignment (
        issue_id text PRIMARY KEY,
        district_id text NOT NULL,
        enterprise_id text NOT NULL,
        department_id text,
        version int NOT NULL
      );
      CREATE INDEX issue_assignment_department_idx ON districts.issue_assignment (department_id, enterprise_id);
      ALTER TABLE districts.issue_assignment ENABLE ROW LEVEL SECURITY;
      CREATE POLICY projection_read ON districts.issue_assignment FOR SELECT TO ${APP_ROLE}
        USING (tenancy.scope() = 'city' OR (tenancy.scope() = 'department' AND department_id = tenancy.department_id()));
      CREATE POLICY projection_insert ON districts.issue_assignment FOR INSERT TO ${APP_ROLE} WITH CHECK (tenancy.scope() = 'city');
      CREATE POLICY projection_update ON districts.issue_assignment FOR UPDATE TO ${APP_ROLE}
        USING (tenancy.scope() = 'city') WITH CHECK (tenancy.scope() = 'city');
      GRANT SELECT, INSERT, UPDATE ON districts.issue_assignment TO ${APP_ROLE};

      CREATE POLICY department_read ON districts.enterprise FOR SELECT TO ${APP_ROLE}
        USING (tenancy.scope() = 'department' AND EXISTS (
          SELECT 1 FROM districts.issue_assignment a WHERE a.department_id = tenancy.department_id() AND a.enterprise_id = enterprise.id));
      CREATE POLICY department_read ON districts.district FOR SELECT TO ${APP_ROLE}
        USING (tenancy.scope() = 'department' AND EXISTS (
          SELECT 1 FROM districts.issue_assignment a WHERE a.department_id = tenancy.department_id() AND a.district_id = district.id));

    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP POLICY department_read ON districts.district;
      DROP POLICY department_read ON districts.enterprise;
      DROP TABLE districts.issue_assignment;
    `);
  }
}
