import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Published monthly tenant rankings; the assessment issue computes them from the event log. */
export class EvaluationInitial1763800000000 implements MigrationInterface {
  name = 'EvaluationInitial1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE evaluation.tenant_ranking (
        district_id text NOT NULL,
        period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        rank int NOT NULL CHECK (rank >= 1),
        score numeric(7, 3) NOT NULL,
        visit_compliance numeric(6, 5),
        response_rate numeric(6, 5),
        resolution_rate numeric(6, 5),
        satisfaction_rate numeric(6, 5),
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (period, district_id)
      );
      ALTER TABLE evaluation.tenant_ranking ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON evaluation.tenant_ranking FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON evaluation.tenant_ranking FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON evaluation.tenant_ranking FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON evaluation.tenant_ranking FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));
      GRANT USAGE ON SCHEMA evaluation TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA evaluation TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA evaluation TO qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE evaluation.tenant_ranking;');
  }
}
