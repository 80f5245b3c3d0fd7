import { APP_ROLE, tenantPoliciesSql } from '@qinshang/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

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
      ${tenantPoliciesSql('issues.district_ref')}
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
