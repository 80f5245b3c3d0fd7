import { appGrantsSql, tenantPoliciesSql } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DistrictsInitial1763800000000 implements MigrationInterface {
  name = 'DistrictsInitial1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE districts.district (
        id text PRIMARY KEY,
        city_id text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DISTRICT', 'COUNTY', 'DEVELOPMENT_ZONE', 'NEW_AREA')),
        sort_order int NOT NULL
      );
      -- The tenant table is itself tenant-scoped: a district sees its own row only.
      ${tenantPoliciesSql('districts.district', 'id')}
      ${appGrantsSql('districts', { readOnlyTables: ['districts.district'] })}
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE districts.district;');
  }
}
