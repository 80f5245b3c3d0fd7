import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the monthly bulletin (简报) counts and the assessment did not keep: each problem's
 * enterprise, its class (A/B/C/D as the ledger records it, when it does) and the path it took
 * first (solved on the spot, assigned, escalated); and visits per enterprise, so enterprises
 * served are counted from the records. Projections: a rebuild fills them from the log
 * (`rebuildProjections`). SQL written out here, so this migration always does what it did.
 */
export class EvaluationBulletin1765100000000 implements MigrationInterface {
  name = 'EvaluationBulletin1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE evaluation.issue
        ADD COLUMN enterprise_id text,
        ADD COLUMN problem_class text,
        ADD COLUMN path text CHECK (path IN ('ON_SPOT', 'ASSIGNED', 'ESCALATED'));
      CREATE INDEX issue_raised_idx ON evaluation.issue (raised_at);

      CREATE TABLE evaluation.enterprise_month (
        district_id text NOT NULL,
        official_id text NOT NULL,
        enterprise_id text NOT NULL,
        period text NOT NULL,
        visits int NOT NULL DEFAULT 0,
        PRIMARY KEY (period, official_id, enterprise_id)
      );
      ALTER TABLE evaluation.enterprise_month ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON evaluation.enterprise_month FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON evaluation.enterprise_month FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON evaluation.enterprise_month FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON evaluation.enterprise_month FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));
      GRANT SELECT, INSERT, UPDATE, DELETE ON evaluation.enterprise_month TO qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE evaluation.enterprise_month;
      DROP INDEX evaluation.issue_raised_idx;
      ALTER TABLE evaluation.issue DROP COLUMN enterprise_id, DROP COLUMN problem_class, DROP COLUMN path;
    `);
  }
}
