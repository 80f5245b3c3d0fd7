import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The official each enterprise is currently paired with, in `city.enterprise_profile`, from
 * `pairing.started` / `pairing.ended`: an official may ask `policiesFor` only the enterprises it
 * is paired with (as the districts subgraph shows it only those). The consumer's checkpoint is
 * already past the pairings logged so far, so they are taken from the log here once.
 */
export class CityEnterprisePairing1764800000000 implements MigrationInterface {
  name = 'CityEnterprisePairing1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE city.enterprise_profile ADD COLUMN official_id text;
      UPDATE city.enterprise_profile p SET official_id = last.official_id
        FROM (SELECT DISTINCT ON (payload->>'enterpriseId') payload->>'enterpriseId' AS enterprise_id,
                     CASE WHEN type = 'pairing.started' THEN payload->>'officialId' END AS official_id
                FROM eventlog.event WHERE type IN ('pairing.started', 'pairing.ended')
               ORDER BY payload->>'enterpriseId', position DESC) last
       WHERE last.enterprise_id = p.enterprise_id;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE city.enterprise_profile DROP COLUMN official_id;');
  }
}
