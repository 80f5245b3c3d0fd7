import { idempotencyTableSql } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The idempotency keys of the mutations that create: see shared/database idempotency.ts. */
export class CityIdempotency1765200000000 implements MigrationInterface {
  name = 'CityIdempotency1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(idempotencyTableSql('city'));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE city.idempotency_key');
  }
}
