import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tenant of a systemic problem whose members are all in one tenant (null when it spans
 * tenants): a district office may act on its own tenant's, only the city office on the others.
 */
export class IssuesSystemicScope1764500000000 implements MigrationInterface {
  name = 'IssuesSystemicScope1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE issues.systemic_issue ADD COLUMN district_id text;
      UPDATE issues.systemic_issue s SET district_id = (
        SELECT CASE WHEN count(DISTINCT i.district_id) = 1 THEN min(i.district_id) END FROM issues.issue i WHERE i.systemic_issue_id = s.id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE issues.systemic_issue DROP COLUMN district_id;');
  }
}
