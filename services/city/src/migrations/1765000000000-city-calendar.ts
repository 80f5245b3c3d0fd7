import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city's calendar settings: versions of the days it declares on top of the State Council's
 * calendar. Immutable versions, read by everyone signed in, published by the city only. The SQL
 * is written out here (no live helper), so this migration always does what it did.
 */
export class CityCalendar1765000000000 implements MigrationInterface {
  name = 'CityCalendar1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE city.calendar_settings (
        version int PRIMARY KEY CHECK (version >= 1),
        days jsonb NOT NULL,
        years int[] NOT NULL DEFAULT '{}',
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by text NOT NULL DEFAULT tenancy.actor()
      );
      ALTER TABLE city.calendar_settings ENABLE ROW LEVEL SECURITY;
      CREATE POLICY calendar_read ON city.calendar_settings FOR SELECT TO qinshang_app USING (tenancy.scope() <> 'none');
      CREATE POLICY calendar_publish ON city.calendar_settings FOR INSERT TO qinshang_app WITH CHECK (tenancy.scope() = 'city');
      GRANT SELECT, INSERT ON city.calendar_settings TO qinshang_app;

      -- Rules versions in working time: the unit they count in, and the leading groups' windows.
      ALTER TABLE city.campaign_rules
        ADD COLUMN deadline_unit text NOT NULL DEFAULT 'CALENDAR' CHECK (deadline_unit IN ('CALENDAR', 'WORKING_DAYS', 'WORKING_HOURS')),
        ADD COLUMN escalation_decision_days jsonb;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE city.campaign_rules DROP COLUMN deadline_unit, DROP COLUMN escalation_decision_days');
    await runner.query('DROP TABLE city.calendar_settings');
  }
}
