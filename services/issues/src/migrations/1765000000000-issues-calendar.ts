import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city's calendar settings, projected from `calendar.published` (the latest version is the
 * one in force). SQL written out here, so this migration always does what it did.
 */
export class IssuesCalendar1765000000000 implements MigrationInterface {
  name = 'IssuesCalendar1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE issues.calendar (
        version int PRIMARY KEY,
        body jsonb NOT NULL
      );
      GRANT SELECT, INSERT, UPDATE ON issues.calendar TO qinshang_app;
      -- The calendar version a problem's working-time clocks were counted on: the scheduler
      -- recounts those counted on an older one.
      ALTER TABLE issues.issue ADD COLUMN calendar_version int NOT NULL DEFAULT 0;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE issues.issue DROP COLUMN calendar_version; DROP TABLE issues.calendar');
  }
}
