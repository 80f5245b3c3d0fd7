import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen: the application role as this migration created policies for it (never the live constant). */
const APP_ROLE = 'qinshang_app';

/**
 * The tenants' names, projected from `district.registered`, so this subgraph can serve
 * `Issue.enterprise { name district { id name } }` itself (`@provides`) instead of the gateway
 * asking the districts subgraph for every problem, and for every subscriber of every feed event.
 * Row-level security as on `districts.district`: a tenant sees its own name only.
 *
 * The reference consumer's checkpoint is already past the registrations logged so far, so they
 * are copied here once, from the log (latest per tenant); later ones arrive through the consumer.
 */
export class IssuesDistrictRef1764400000000 implements MigrationInterface {
  name = 'IssuesDistrictRef1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE issues.district_ref (
        district_id text PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL
      );
      ALTER TABLE issues.district_ref ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant_read ON issues.district_ref FOR SELECT TO qinshang_app USING (tenancy.can_read(district_id));
      CREATE POLICY tenant_insert ON issues.district_ref FOR INSERT TO qinshang_app WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_update ON issues.district_ref FOR UPDATE TO qinshang_app USING (tenancy.can_write(district_id)) WITH CHECK (tenancy.can_write(district_id));
      CREATE POLICY tenant_delete ON issues.district_ref FOR DELETE TO qinshang_app USING (tenancy.can_write(district_id));
      GRANT SELECT, INSERT, UPDATE ON issues.district_ref TO ${APP_ROLE};

      INSERT INTO issues.district_ref (district_id, name, kind)
      SELECT DISTINCT ON (stream_id) stream_id, payload->>'name', payload->>'kind'
        FROM eventlog.event WHERE type = 'district.registered'
       ORDER BY stream_id, position DESC;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE issues.district_ref');
  }
}
