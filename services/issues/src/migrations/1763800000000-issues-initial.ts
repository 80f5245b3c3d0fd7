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
      ALTER TABLE issues.issue ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON issues.issue FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON issues.issue FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON issues.issue FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON issues.issue FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));
      GRANT USAGE ON SCHEMA issues TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA issues TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA issues TO qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE issues.issue;');
  }
}
