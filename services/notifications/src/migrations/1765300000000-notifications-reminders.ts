import { APP_ROLE } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The campaign rules' versions as far as the notifier's own reminder needs them (the working days
 * before the enterprise is reminded to confirm, 销号), projected from `campaign.rules_published`:
 * the version in force decides, no longer a config value. Versions already in the log are filled
 * in from their events (3 days where a version does not say, as the notifier counted then).
 */
export class NotificationsReminders1765300000000 implements MigrationInterface {
  name = 'NotificationsReminders1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notifications.campaign_rules (
        version int PRIMARY KEY,
        effective_from text NOT NULL,
        confirmation_reminder_days int NOT NULL
      );
      INSERT INTO notifications.campaign_rules (version, effective_from, confirmation_reminder_days)
      SELECT DISTINCT ON ((payload->>'version')::int) (payload->>'version')::int, payload->>'effectiveFrom', coalesce((payload->>'confirmationReminderDays')::int, 3)
        FROM eventlog.event WHERE type = 'campaign.rules_published'
       ORDER BY (payload->>'version')::int, position DESC;
      ALTER TABLE notifications.campaign_rules ENABLE ROW LEVEL SECURITY;
      CREATE POLICY system_rows ON notifications.campaign_rules TO ${APP_ROLE}
        USING (tenancy.scope() = 'city' AND tenancy.actor() LIKE 'system:%')
        WITH CHECK (tenancy.scope() = 'city' AND tenancy.actor() LIKE 'system:%');
      GRANT SELECT, INSERT, UPDATE ON notifications.campaign_rules TO ${APP_ROLE};
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE notifications.campaign_rules');
  }
}
