import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The campaign rules this subgraph needs (the monthly report's due day), projected from the city's
 * `campaign.rules_published` events: the city owns the rules, this service never reads its tables.
 */
export class DistrictsRules1764400000000 implements MigrationInterface {
  name = 'DistrictsRules1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE districts.campaign_rules (
        version int PRIMARY KEY,
        effective_from text NOT NULL,
        report_due_day int NOT NULL CHECK (report_due_day BETWEEN 1 AND 28)
      );
      GRANT USAGE ON SCHEMA districts TO qinshang_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA districts TO qinshang_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA districts TO qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE districts.campaign_rules;');
  }
}
