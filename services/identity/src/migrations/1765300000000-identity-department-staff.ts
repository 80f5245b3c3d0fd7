import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A department's staff (issue 13): a DEPARTMENT account may be one person of the department, who
 * an assignment names as the responsible person (责任人), beside the department's own account.
 */
export class IdentityDepartmentStaff1765300000000 implements MigrationInterface {
  name = 'IdentityDepartmentStaff1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE identity.account ADD COLUMN staff boolean NOT NULL DEFAULT false;
      ALTER TABLE identity.account ADD CONSTRAINT account_staff_department CHECK (NOT staff OR role = 'DEPARTMENT');
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE identity.account DROP COLUMN staff');
  }
}
