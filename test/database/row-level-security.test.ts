import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { stackInfo } from '@qinshang/testkit';

/**
 * Tenancy is enforced by PostgreSQL itself: the services log in as a role that owns no table,
 * and every request's transaction carries its tenant settings. These tests speak SQL as that role.
 */
describe('row-level security', () => {
  let client: Client;

  beforeAll(async () => {
    client = new Client({ connectionString: stackInfo().appDatabaseUrl });
    await client.connect();
  });
  afterAll(() => client.end());
  afterEach(() => client.query('ROLLBACK'));

  const asTenant = async (scope: string, districtId = '') => {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('qinshang.scope', $1, true), set_config('qinshang.district_id', $2, true)`, [scope, districtId]);
  };

  it('shows one tenant none of another tenant\'s rows, with no tenant filter in the query', async () => {
    await asTenant('tenant', '610111');
    const { rows } = await client.query('SELECT id FROM districts.district');
    expect(rows).toEqual([{ id: '610111' }]);
  });

  it('shows nothing at all to a transaction that forgot its settings', async () => {
    await client.query('BEGIN');
    expect((await client.query('SELECT id FROM districts.district')).rowCount).toBe(0);
  });

  it('shows every tenant to the city scope', async () => {
    await asTenant('city');
    expect((await client.query('SELECT id FROM districts.district')).rowCount).toBe(21);
  });

  it('refuses an insert for another tenant, and allows one for its own', async () => {
    await asTenant('tenant', '610111');
    const insert = `INSERT INTO issues.issue (id, district_id, enterprise_id, status) VALUES ($1, $2, 'e1', 'RAISED')`;
    await expect(client.query(insert, [randomUUID(), '610125'])).rejects.toThrow(/row-level security/);
    await client.query('ROLLBACK');
    await asTenant('tenant', '610111');
    await expect(client.query(insert, [randomUUID(), '610111'])).resolves.toMatchObject({ rowCount: 1 });
  });

  it('lets a read-only scope read but not write', async () => {
    await asTenant('city_read');
    expect((await client.query('SELECT id FROM districts.district')).rowCount).toBe(21);
    await expect(
      client.query(`INSERT INTO issues.issue (id, district_id, enterprise_id, status) VALUES ($1, '610111', 'e1', 'RAISED')`, [randomUUID()]),
    ).rejects.toThrow(/row-level security/);
  });

  it('gives the application role no table of its own and no way around the policies', async () => {
    const { rows } = await client.query(
      `SELECT count(*)::int AS owned FROM pg_tables WHERE tableowner = current_user`,
    );
    expect(rows[0].owned).toBe(0);
    const role = await client.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    await expect(client.query('ALTER TABLE districts.district DISABLE ROW LEVEL SECURITY')).rejects.toThrow(/must be owner/);
  });

  it('shows a department (a city bureau too) only the problems and escalations assigned to it', async () => {
    // Two escalated problems of two tenants, one assigned to the bureau; written as the city.
    await asTenant('city');
    const mine = randomUUID();
    const theirs = randomUUID();
    for (const [id, district, department] of [[mine, '610111', '610100-D05'], [theirs, '610125', '610125-D02']]) {
      await client.query(
        `INSERT INTO issues.issue (id, district_id, enterprise_id, status, ledger_no, department_id) VALUES ($1, $2, 'e', 'ESCALATED', $3, $4)`,
        [id, district, `rls-${id}`, department],
      );
      await client.query(
        `INSERT INTO issues.escalation (id, issue_id, district_id, level, reason, raised_by) VALUES ($1, $2, $3, 'DISTRICT', 'test', 'test')`,
        [randomUUID(), id, district],
      );
    }
    await client.query(`SELECT set_config('qinshang.scope', 'department', true), set_config('qinshang.district_id', '', true), set_config('qinshang.department_id', '610100-D05', true)`);
    const issues = await client.query('SELECT id FROM issues.issue WHERE id = ANY($1)', [[mine, theirs]]);
    const escalations = await client.query('SELECT issue_id FROM issues.escalation WHERE issue_id = ANY($1)', [[mine, theirs]]);
    expect(issues.rows).toEqual([{ id: mine }]);
    expect(escalations.rows).toEqual([{ issue_id: mine }]);
  });
});
