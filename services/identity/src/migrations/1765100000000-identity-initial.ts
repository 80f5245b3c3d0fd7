import { APP_ROLE, appGrantsSql, tenantPoliciesSql } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (tenant-scoped, row-level security like every tenant table), the OpenID provider's
 * state (sessions, grants, codes, refresh tokens, interactions: one table, by model), its signing
 * and cookie keys, and the sign-in failures lock-out counts per address.
 */
export class IdentityInitial1765100000000 implements MigrationInterface {
  name = 'IdentityInitial1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE identity.account (
        id text PRIMARY KEY,
        username text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('CITY_ADMIN', 'DISTRICT_ADMIN', 'OFFICIAL', 'DEPARTMENT', 'ENTERPRISE', 'INSPECTOR')),
        district_id text,
        official_id text,
        department_id text,
        enterprise_id text,
        email text,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
        password_hash text,
        password_changed_at timestamptz,
        reset_code_hash text,
        reset_code_expires_at timestamptz,
        failed_attempts int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      );
      CREATE UNIQUE INDEX account_username ON identity.account (lower(username));
      CREATE INDEX account_district ON identity.account (district_id, username);
      ${tenantPoliciesSql('identity.account')}

      -- The provider's models, not tenant data: the provider process reads and writes them only.
      CREATE TABLE identity.oidc_payload (
        model text NOT NULL,
        id text NOT NULL,
        payload jsonb NOT NULL,
        grant_id text,
        uid text,
        user_code text,
        account_id text,
        expires_at timestamptz,
        consumed_at timestamptz,
        PRIMARY KEY (model, id)
      );
      CREATE INDEX oidc_payload_grant ON identity.oidc_payload (grant_id) WHERE grant_id IS NOT NULL;
      CREATE INDEX oidc_payload_uid ON identity.oidc_payload (uid) WHERE uid IS NOT NULL;
      CREATE INDEX oidc_payload_account ON identity.oidc_payload (account_id) WHERE account_id IS NOT NULL;
      CREATE INDEX oidc_payload_expires ON identity.oidc_payload (expires_at);

      -- Signing keys (private JWKs) and cookie keys. A key signs from activates_at until the next
      -- one activates, and is published until retire_after (its last tokens have expired).
      CREATE TABLE identity.signing_key (
        kid text PRIMARY KEY,
        use text NOT NULL CHECK (use IN ('sig', 'cookie')),
        jwk jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        activates_at timestamptz NOT NULL DEFAULT now(),
        retire_after timestamptz
      );

      CREATE TABLE identity.address_failure (
        address text PRIMARY KEY,
        failures int NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      );
      ${appGrantsSql('identity')}
      REVOKE ALL ON identity.signing_key FROM ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE ON identity.signing_key TO ${APP_ROLE};
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE identity.address_failure, identity.signing_key, identity.oidc_payload, identity.account;');
  }
}
