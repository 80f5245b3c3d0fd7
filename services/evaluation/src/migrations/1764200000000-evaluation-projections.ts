import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen: the application role as this migration created policies for it (never the live constant). */
const APP_ROLE = 'qinshang_app';

/** Frozen: the tenant policies exactly as this migration created them. */
function tenantPoliciesSql(table: string): string {
  return `
ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON ${table} FOR SELECT TO ${APP_ROLE} USING (tenancy.can_read(district_id));
CREATE POLICY tenant_insert ON ${table} FOR INSERT TO ${APP_ROLE} WITH CHECK (tenancy.can_write(district_id));
CREATE POLICY tenant_update ON ${table} FOR UPDATE TO ${APP_ROLE} USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
CREATE POLICY tenant_delete ON ${table} FOR DELETE TO ${APP_ROLE} USING (tenancy.can_write(district_id));
`;
}

/**
 * The assessment's tables. Two kinds, kept apart on purpose:
 *
 * - Projections of the event log (rules_version ... deduction): derived facts, maintained by the
 *   `evaluation` consumer and cleared and replayed by a rebuild. Figures (rates, scores, ranks)
 *   are computed from them on read, for the rules version in force for the period.
 * - Records that are not derived (published_period, published_scorecard, tenant_ranking,
 *   commendation): a published month is frozen with its rules version; a rebuild never touches it.
 *
 * Inspections, findings and deductions are projections too (of `inspection.recorded` and
 * `deduction.recorded`); the mutation that records one also writes them at once, with the same
 * code the consumer uses, so the writer reads its own write and a rebuild gives the same rows.
 */
export class EvaluationProjections1764200000000 implements MigrationInterface {
  name = 'EvaluationProjections1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      -- City-wide: every version of the campaign's rules, as published.
      CREATE TABLE evaluation.rules_version (
        position bigint PRIMARY KEY,
        campaign_id text NOT NULL,
        version int NOT NULL,
        effective_from text NOT NULL CHECK (effective_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        rules jsonb NOT NULL
      );

      CREATE TABLE evaluation.tenant (
        district_id text PRIMARY KEY,
        name text,
        kind text CHECK (kind IN ('DISTRICT', 'COUNTY', 'DEVELOPMENT_ZONE', 'NEW_AREA')),
        first_period text NOT NULL
      );

      CREATE TABLE evaluation.official (
        official_id text PRIMARY KEY,
        district_id text NOT NULL,
        name text NOT NULL,
        -- The month it joined the campaign (Asia/Shanghai): it is assessed from then on.
        added_period text NOT NULL
      );
      CREATE INDEX official_district_idx ON evaluation.official (district_id, added_period);

      CREATE TABLE evaluation.pairing (
        pairing_id text PRIMARY KEY,
        district_id text NOT NULL,
        official_id text NOT NULL,
        enterprise_id text NOT NULL,
        started_on date NOT NULL,
        ended_on date
      );
      CREATE INDEX pairing_official_idx ON evaluation.pairing (official_id, started_on);

      CREATE TABLE evaluation.official_month (
        district_id text NOT NULL,
        official_id text NOT NULL,
        period text NOT NULL,
        visits int NOT NULL DEFAULT 0,
        PRIMARY KEY (period, official_id)
      );

      CREATE TABLE evaluation.excuse (
        district_id text NOT NULL,
        official_id text NOT NULL,
        enterprise_id text NOT NULL,
        period text NOT NULL,
        reason text NOT NULL,
        PRIMARY KEY (period, official_id, enterprise_id)
      );

      CREATE TABLE evaluation.report (
        district_id text NOT NULL,
        official_id text NOT NULL,
        enterprise_id text NOT NULL,
        period text NOT NULL,
        submitted_at timestamptz NOT NULL,
        late boolean NOT NULL,
        PRIMARY KEY (period, official_id, enterprise_id)
      );

      -- One row per problem: the clocks and outcomes the rates are counted from.
      CREATE TABLE evaluation.issue (
        issue_id text PRIMARY KEY,
        district_id text NOT NULL,
        official_id text,
        ledger_no text NOT NULL,
        category text NOT NULL,
        status text NOT NULL,
        raised_at timestamptz NOT NULL,
        response_due_at timestamptz NOT NULL,
        responded_at timestamptz,
        due_at timestamptz NOT NULL,
        resolved_at timestamptz,
        unsolvable_at timestamptz
      );
      CREATE INDEX issue_response_due_idx ON evaluation.issue (response_due_at);
      CREATE INDEX issue_due_idx ON evaluation.issue (due_at);

      CREATE TABLE evaluation.closure (
        position bigint PRIMARY KEY,
        issue_id text NOT NULL,
        district_id text NOT NULL,
        official_id text,
        period text NOT NULL,
        satisfaction text
      );
      CREATE INDEX closure_period_idx ON evaluation.closure (period);

      CREATE TABLE evaluation.escalation (
        position bigint PRIMARY KEY,
        issue_id text NOT NULL,
        district_id text NOT NULL,
        official_id text,
        period text NOT NULL,
        level text
      );
      CREATE INDEX escalation_period_idx ON evaluation.escalation (period);

      -- 退单: every return, so buck-passing (returned twice without a reason) can be shown.
      CREATE TABLE evaluation.issue_return (
        position bigint PRIMARY KEY,
        issue_id text NOT NULL,
        district_id text NOT NULL,
        official_id text,
        ledger_no text NOT NULL,
        reason text,
        without_reason boolean NOT NULL,
        occurred_at timestamptz NOT NULL
      );
      CREATE INDEX issue_return_issue_idx ON evaluation.issue_return (district_id, issue_id);

      CREATE TABLE evaluation.inspection (
        inspection_id text PRIMARY KEY,
        district_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CENTRALISED', 'ANNOUNCED', 'UNANNOUNCED', 'FOLLOW_UP')),
        inspected_on date NOT NULL,
        period text NOT NULL,
        official_ids text[] NOT NULL,
        public_criticism jsonb,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      );
      CREATE INDEX inspection_order_idx ON evaluation.inspection (inspected_on DESC, inspection_id DESC);

      CREATE TABLE evaluation.finding (
        finding_id text PRIMARY KEY,
        inspection_id text NOT NULL REFERENCES evaluation.inspection (inspection_id) ON DELETE CASCADE,
        district_id text NOT NULL,
        ordinal int NOT NULL,
        summary text NOT NULL,
        official_id text,
        event_position bigint
      );
      CREATE INDEX finding_inspection_idx ON evaluation.finding (inspection_id, ordinal);

      CREATE TABLE evaluation.deduction (
        deduction_id text PRIMARY KEY,
        inspection_id text NOT NULL,
        finding_id text NOT NULL,
        district_id text NOT NULL,
        official_id text,
        points numeric(8, 2) NOT NULL CHECK (points > 0),
        reason text NOT NULL,
        period text NOT NULL
      );
      CREATE INDEX deduction_period_idx ON evaluation.deduction (period, district_id);

      -- ---- records, never touched by a rebuild ----

      CREATE TABLE evaluation.published_period (
        period text PRIMARY KEY CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        rules_version int NOT NULL,
        rules jsonb NOT NULL,
        automatic boolean NOT NULL,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE evaluation.published_scorecard (
        period text NOT NULL,
        official_id text NOT NULL,
        district_id text NOT NULL,
        score numeric(9, 3) NOT NULL,
        figures jsonb NOT NULL,
        PRIMARY KEY (period, official_id)
      );

      ALTER TABLE evaluation.tenant_ranking
        ADD COLUMN peer_rank int,
        ADD COLUMN kind text,
        ADD COLUMN rules_version int,
        ADD COLUMN figures jsonb;

      CREATE TABLE evaluation.commendation (
        year text NOT NULL,
        official_id text NOT NULL,
        district_id text NOT NULL,
        level text NOT NULL CHECK (level IN ('OUTSTANDING', 'EXCELLENT')),
        average_score numeric(9, 3) NOT NULL,
        figures jsonb NOT NULL,
        confirmed_by text NOT NULL,
        confirmed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, official_id)
      );
      ALTER TABLE evaluation.tenant_ranking ALTER COLUMN score TYPE numeric(9, 3);

      ${['tenant', 'official', 'pairing', 'official_month', 'excuse', 'report', 'issue', 'closure', 'escalation', 'issue_return', 'deduction', 'published_scorecard', 'commendation']
        .map((table) => tenantPoliciesSql(`evaluation.${table}`))
        .join('\n')}

      -- Inspectors (scope city_read) record inspections: reading follows the tenant as usual,
      -- inserting is for the city-wide scopes only, changing and clearing (rebuild) for city.
      ${['inspection', 'finding']
        .map(
          (table) => `
      ALTER TABLE evaluation.${table} ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON evaluation.${table} FOR SELECT TO ${APP_ROLE} USING (tenancy.can_read(district_id));
      CREATE POLICY inspector_insert ON evaluation.${table} FOR INSERT TO ${APP_ROLE} WITH CHECK (tenancy.scope() IN ('city', 'city_read'));
      CREATE POLICY city_delete ON evaluation.${table} FOR DELETE TO ${APP_ROLE} USING (tenancy.scope() = 'city');`,
        )
        .join('\n')}
      DROP POLICY tenant_insert ON evaluation.deduction;
      CREATE POLICY inspector_insert ON evaluation.deduction FOR INSERT TO ${APP_ROLE} WITH CHECK (tenancy.scope() IN ('city', 'city_read'));
      GRANT USAGE ON SCHEMA evaluation TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA evaluation TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA evaluation TO qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE evaluation.commendation, evaluation.published_scorecard, evaluation.published_period, evaluation.deduction,
        evaluation.finding, evaluation.inspection, evaluation.issue_return, evaluation.escalation, evaluation.closure,
        evaluation.issue, evaluation.report, evaluation.excuse, evaluation.official_month, evaluation.pairing,
        evaluation.official, evaluation.tenant, evaluation.rules_version;
      ALTER TABLE evaluation.tenant_ranking DROP COLUMN peer_rank, DROP COLUMN kind, DROP COLUMN rules_version, DROP COLUMN figures;
    `);
  }
}
