import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `issues.recount_district_stats(districts text[])`: counts the named tenants' ledger figures
 * afresh into `issues.district_stats`, as the row triggers would have left them (a tenant with no
 * problems gets zeros). For loads that turn those triggers off (the generated history, the
 * exports benchmark's bulk rows) and count once at the end. The owner's tool, not the
 * application's: no role but the owner may call it. SQL written out here.
 */
export class IssuesRecountDistrictStats1765400000000 implements MigrationInterface {
  name = 'IssuesRecountDistrictStats1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION issues.recount_district_stats(districts text[]) RETURNS void
        LANGUAGE sql SET search_path = pg_catalog AS $$
        INSERT INTO issues.district_stats AS s (district_id, open, escalated, closed, unsolvable)
        SELECT d.district_id,
               count(i.id) FILTER (WHERE i.status <> 'CLOSED'), count(i.id) FILTER (WHERE i.status = 'ESCALATED'),
               count(i.id) FILTER (WHERE i.status = 'CLOSED'), count(i.id) FILTER (WHERE i.status = 'UNSOLVABLE')
          FROM unnest(districts) AS d(district_id)
          LEFT JOIN issues.issue i ON i.district_id = d.district_id
         GROUP BY d.district_id
        ON CONFLICT (district_id) DO UPDATE
          SET open = EXCLUDED.open, escalated = EXCLUDED.escalated, closed = EXCLUDED.closed, unsolvable = EXCLUDED.unsolvable
      $$;
      REVOKE ALL ON FUNCTION issues.recount_district_stats(text[]) FROM PUBLIC;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP FUNCTION issues.recount_district_stats(text[])');
  }
}
