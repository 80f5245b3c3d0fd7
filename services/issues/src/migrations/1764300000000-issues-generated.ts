import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Marks the problems of the generated campaign history (the issues seed), as the districts' records are. */
export class IssuesGenerated1764300000000 implements MigrationInterface {
  name = 'IssuesGenerated1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE issues.issue ADD COLUMN generated boolean NOT NULL DEFAULT false');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE issues.issue DROP COLUMN generated');
  }
}
