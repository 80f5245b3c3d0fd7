import { idempotencyTableSql } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The idempotency keys of the mutations that create: see shared/database idempotency.ts. */
export class IdentityIdempotency1765200000000 implements MigrationInterface {
  name = 'IdentityIdempotency1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(idempotencyTableSql('identity'));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE identity.idempotency_key');
  }
}
