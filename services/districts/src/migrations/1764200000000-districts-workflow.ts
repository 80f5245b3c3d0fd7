import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The districts' workflow: re-pairing history, visits as recorded through the API (with the plain
 * visit as a fourth mode, and the catalogue's name ON_BEHALF for 代办), excuses for a month
 * without a visit, and monthly reports.
 */
export class DistrictsWorkflow1764200000000 implements MigrationInterface {
  name = 'DistrictsWorkflow1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      -- Why a pairing ended, and which pairing a new one replaced (re-pairing keeps the history).
      ALTER TABLE districts.pairing ADD COLUMN end_reason text, ADD COLUMN replaces text REFERENCES districts.pairing (id);
      CREATE INDEX pairing_enterprise_idx ON districts.pairing (enterprise_id, started_on);
      CREATE INDEX pairing_official_idx ON districts.pairing (official_id, started_on);

      ALTER TABLE districts.visit DROP CONSTRAINT visit_mode_check;
      UPDATE districts.visit SET mode = 'ON_BEHALF' WHERE mode = 'ACT_ON_BEHALF';
      -- VISIT a plain visit, HELP 帮办, ACCOMPANY 陪办, ON_BEHALF 代办.
      ALTER TABLE districts.visit ADD CONSTRAINT visit_mode_check CHECK (mode IN ('VISIT', 'HELP', 'ACCOMPANY', 'ON_BEHALF'));
      ALTER TABLE districts.visit RENAME COLUMN note TO summary;
      ALTER TABLE districts.visit
        ADD COLUMN handed_over text,
        ADD COLUMN recorded_by text,
        ADD COLUMN generated boolean NOT NULL DEFAULT false;

      -- A month without a visit, and why (出差, 企业婉拒, 生病, 培训): one per official, enterprise and month.
      CREATE TABLE districts.visit_excuse (
        id text PRIMARY KEY,
        district_id text NOT NULL REFERENCES districts.district (id),
        enterprise_id text NOT NULL,
        official_id text NOT NULL,
        period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        reason text NOT NULL CHECK (reason IN ('AWAY_ON_DUTY', 'ENTERPRISE_DECLINED', 'ILLNESS', 'TRAINING')),
        note text,
        recorded_by text,
        generated boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (district_id, enterprise_id) REFERENCES districts.enterprise (district_id, id),
        FOREIGN KEY (district_id, official_id) REFERENCES districts.official (district_id, id),
        UNIQUE (official_id, enterprise_id, period)
      );
      CREATE INDEX visit_excuse_enterprise_idx ON districts.visit_excuse (enterprise_id, period);
      ALTER TABLE districts.visit_excuse ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON districts.visit_excuse FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON districts.visit_excuse FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON districts.visit_excuse FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON districts.visit_excuse FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));

      -- 按月上报: one report per pairing and month; late against the due date computed when submitted.
      CREATE TABLE districts.monthly_report (
        id text PRIMARY KEY,
        district_id text NOT NULL REFERENCES districts.district (id),
        pairing_id text NOT NULL REFERENCES districts.pairing (id),
        enterprise_id text NOT NULL,
        official_id text NOT NULL,
        period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        progress text NOT NULL CHECK (length(progress) > 0),
        output_value numeric(16, 2) CHECK (output_value >= 0),
        investment numeric(16, 2) CHECK (investment >= 0),
        submitted_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        late boolean NOT NULL,
        recorded_by text,
        generated boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (district_id, enterprise_id) REFERENCES districts.enterprise (district_id, id),
        FOREIGN KEY (district_id, official_id) REFERENCES districts.official (district_id, id),
        UNIQUE (pairing_id, period)
      );
      CREATE INDEX monthly_report_enterprise_idx ON districts.monthly_report (enterprise_id, period);
      CREATE INDEX monthly_report_official_idx ON districts.monthly_report (official_id, period);
      ALTER TABLE districts.monthly_report ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON districts.monthly_report FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON districts.monthly_report FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON districts.monthly_report FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON districts.monthly_report FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));

      GRANT USAGE ON SCHEMA districts TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA districts TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA districts TO qinshang_app;
      REVOKE INSERT, UPDATE, DELETE ON districts.district FROM qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE districts.monthly_report;
      DROP TABLE districts.visit_excuse;
      ALTER TABLE districts.visit DROP COLUMN generated, DROP COLUMN recorded_by, DROP COLUMN handed_over;
      ALTER TABLE districts.visit RENAME COLUMN summary TO note;
      ALTER TABLE districts.visit DROP CONSTRAINT visit_mode_check;
      UPDATE districts.visit SET mode = 'ACT_ON_BEHALF' WHERE mode = 'ON_BEHALF';
      DELETE FROM districts.visit WHERE mode = 'VISIT';
      ALTER TABLE districts.visit ADD CONSTRAINT visit_mode_check CHECK (mode IN ('HELP', 'ACCOMPANY', 'ACT_ON_BEHALF'));
      DROP INDEX districts.pairing_official_idx;
      DROP INDEX districts.pairing_enterprise_idx;
      ALTER TABLE districts.pairing DROP COLUMN replaces, DROP COLUMN end_reason;
    `);
  }
}
