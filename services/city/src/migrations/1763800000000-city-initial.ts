import { appGrantsSql } from '@qinshang/database';
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
      ${appGrantsSql('city', { readOnlyTables: ['city.city', 'city.campaign'] })}
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE city.campaign; DROP TABLE city.city;');
  }
}
