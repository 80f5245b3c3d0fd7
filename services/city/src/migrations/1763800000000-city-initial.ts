import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CityInitial1763800000000 implements MigrationInterface {
  name = 'CityInitial1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE city.city (
        id text PRIMARY KEY,
        name text NOT NULL,
        name_en text
      );
      CREATE TABLE city.campaign (
        id text PRIMARY KEY,
        city_id text NOT NULL REFERENCES city.city (id),
        name text NOT NULL,
        name_en text,
        mobilized_on date NOT NULL,
        min_visits_per_month int NOT NULL CHECK (min_visits_per_month >= 0)
      );
      CREATE INDEX campaign_city_idx ON city.campaign (city_id, mobilized_on DESC);
      GRANT USAGE ON SCHEMA city TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA city TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA city TO qinshang_app;
      REVOKE INSERT, UPDATE, DELETE ON city.city FROM qinshang_app;
      REVOKE INSERT, UPDATE, DELETE ON city.campaign FROM qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE city.campaign; DROP TABLE city.city;');
  }
}
