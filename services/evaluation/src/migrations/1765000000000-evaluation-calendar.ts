import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city's calendar settings, projected from `calendar.published` (the latest version is in
 * force): working-time rules count the report's due day and fallback clocks on it. SQL written
 * out here, so this migration always does what it did.
 */
export class EvaluationCalendar1765000000000 implements MigrationInterface {
  name = 'EvaluationCalendar1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE evaluation.calendar (
        version int PRIMARY KEY,
        body jsonb NOT NULL
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON evaluation.calendar TO qinshang_app;
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE evaluation.calendar');
  }
}
