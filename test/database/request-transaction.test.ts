import { createServiceDataSource, RequestDb, type TenantSettings } from '@qinshang/database';
import { stackInfo } from '@qinshang/testkit';
import { Client } from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';

/**
 * A request's transaction (issue 16): START TRANSACTION and the tenant settings reach
 * PostgreSQL in one round trip, the settings exactly as given (quotes and backslashes included),
 * and the statement count is what PostgreSQL received, COMMIT once.
 */
describe("a request's transaction", () => {
  let dataSource: DataSource;
  const sent: string[] = [];
  const original = Client.prototype.query;

  beforeAll(async () => {
    dataSource = createServiceDataSource({ url: stackInfo().appDatabaseUrl, schema: 'districts', entities: [], poolSize: 2 });
    await dataSource.initialize();
    // What goes on the wire: every call of the driver's query, one round trip each.
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
      if (text) sent.push(text);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
  });
  afterAll(async () => {
    Client.prototype.query = original;
    await dataSource.destroy();
  });

  const settings: TenantSettings = { scope: 'tenant', districtId: '610111', departmentId: null, actor: "o'brien \\ \"x\"; SELECT 1 --", role: 'DISTRICT_ADMIN' };

  it('opens with the settings in one round trip, counts each statement once, and commits', async () => {
    sent.length = 0;
    const db = new RequestDb(dataSource, settings);
    // Transaction-local settings still there in a later statement: the pair opened a transaction.
    const [row] = await db.query<{ actor: string; scope: string; district: string }>(
      `SELECT current_setting('qinshang.actor') AS actor, current_setting('qinshang.scope') AS scope, current_setting('qinshang.district_id') AS district`,
    );
    await db.finish(true);
    expect(row).toEqual({ actor: settings.actor, scope: 'tenant', district: '610111' });
    // Round trips: the opening pair, the query, COMMIT.
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(/^START TRANSACTION; SELECT set_config\(/);
    expect(sent[2]).toBe('COMMIT');
    expect(db.roundTrips).toBe(3);
    // Statements: START TRANSACTION, the settings, the query, COMMIT.
    expect(db.statements).toBe(4);
  });

  it('keeps the settings inside the transaction only', async () => {
    const db = new RequestDb(dataSource, settings);
    await db.query('SELECT 1');
    await db.finish(true);
    const other = new RequestDb(dataSource, { scope: 'city', districtId: null, departmentId: null, actor: 'system:test', role: 'SYSTEM' });
    const [row] = await other.query<{ actor: string; district: string }>(
      "SELECT current_setting('qinshang.actor') AS actor, current_setting('qinshang.district_id') AS district",
    );
    await other.finish(true);
    expect(row).toEqual({ actor: 'system:test', district: '' });
  });

  it('rolls back a failed request, and the connection serves the next one', async () => {
    const db = new RequestDb(dataSource, settings);
    await expect(db.query('SELECT 1/0')).rejects.toThrow(/division by zero/);
    await db.finish(false);
    expect(db.statements).toBe(4); // the pair, the failed statement, ROLLBACK
    for (let i = 0; i < 3; i++) {
      const next = new RequestDb(dataSource, settings);
      const [row] = await next.query<{ n: number }>('SELECT 1 AS n');
      await next.finish(true);
      expect(row.n).toBe(1);
    }
  });

  it("runs a prepared statement in the request's transaction, under each request's own tenant, once planned or not", async () => {
    // Both tenants' rows are there; each request must see only its own, however many times the
    // statement ran before on the connection (after five, PostgreSQL may keep a generic plan).
    const sql = 'SELECT DISTINCT district_id FROM districts.enterprise WHERE district_id = ANY($1::text[]) ORDER BY district_id';
    const both = ['610111', '610124'];
    for (let i = 0; i < 8; i++) {
      const districtId = both[i % 2];
      const db = new RequestDb(dataSource, { ...settings, districtId });
      const rows = await db.query<{ district_id: string }>(sql, [both], { prepare: true });
      await db.finish(true);
      expect(rows.map((row) => row.district_id)).toEqual([districtId]);
      expect(db.statements).toBe(4);
    }
    const city = new RequestDb(dataSource, { scope: 'city', districtId: null, departmentId: null, actor: 'system:test', role: 'SYSTEM' });
    expect((await city.query<{ district_id: string }>(sql, [both], { prepare: true })).map((row) => row.district_id)).toEqual(both);
    await city.finish(true);
  });

  it('fails a prepared statement as any other: a QueryFailedError with the driver error, the transaction rolled back', async () => {
    const db = new RequestDb(dataSource, settings);
    const failure = await db.query('SELECT 1 / $1::int AS n', [0], { prepare: true }).catch((error: unknown) => error);
    await db.finish(false);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22012');
    const next = new RequestDb(dataSource, settings);
    expect(await next.query('SELECT 1 / $1::int AS n', [1], { prepare: true })).toEqual([{ n: 1 }]);
    await next.finish(true);
  });
});
