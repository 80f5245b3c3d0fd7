import { APP_ROLE } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city's calendar settings, projected from the log (`calendar.published`; the latest version
 * is the calendar in force), for the reminders that count working days; the platform's own jobs
 * alone read them. And a department's staff: an account that is one person of a department
 * (`staff` on `account.*`), told of the problems that name it responsible.
 */
export class NotificationsCalendar1765200000000 implements MigrationInterface {
  name = 'NotificationsCalendar1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notifications.calendar (
        version int PRIMARY KEY,
        days jsonb NOT NULL,
        years int[] NOT NULL
      );
      ALTER TABLE notifications.calendar ENABLE ROW LEVEL SECURITY;
      CREATE POLICY system_rows ON notifications.calendar TO ${APP_ROLE}
        USING (tenancy.scope() = 'city' AND tenancy.actor() LIKE 'system:%')
        WITH CHECK (tenancy.scope() = 'city' AND tenancy.actor() LIKE 'system:%');
      GRANT SELECT, INSERT, UPDATE ON notifications.calendar TO ${APP_ROLE};
      ALTER TABLE notifications.account ADD COLUMN staff boolean NOT NULL DEFAULT false;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE notifications.account DROP COLUMN staff; DROP TABLE notifications.calendar');
  }
}
