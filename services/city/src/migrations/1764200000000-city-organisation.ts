import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen: the application role as this migration created policies for it (never the live constant). */
const APP_ROLE = 'qinshang_app';

/**
 * Row-level security for a table holding both city-wide rows (`district_id` null: city bureaus,
 * city-wide policies, the city's leading group) and tenant rows: city-wide rows are visible to
 * every signed-in caller and written by the city only; tenant rows follow the tenant rules.
 */
function mixedScopePoliciesSql(table: string, { writable }: { writable: boolean }): string {
  const read = `(district_id IS NULL AND tenancy.scope() <> 'none') OR tenancy.can_read(district_id)`;
  const write = `tenancy.can_write(district_id)`;
  return `
ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY scoped_read ON ${table} FOR SELECT TO ${APP_ROLE} USING (${read});
${
  writable
    ? `CREATE POLICY scoped_insert ON ${table} FOR INSERT TO ${APP_ROLE} WITH CHECK (${write});
CREATE POLICY scoped_update ON ${table} FOR UPDATE TO ${APP_ROLE} USING (${write}) WITH CHECK (${write});`
    : ''
}`;
}

/**
 * The campaign's organisation and settings: versioned rules, leading groups, departments,
 * support policies, and the enterprise profile projection fed by the event log.
 */
export class CityOrganisation1764200000000 implements MigrationInterface {
  name = 'CityOrganisation1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      -- Rule versions are immutable: a change is a new version from the current month or later.
      CREATE TABLE city.campaign_rules (
        campaign_id text NOT NULL REFERENCES city.campaign (id),
        version int NOT NULL CHECK (version >= 1),
        effective_from text NOT NULL CHECK (effective_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        min_visits_per_month int NOT NULL CHECK (min_visits_per_month >= 1),
        deadlines jsonb NOT NULL,
        weights jsonb NOT NULL,
        report_due_day int NOT NULL CHECK (report_due_day BETWEEN 1 AND 28),
        commendation_quotas jsonb NOT NULL,
        disqualifying_deduction numeric NOT NULL CHECK (disqualifying_deduction >= 0),
        minimum_sample int NOT NULL CHECK (minimum_sample >= 1),
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by text NOT NULL DEFAULT tenancy.actor(),
        PRIMARY KEY (campaign_id, version)
      );
      ALTER TABLE city.campaign_rules ENABLE ROW LEVEL SECURITY;
      CREATE POLICY rules_read ON city.campaign_rules FOR SELECT TO ${APP_ROLE} USING (tenancy.scope() <> 'none');
      CREATE POLICY rules_publish ON city.campaign_rules FOR INSERT TO ${APP_ROLE} WITH CHECK (tenancy.scope() = 'city');

      -- The city's group (district_id null) and one per tenant: also this subgraph's tenant registry.
      CREATE TABLE city.leading_group (
        id text PRIMARY KEY,
        city_id text NOT NULL REFERENCES city.city (id),
        district_id text UNIQUE,
        level text NOT NULL CHECK (level IN ('CITY', 'DISTRICT')),
        name text NOT NULL,
        office text NOT NULL,
        leader_role text NOT NULL,
        deputy_roles text[] NOT NULL DEFAULT '{}',
        sort_order int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((level = 'CITY') = (district_id IS NULL))
      );
      CREATE UNIQUE INDEX leading_group_city_key ON city.leading_group (city_id) WHERE district_id IS NULL;
      ${mixedScopePoliciesSql('city.leading_group', { writable: false })}

      CREATE TABLE city.department (
        id text PRIMARY KEY,
        district_id text REFERENCES city.leading_group (district_id),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 60),
        kind text NOT NULL CHECK (kind IN ('BUREAU', 'COMMISSION', 'OFFICE', 'CENTRE', 'OTHER')),
        sort_order int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX department_name_key ON city.department (coalesce(district_id, ''), name);
      CREATE INDEX department_district_idx ON city.department (district_id, sort_order);
      ${mixedScopePoliciesSql('city.department', { writable: true })}

      CREATE TABLE city.policy (
        id text PRIMARY KEY,
        title text NOT NULL,
        level text NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT')),
        issuer text NOT NULL,
        sectors text[] NOT NULL CHECK (cardinality(sectors) > 0
          AND sectors <@ ARRAY['INDUSTRY', 'COMMERCE', 'CONSTRUCTION', 'TECHNOLOGY', 'CULTURE', 'TOURISM']),
        eligibility text NOT NULL,
        fund_amount numeric(16, 2) CHECK (fund_amount >= 0),
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to >= valid_from),
        district_id text REFERENCES city.leading_group (district_id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((level = 'DISTRICT') = (district_id IS NOT NULL))
      );
      CREATE INDEX policy_sectors_idx ON city.policy USING gin (sectors);
      ${mixedScopePoliciesSql('city.policy', { writable: true })}

      -- A projection of the districts subgraph's enterprise events: what policy matching needs.
      CREATE TABLE city.enterprise_profile (
        enterprise_id text PRIMARY KEY,
        district_id text NOT NULL,
        sector text NOT NULL,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX enterprise_profile_district_idx ON city.enterprise_profile (district_id);
      ALTER TABLE city.enterprise_profile ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON city.enterprise_profile FOR SELECT TO ${APP_ROLE} USING (tenancy.can_read(district_id));
      -- Only the projection's consumer writes, in scope 'city'.
      CREATE POLICY projection_insert ON city.enterprise_profile FOR INSERT TO ${APP_ROLE} WITH CHECK (tenancy.scope() = 'city');
      CREATE POLICY projection_update ON city.enterprise_profile FOR UPDATE TO ${APP_ROLE} USING (tenancy.scope() = 'city') WITH CHECK (tenancy.scope() = 'city');

      GRANT USAGE ON SCHEMA city TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA city TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA city TO qinshang_app;
      REVOKE INSERT, UPDATE, DELETE ON city.city FROM qinshang_app;
      REVOKE INSERT, UPDATE, DELETE ON city.campaign FROM qinshang_app;
      REVOKE INSERT, UPDATE, DELETE ON city.leading_group FROM qinshang_app;
      -- Published rules are never changed or removed; nothing here is deleted by the application.
      REVOKE UPDATE, DELETE ON city.campaign_rules FROM ${APP_ROLE};
      REVOKE DELETE ON city.department, city.policy, city.enterprise_profile FROM ${APP_ROLE};
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE city.enterprise_profile;
      DROP TABLE city.policy;
      DROP TABLE city.department;
      DROP TABLE city.leading_group;
      DROP TABLE city.campaign_rules;
    `);
  }
}
