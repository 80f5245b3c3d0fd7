import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen: the application role as this migration created policies for it (never the live constant). */
const APP_ROLE = 'qinshang_app';

/**
 * The names of the accounts that act on problems, projected from the identity provider's
 * `account.created` / `account.updated`, so `Issue.history` names people and offices
 * (`IssueEvent.actorName`) instead of account ids. Only ids taken from a history the caller may
 * already read are ever looked up, so any signed-in scope may read a name; only the projection
 * (city scope) writes.
 *
 * The reference consumer's checkpoint is already past the accounts logged so far, so they are
 * copied here once, from the log (latest per account); later ones arrive through the consumer.
 */
export class IssuesActorRef1765200000000 implements MigrationInterface {
  name = 'IssuesActorRef1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE issues.actor_ref (
        account_id text PRIMARY KEY,
        display_name text NOT NULL,
        role text NOT NULL
      );
      ALTER TABLE issues.actor_ref ENABLE ROW LEVEL SECURITY;
      CREATE POLICY actor_read ON issues.actor_ref FOR SELECT TO ${APP_ROLE} USING (tenancy.scope() <> 'none');
      CREATE POLICY actor_insert ON issues.actor_ref FOR INSERT TO ${APP_ROLE} WITH CHECK (tenancy.scope() = 'city');
      CREATE POLICY actor_update ON issues.actor_ref FOR UPDATE TO ${APP_ROLE} USING (tenancy.scope() = 'city') WITH CHECK (tenancy.scope() = 'city');
      GRANT SELECT, INSERT, UPDATE ON issues.actor_ref TO ${APP_ROLE};

      INSERT INTO issues.actor_ref (account_id, display_name, role)
      SELECT DISTINCT ON (payload->>'accountId') payload->>'accountId', payload->>'displayName', payload->>'role'
        FROM eventlog.event WHERE type IN ('account.created', 'account.updated')
       ORDER BY payload->>'accountId', position DESC;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE issues.actor_ref');
  }
}
