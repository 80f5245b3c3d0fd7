import { idempotencyTableSql } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The idempotency keys of the mutations that create: see shared/database idempotency.ts. */
export class EvaluationIdempotency1764900000000 implements MigrationInterface {
  name = 'EvaluationIdempotency1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(idempotencyTableSql('evaluation'));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE evaluation.idempotency_key');
  }
}
