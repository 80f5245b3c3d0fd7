import { appGrantsSql, tenantPoliciesSql } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ledger's first table: enough for the tenant figures; the ledger issue grows it. */
export class IssuesInitial1763800000000 implements MigrationInterface {
  name = 'IssuesInitial1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE issues.issue (
        id uuid PRIMARY KEY,
        district_id text NOT NULL,
        enterprise_id text NOT NULL,
        status text NOT NULL,
        due_at timestamptz,
        raised_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX issue_district_status_idx ON issues.issue (district_id, status);
      ${tenantPoliciesSql('issues.issue')}
      ${appGrantsSql('issues')}
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE issues.issue;');
  }
}
