import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminders' settings of a rules version (issue 13): the day of the month visits are judged
 * (走访提醒), the working days before a monthly report's deadline (月报提醒) and after a solution
 * (销号 reminder). Versions published before keep the defaults they were in effect with.
 */
export class CityReminders1765300000000 implements MigrationInterface {
  name = 'CityReminders1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE city.campaign_rules
        ADD COLUMN visit_reminder_day int NOT NULL DEFAULT 20 CHECK (visit_reminder_day BETWEEN 1 AND 28),
        ADD COLUMN report_reminder_days int NOT NULL DEFAULT 3 CHECK (report_reminder_days BETWEEN 1 AND 20),
        ADD COLUMN confirmation_reminder_days int NOT NULL DEFAULT 3 CHECK (confirmation_reminder_days BETWEEN 1 AND 30);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE city.campaign_rules DROP COLUMN visit_reminder_day, DROP COLUMN report_reminder_days, DROP COLUMN confirmation_reminder_days');
  }
}
