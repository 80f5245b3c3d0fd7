import { APP_ROLE } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An account reads its own stream in the log (what it marked read, the preferences it set), in
 * any scope: a department's scope reads no tenant's events through `tenancy.can_read`, and an
 * append's RETURNING must see the row it wrote.
 */
export class NotificationsOwnEvents1764900000000 implements MigrationInterface {
  name = 'NotificationsOwnEvents1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE POLICY notifications_own_account_read ON eventlog.event FOR SELECT TO ${APP_ROLE}
        USING (stream_type = 'account' AND stream_id = tenancy.actor());
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP POLICY notifications_own_account_read ON eventlog.event');
  }
}
