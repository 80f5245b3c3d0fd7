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
      ALTER TABLE districts.district ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON districts.district FOR SELECT TO qinshang_app USING (tenancy.can_read(id));
      CREATE POLICY tenant_insert ON districts.district FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(id));
      CREATE POLICY tenant_update ON districts.district FOR UPDATE TO qinshang_app USING (tenancy.can_write(id)) WITH CHECK (tenancy.can_write(id));
      CREATE POLICY tenant_delete ON districts.district FOR DELETE TO qinshang_app USING (tenancy.can_write(id));
      GRANT USAGE ON SCHEMA districts TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA districts TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA districts TO qinshang_app;
      REVOKE INSERT, UPDATE, DELETE ON districts.district FROM qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE districts.district;');
  }
}
