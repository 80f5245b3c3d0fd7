import { appGrantsSql, tenantPoliciesSql } from '@qinshang/database';
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
      ${tenantPoliciesSql('evaluation.tenant_ranking')}
      ${appGrantsSql('evaluation')}
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE evaluation.tenant_ranking;');
  }
}
