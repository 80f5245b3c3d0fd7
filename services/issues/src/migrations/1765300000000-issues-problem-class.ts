import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 问题分类: the class an office gives a problem (the bulletin counts by it): A simple, B needing
 * district departments to coordinate, C and D provisional, for the leading groups. Optional:
 * problems raised before it, or without one, have none. SQL written out here.
 */
export class IssuesProblemClass1765300000000 implements MigrationInterface {
  name = 'IssuesProblemClass1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE issues.issue ADD COLUMN problem_class text CHECK (problem_class IN ('A', 'B', 'C', 'D'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE issues.issue DROP COLUMN problem_class');
  }
}
