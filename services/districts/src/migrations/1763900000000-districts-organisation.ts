import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation of a tenant: its enterprises and projects (企业/项目), its officials (助企干部)
 * and the one-to-one pairings between them (一对一). Every table is tenant-scoped.
 */
export class DistrictsOrganisation1763900000000 implements MigrationInterface {
  name = 'DistrictsOrganisation1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE districts.enterprise (
        id text PRIMARY KEY,
        district_id text NOT NULL REFERENCES districts.district (id),
        name text NOT NULL CHECK (length(name) > 0),
        -- 统一社会信用代码: the charset here, the check character in the service (GB 32100-2015).
        credit_code text UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NP-RTUWXY]{18}$'),
        sector text NOT NULL CHECK (sector IN ('INDUSTRY', 'COMMERCE', 'CONSTRUCTION', 'TECHNOLOGY', 'CULTURE', 'TOURISM')),
        source text NOT NULL CHECK (source IN ('CITY_ASSIGNED', 'DISTRICT_SELECTED')),
        above_scale boolean NOT NULL DEFAULT false,
        kind text NOT NULL DEFAULT 'ENTERPRISE' CHECK (kind IN ('ENTERPRISE', 'PROJECT')),
        contact_name text,
        contact_phone text,
        generated boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Also unique with its tenant, so a pairing references both and can never join two tenants.
        UNIQUE (district_id, id)
      );
      -- The unique (district_id, id) index serves a tenant's list in keyset order; this one its filtered views.
      CREATE INDEX enterprise_district_source_idx ON districts.enterprise (district_id, source, id);
      ALTER TABLE districts.enterprise ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON districts.enterprise FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON districts.enterprise FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON districts.enterprise FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON districts.enterprise FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));

      CREATE TABLE districts.official (
        id text PRIMARY KEY,
        district_id text NOT NULL REFERENCES districts.district (id),
        name text NOT NULL CHECK (length(name) > 0),
        title text,
        department_name text,
        generated boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, id)
      );
      ALTER TABLE districts.official ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON districts.official FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON districts.official FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON districts.official FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON districts.official FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));

      CREATE TABLE districts.pairing (
        id text PRIMARY KEY,
        district_id text NOT NULL REFERENCES districts.district (id),
        official_id text NOT NULL,
        enterprise_id text NOT NULL,
        started_on date NOT NULL,
        ended_on date,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (district_id, official_id) REFERENCES districts.official (district_id, id),
        FOREIGN KEY (district_id, enterprise_id) REFERENCES districts.enterprise (district_id, id),
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      );
      -- 一对一: at most one active pairing per enterprise and per official; ended ones are history.
      CREATE UNIQUE INDEX pairing_active_enterprise_key ON districts.pairing (enterprise_id) WHERE ended_on IS NULL;
      CREATE UNIQUE INDEX pairing_active_official_key ON districts.pairing (official_id) WHERE ended_on IS NULL;
      CREATE INDEX pairing_district_idx ON districts.pairing (district_id);
      ALTER TABLE districts.pairing ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON districts.pairing FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON districts.pairing FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON districts.pairing FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON districts.pairing FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));

      -- Grants are per existing table: grant again now that these exist.
      GRANT USAGE ON SCHEMA districts TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA districts TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA districts TO qinshang_app;
      REVOKE INSERT, UPDATE, DELETE ON districts.district FROM qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE districts.pairing;
      DROP TABLE districts.official;
      DROP TABLE districts.enterprise;
    `);
  }
}
