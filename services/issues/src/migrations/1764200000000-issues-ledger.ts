import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen: the application role as this migration created policies for it (never the live constant). */
const APP_ROLE = 'qinshang_app';

/**
 * The ledger (工作台账, 问题清单销号制): problems with their ledger numbers, clocks and version,
 * milestones (the roadmap), escalations, extension requests and systemic problems; and the
 * projections this service keeps from the event log (campaign rules, enterprises and their
 * pairings, departments), since it never reads another service's tables.
 *
 * A department sees and changes only the problems assigned to it, in its tenant if it has one.
 */
export class IssuesLedger1764200000000 implements MigrationInterface {
  name = 'IssuesLedger1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE issues.issue
        ADD COLUMN ledger_no text,
        ADD COLUMN official_id text,
        ADD COLUMN raised_by text NOT NULL DEFAULT 'unknown',
        ADD COLUMN raised_by_role text NOT NULL DEFAULT 'SYSTEM',
        ADD COLUMN category text NOT NULL DEFAULT 'OTHER',
        ADD COLUMN urgency text NOT NULL DEFAULT 'NORMAL',
        ADD COLUMN title text NOT NULL DEFAULT '',
        ADD COLUMN description text NOT NULL DEFAULT '',
        ADD COLUMN level text,
        ADD COLUMN department_id text,
        ADD COLUMN responsible_person text,
        ADD COLUMN rules_version int,
        ADD COLUMN response_due_at timestamptz,
        ADD COLUMN responded_at timestamptz,
        ADD COLUMN original_due_at timestamptz,
        ADD COLUMN stage_started_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN stage_due_at timestamptz,
        ADD COLUMN reminded_stage_at timestamptz,
        ADD COLUMN resolution text,
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN satisfaction text,
        ADD COLUMN closure_comment text,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN return_count int NOT NULL DEFAULT 0,
        ADD COLUMN systemic_issue_id uuid,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      CREATE UNIQUE INDEX issue_ledger_no_idx ON issues.issue (ledger_no);
      CREATE INDEX issue_enterprise_idx ON issues.issue (enterprise_id, status);
      CREATE INDEX issue_department_idx ON issues.issue (department_id, status);
      CREATE INDEX issue_due_idx ON issues.issue (stage_due_at) WHERE status NOT IN ('CLOSED', 'UNSOLVABLE');

      -- Ledger numbers per tenant and year, handed out under the row's lock: no gap, no repeat.
      CREATE TABLE issues.ledger_counter (
        district_id text NOT NULL,
        year int NOT NULL,
        last int NOT NULL,
        PRIMARY KEY (district_id, year)
      );

      CREATE TABLE issues.milestone (
        id uuid PRIMARY KEY,
        issue_id uuid NOT NULL REFERENCES issues.issue (id),
        district_id text NOT NULL,
        department_id text,
        title text NOT NULL,
        due_on date NOT NULL,
        done_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX milestone_issue_idx ON issues.milestone (issue_id, due_on);

      CREATE TABLE issues.extension_request (
        id uuid PRIMARY KEY,
        issue_id uuid NOT NULL REFERENCES issues.issue (id),
        district_id text NOT NULL,
        department_id text,
        requested_due_at timestamptz NOT NULL,
        previous_due_at timestamptz NOT NULL,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by text,
        decided_at timestamptz,
        decision_note text
      );
      CREATE UNIQUE INDEX extension_one_pending_idx ON issues.extension_request (issue_id) WHERE status = 'PENDING';

      CREATE TABLE issues.systemic_issue (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'OPEN',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE issues.escalation (
        id uuid PRIMARY KEY,
        issue_id uuid NOT NULL REFERENCES issues.issue (id),
        district_id text NOT NULL,
        level text NOT NULL,
        reason text NOT NULL,
        automatic boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'OPEN',
        raised_by text NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        decide_by timestamptz,
        decision text,
        instructions text,
        outcome text,
        decided_by text,
        decided_at timestamptz,
        systemic_issue_id uuid REFERENCES issues.systemic_issue (id),
        event_position bigint
      );
      CREATE INDEX escalation_level_status_idx ON issues.escalation (level, status, raised_at, id);
      CREATE INDEX escalation_issue_idx ON issues.escalation (issue_id);
      CREATE UNIQUE INDEX escalation_one_open_idx ON issues.escalation (issue_id) WHERE status = 'OPEN';

      -- Projections from the event log.
      CREATE TABLE issues.rules (
        version int PRIMARY KEY,
        effective_from text NOT NULL,
        body jsonb NOT NULL
      );
      CREATE TABLE issues.enterprise_ref (
        enterprise_id text PRIMARY KEY,
        district_id text NOT NULL,
        name text NOT NULL,
        official_id text
      );
      CREATE TABLE issues.department_ref (
        department_id text PRIMARY KEY,
        district_id text,
        name text NOT NULL
      );

      ALTER TABLE issues.ledger_counter ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON issues.ledger_counter FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON issues.ledger_counter FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON issues.ledger_counter FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON issues.ledger_counter FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));
      ALTER TABLE issues.escalation ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON issues.escalation FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON issues.escalation FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON issues.escalation FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON issues.escalation FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));
      ALTER TABLE issues.enterprise_ref ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON issues.enterprise_ref FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON issues.enterprise_ref FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON issues.enterprise_ref FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON issues.enterprise_ref FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));

      CREATE FUNCTION issues.department_may(district text, department text) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT tenancy.scope() = 'department' AND department IS NOT DISTINCT FROM tenancy.department_id()
                AND (tenancy.district_id() IS NULL OR district IS NOT DISTINCT FROM tenancy.district_id()) $$;
      GRANT EXECUTE ON FUNCTION issues.department_may(text, text) TO ${APP_ROLE};
    `);
    for (const table of ['issues.issue', 'issues.milestone', 'issues.extension_request']) {
      await runner.query(`
        DROP POLICY IF EXISTS tenant_read ON ${table};
        DROP POLICY IF EXISTS tenant_insert ON ${table};
        DROP POLICY IF EXISTS tenant_update ON ${table};
        DROP POLICY IF EXISTS tenant_delete ON ${table};
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        CREATE POLICY tenant_read ON ${table} FOR SELECT TO ${APP_ROLE}
          USING (CASE WHEN tenancy.scope() = 'department' THEN issues.department_may(district_id, department_id) ELSE tenancy.can_read(district_id) END);
        CREATE POLICY tenant_insert ON ${table} FOR INSERT TO ${APP_ROLE}
          WITH CHECK (tenancy.can_write(district_id) OR issues.department_may(district_id, department_id));
        CREATE POLICY tenant_update ON ${table} FOR UPDATE TO ${APP_ROLE}
          USING (tenancy.can_write(district_id) OR issues.department_may(district_id, department_id))
          WITH CHECK (tenancy.can_write(district_id) OR issues.department_may(district_id, department_id));
      `);
    }
    await runner.query(`
      -- Nothing is ever deleted from the ledger.
      REVOKE DELETE ON ALL TABLES IN SCHEMA issues FROM ${APP_ROLE};
      GRANT USAGE ON SCHEMA issues TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA issues TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA issues TO qinshang_app;
      REVOKE DELETE ON issues.issue, issues.milestone, issues.extension_request, issues.escalation, issues.systemic_issue FROM ${APP_ROLE};
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP FUNCTION issues.department_may(text, text) CASCADE;
      DROP TABLE issues.department_ref, issues.enterprise_ref, issues.rules, issues.escalation, issues.systemic_issue,
        issues.extension_request, issues.milestone, issues.ledger_counter;
    `);
  }
}
