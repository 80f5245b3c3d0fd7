import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminders' round (issue 13): what it needs of each rules version (the visit minimum, the
 * day visits are judged, the working days before a report's deadline), filled in for the
 * versions already projected from their `campaign.rules_published` events; and one row per
 * official, month and kind of reminder sent, so however many replicas run, across restarts, an
 * official is reminded of each at most once a month. SQL written out here, so this migration
 * always does what it did.
 */
export class DistrictsReminders1765300000000 implements MigrationInterface {
  name = 'DistrictsReminders1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE districts.campaign_rules
        ADD COLUMN min_visits_per_month int NOT NULL DEFAULT 2,
        ADD COLUMN visit_reminder_day int NOT NULL DEFAULT 20,
        ADD COLUMN report_reminder_days int NOT NULL DEFAULT 3;
      UPDATE districts.campaign_rules r
         SET min_visits_per_month = coalesce((e.payload->>'minVisitsPerMonth')::int, r.min_visits_per_month),
             visit_reminder_day = coalesce((e.payload->>'visitReminderDay')::int, r.visit_reminder_day),
             report_reminder_days = coalesce((e.payload->>'reportReminderDays')::int, r.report_reminder_days)
        FROM eventlog.event e
       WHERE e.type = 'campaign.rules_published' AND (e.payload->>'version')::int = r.version;

      CREATE TABLE districts.work_reminder (
        official_id text NOT NULL,
        -- The month it is about: the visits' month, or the report's.
        period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        kind text NOT NULL CHECK (kind IN ('VISIT_MINIMUM', 'REPORT_DUE')),
        district_id text NOT NULL REFERENCES districts.district (id),
        id uuid NOT NULL UNIQUE,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (official_id, period, kind),
        FOREIGN KEY (district_id, official_id) REFERENCES districts.official (district_id, id)
      );
      ALTER TABLE districts.work_reminder ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON districts.work_reminder FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON districts.work_reminder FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      GRANT SELECT, INSERT ON districts.work_reminder TO qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE districts.work_reminder;
      ALTER TABLE districts.campaign_rules DROP COLUMN min_visits_per_month, DROP COLUMN visit_reminder_day, DROP COLUMN report_reminder_days;
    `);
  }
}
