import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen: the application role as this migration created policies for it (never the live constant). */
const APP_ROLE = 'qinshang_app';

/**
 * A department reads the escalations of the problems it may read, no more: a city bureau (a
 * department with no tenant) no longer reads every tenant's escalations at the database level.
 */
export class IssuesDepartmentEscalations1764600000000 implements MigrationInterface {
  name = 'IssuesDepartmentEscalations1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP POLICY tenant_read ON issues.escalation;
      CREATE POLICY tenant_read ON issues.escalation FOR SELECT TO ${APP_ROLE}
        USING (CASE WHEN tenancy.scope() = 'department'
                    THEN EXISTS (SELECT 1 FROM issues.issue i WHERE i.id = issue_id)
                    ELSE tenancy.can_read(district_id) END);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP POLICY tenant_read ON issues.escalation;
      CREATE POLICY tenant_read ON issues.escalation FOR SELECT TO ${APP_ROLE} USING (tenancy.can_read(district_id));
    `);
  }
}
