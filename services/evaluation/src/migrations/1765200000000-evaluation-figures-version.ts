import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version of everything an assessment figure is computed from: one row, moved on by every
 * statement that writes a table the figures read (statement-level triggers, so a bulk insert
 * moves it once), in the writer's own transaction. A reader that keeps figures between requests
 * (the open month's ranking) compares it to the version they were computed at, so a write is on
 * the next read. The app role reads it and can only move it through the trigger (the function
 * runs as the migration's owner).
 */
const SOURCES = [
  'calendar', 'closure', 'deduction', 'escalation', 'excuse', 'issue', 'official', 'official_month',
  'pairing', 'report', 'rules_version', 'tenant', 'published_period',
];

export class EvaluationFiguresVersion1765200000000 implements MigrationInterface {
  name = 'EvaluationFiguresVersion1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE evaluation.figures_version (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        version bigint NOT NULL DEFAULT 1
      );
      INSERT INTO evaluation.figures_version DEFAULT VALUES;
      REVOKE ALL ON evaluation.figures_version FROM qinshang_app;
      GRANT SELECT ON evaluation.figures_version TO qinshang_app;
      CREATE FUNCTION evaluation.move_figures_version() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      BEGIN
        UPDATE evaluation.figures_version SET version = version + 1;
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION evaluation.move_figures_version() FROM PUBLIC;
    `);
    for (const table of SOURCES) {
      await runner.query(
        `CREATE TRIGGER figures_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON evaluation.${table}
           FOR EACH STATEMENT EXECUTE FUNCTION evaluation.move_figures_version()`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of SOURCES) await runner.query(`DROP TRIGGER figures_version ON evaluation.${table}`);
    await runner.query('DROP FUNCTION evaluation.move_figures_version(); DROP TABLE evaluation.figures_version;');
  }
}
