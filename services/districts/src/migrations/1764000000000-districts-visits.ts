import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service visits (服务): an official serving its paired enterprise, at least twice a month, in one
 * of three modes. Only the table for now, so `Enterprise.visitsThisMonth` is counted from records;
 * recording visits comes with the visit workflow.
 */
export class DistrictsVisits1764000000000 implements MigrationInterface {
  name = 'DistrictsVisits1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE districts.visit (
        id text PRIMARY KEY,
        district_id text NOT NULL REFERENCES districts.district (id),
        enterprise_id text NOT NULL,
        official_id text NOT NULL,
        -- The local (Asia/Shanghai) day of the visit: months are counted on it.
        visited_on date NOT NULL,
        -- 帮办 help with a procedure, 陪办 accompany, 代办 act on the enterprise's behalf.
        mode text NOT NULL CHECK (mode IN ('HELP', 'ACCOMPANY', 'ACT_ON_BEHALF')),
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (district_id, enterprise_id) REFERENCES districts.enterprise (district_id, id),
        FOREIGN KEY (district_id, official_id) REFERENCES districts.official (district_id, id)
      );
      CREATE INDEX visit_enterprise_day_idx ON districts.visit (enterprise_id, visited_on);
      CREATE INDEX visit_official_day_idx ON districts.visit (official_id, visited_on);
      ALTER TABLE districts.visit ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON districts.visit FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON districts.visit FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON districts.visit FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON districts.visit FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));
      GRANT USAGE ON SCHEMA districts TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA districts TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA districts TO qinshang_app;
      REVOKE INSERT, UPDATE, DELETE ON districts.district FROM qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE districts.visit;');
  }
}
