import { APP_ROLE, appGrantsSql, tenantPoliciesSql } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifier's tables.
 *
 * - Projections of the event log, kept by the `notifications.router` consumer: the accounts of the
 *   identity provider (who can be told, and where), the tenants' names, and each problem's state
 *   as far as routing needs it (who holds its stage).
 * - The inbox (`notification`) and the outbox (`delivery`): written by the same consumer in the
 *   transaction that moves its checkpoint, so an event is routed exactly once and nothing is lost
 *   across a crash. A delivery is one (event, recipient, channel, kind); its id is the idempotency
 *   key every attempt carries.
 * - Offices' webhooks, with their secrets encrypted under a key from config; accounts' preferences.
 *
 * A person's inbox and preferences are theirs alone: the policies compare the row's account with
 * the transaction's actor (the token's subject); only the platform's own jobs (city scope, actor
 * `system:*`) see everyone's.
 */
export class NotificationsInitial1764700000000 implements MigrationInterface {
  name = 'NotificationsInitial1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    const own = (table: string) => `
      ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
      CREATE POLICY own_rows ON ${table} TO ${APP_ROLE}
        USING (account_id = tenancy.actor() OR (tenancy.scope() = 'city' AND tenancy.actor() LIKE 'system:%'))
        WITH CHECK (account_id = tenancy.actor() OR (tenancy.scope() = 'city' AND tenancy.actor() LIKE 'system:%'));`;
    const systemOnly = (table: string) => `
      ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
      CREATE POLICY system_rows ON ${table} TO ${APP_ROLE}
        USING (tenancy.scope() = 'city' AND tenancy.actor() LIKE 'system:%')
        WITH CHECK (tenancy.scope() = 'city' AND tenancy.actor() LIKE 'system:%');`;
    await runner.query(`
      CREATE TABLE notifications.account (
        account_id text PRIMARY KEY,
        username text NOT NULL,
        display_name text,
        role text NOT NULL,
        district_id text,
        official_id text,
        department_id text,
        enterprise_id text,
        email text,
        status text NOT NULL,
        event_position bigint NOT NULL
      );
      CREATE INDEX account_role_idx ON notifications.account (role, district_id);
      CREATE INDEX account_department_idx ON notifications.account (department_id);
      CREATE INDEX account_enterprise_idx ON notifications.account (enterprise_id);
      CREATE INDEX account_official_idx ON notifications.account (official_id);
      ${own('notifications.account')}

      CREATE TABLE notifications.district_ref (
        district_id text PRIMARY KEY,
        name text NOT NULL
      );

      CREATE TABLE notifications.issue_ref (
        issue_id text PRIMARY KEY,
        district_id text NOT NULL,
        ledger_no text NOT NULL,
        enterprise_id text NOT NULL,
        official_id text,
        status text NOT NULL,
        level text,
        department_id text,
        responsible_person text,
        version int NOT NULL,
        resolved_at timestamptz,
        resolved_position bigint,
        confirmation_reminded boolean NOT NULL DEFAULT false
      );
      CREATE INDEX issue_ref_awaiting_idx ON notifications.issue_ref (resolved_at) WHERE status = 'RESOLVED' AND NOT confirmation_reminded;
      ${systemOnly('notifications.issue_ref')}

      CREATE TABLE notifications.notification (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        account_id text NOT NULL,
        district_id text,
        event_position bigint NOT NULL,
        event_type text NOT NULL,
        kind text NOT NULL,
        issue_id text,
        ledger_no text,
        title text NOT NULL,
        body text NOT NULL,
        link text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (event_position, account_id, kind)
      );
      CREATE INDEX notification_account_idx ON notifications.notification (account_id, seq);
      CREATE INDEX notification_unread_idx ON notifications.notification (account_id, seq) WHERE read_at IS NULL;
      ${own('notifications.notification')}

      CREATE TABLE notifications.preference (
        account_id text NOT NULL,
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL')),
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, kind, channel)
      );
      ${own('notifications.preference')}

      CREATE TABLE notifications.webhook (
        id uuid PRIMARY KEY,
        district_id text,
        url text NOT NULL,
        events text[] NOT NULL,
        format text NOT NULL CHECK (format IN ('JSON', 'DINGTALK', 'WECOM')),
        secret_box text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        registered_position bigint NOT NULL,
        deleted_at timestamptz
      );
      CREATE INDEX webhook_active_idx ON notifications.webhook (district_id) WHERE deleted_at IS NULL;
      ${tenantPoliciesSql('notifications.webhook')}

      CREATE TABLE notifications.delivery (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK')),
        target text NOT NULL,
        webhook_id uuid REFERENCES notifications.webhook (id),
        account_id text,
        district_id text,
        event_position bigint NOT NULL,
        event_type text NOT NULL,
        kind text NOT NULL,
        issue_id text,
        ledger_no text,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        retry_until timestamptz NOT NULL,
        last_attempt_at timestamptz,
        last_status int,
        last_error text,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_position, target, kind)
      );
      CREATE INDEX delivery_pending_idx ON notifications.delivery (target, seq) WHERE status = 'PENDING';
      CREATE INDEX delivery_webhook_idx ON notifications.delivery (webhook_id, seq);
      ${tenantPoliciesSql('notifications.delivery')}

      -- Which process works an endpoint's queue now (one at a time, so it gets its deliveries in order).
      CREATE TABLE notifications.target_lease (
        target text PRIMARY KEY,
        owner text NOT NULL,
        lease_until timestamptz NOT NULL
      );
      ${systemOnly('notifications.target_lease')}
      ${systemOnly('notifications.district_ref')}
      ${appGrantsSql('notifications')}
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notifications.target_lease, notifications.delivery, notifications.webhook, notifications.preference,
      notifications.notification, notifications.issue_ref, notifications.district_ref, notifications.account`);
  }
}
