import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A robot's webhook URL carries its credential in the query string (钉钉 `access_token`, 企业微信
 * `key`): the full URL is sealed like the secret, and `url` keeps only what is safe to show.
 */
export class NotificationsSealedUrl1764800000000 implements MigrationInterface {
  name = 'NotificationsSealedUrl1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE notifications.webhook ADD COLUMN url_box text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE notifications.webhook DROP COLUMN url_box');
  }
}
