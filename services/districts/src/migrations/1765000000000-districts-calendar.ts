import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Working time for the monthly report's due day: the unit of each rules version, and the city's
 * calendar settings projected from `calendar.published`. SQL written out here, so this migration
 * always does what it did.
 */
export class DistrictsCalendar1765000000000 implements MigrationInterface {
  name = 'DistrictsCalendar1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE districts.campaign_rules ADD COLUMN deadline_unit text NOT NULL DEFAULT 'CALENDAR';
      CREATE TABLE districts.calendar (
        version int PRIMARY KEY,
        body jsonb NOT NULL
      );
      GRANT SELECT, INSERT, UPDATE ON districts.calendar TO qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE districts.calendar; ALTER TABLE districts.campaign_rules DROP COLUMN deadline_unit;');
  }
}
