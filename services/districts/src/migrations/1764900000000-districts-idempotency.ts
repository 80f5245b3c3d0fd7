import { idempotencyTableSql } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The idempotency keys of the mutations that create: see shared/database idempotency.ts. */
export class DistrictsIdempotency1764900000000 implements MigrationInterface {
  name = 'DistrictsIdempotency1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(idempotencyTableSql('districts'));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE districts.idempotency_key');
  }
}
