import { APP_ROLE } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A department's reach comes from its own record, never from a setting a token could leave out:
 * `tenancy.can_read` now answers false for scope `department` (bootstrap.ts), and here the
 * ledger opens to a department exactly what its assignments concern.
 *
 * - problems, milestones, extension requests: those assigned to it, and only in the tenant its
 *   `department_ref` names (a city bureau, with none, in any tenant);
 * - escalations: those of such problems (unchanged, 1764600000000);
 * - `enterprise_ref`, `district_ref`: the enterprises and tenants of such problems;
 * - the event log: the `issue` streams of such problems (Issue.history). The log is shared, but
 *   the `issue` streams are this service's own, so the policy that opens them lives here.
 */
export class IssuesDepartmentScope1764700000000 implements MigrationInterface {
  name = 'IssuesDepartmentScope1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE OR REPLACE FUNCTION issues.department_may(district text, department text) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT tenancy.scope() = 'department' AND department IS NOT NULL AND department = tenancy.department_id()
                AND EXISTS (SELECT 1 FROM issues.department_ref d
                             WHERE d.department_id = department AND (d.district_id IS NULL OR d.district_id = district)) $$;

      DROP POLICY tenant_read ON issues.enterprise_ref;
      CREATE POLICY tenant_read ON issues.enterprise_ref FOR SELECT TO ${APP_ROLE}
        USING (CASE WHEN tenancy.scope() = 'department'
                    THEN EXISTS (SELECT 1 FROM issues.issue i WHERE i.enterprise_id = enterprise_ref.enterprise_id)
                    ELSE tenancy.can_read(district_id) END);

      DROP POLICY tenant_read ON issues.district_ref;
      CREATE POLICY tenant_read ON issues.district_ref FOR SELECT TO ${APP_ROLE}
        USING (CASE WHEN tenancy.scope() = 'department'
                    THEN EXISTS (SELECT 1 FROM issues.issue i WHERE i.district_id = district_ref.district_id)
                    ELSE tenancy.can_read(district_id) END);

      CREATE POLICY issues_department_read ON eventlog.event FOR SELECT TO ${APP_ROLE}
        USING (CASE WHEN tenancy.scope() = 'department' AND stream_type = 'issue'
                    THEN EXISTS (SELECT 1 FROM issues.issue i WHERE i.id = stream_id::uuid)
                    ELSE false END);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP POLICY issues_department_read ON eventlog.event;
      DROP POLICY tenant_read ON issues.district_ref;
      CREATE POLICY tenant_read ON issues.district_ref FOR SELECT TO ${APP_ROLE} USING (tenancy.can_read(district_id));
      DROP POLICY tenant_read ON issues.enterprise_ref;
      CREATE POLICY tenant_read ON issues.enterprise_ref FOR SELECT TO ${APP_ROLE} USING (tenancy.can_read(district_id));
      CREATE OR REPLACE FUNCTION issues.department_may(district text, department text) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT tenancy.scope() = 'department' AND department IS NOT DISTINCT FROM tenancy.department_id()
                AND (tenancy.district_id() IS NULL OR district IS NOT DISTINCT FROM tenancy.district_id()) $$;
    `);
  }
}
