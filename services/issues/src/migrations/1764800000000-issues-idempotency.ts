import { idempotencyTableSql } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The idempotency keys of the mutations that create (raiseIssue, createSystemicIssue): see shared/database idempotency.ts. */
export class IssuesIdempotency1764800000000 implements MigrationInterface {
  name = 'IssuesIdempotency1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(idempotencyTableSql('issues'));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE issues.idempotency_key');
  }
}
