import { as, stackInfo } from '@qinshang/testkit';
import { Client } from 'pg';
import { actors, RAISE } from './helpers';

/**
 * The dashboard's figures come from per-tenant rows the services keep in the write's own
 * transaction (`districts.organisation_count`, `issues.district_stats`), not from counting. Under
 * concurrent writes through the gateway (enterprises added, problems raised and escalated, in
 * two tenants at once) the kept rows must equal the counted truth, and the dashboard must show it.
 */
describe('kept figures under concurrent writes', () => {
  const tenants = ['610114', '610116'];
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: stackInfo().adminDatabaseUrl });
    await db.connect();
  });
  afterAll(() => db.end());

  const counted = async (districtId: string) => {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM districts.enterprise WHERE district_id = $1)::int AS enterprises,
              (SELECT count(*) FROM districts.official WHERE district_id = $1)::int AS officials,
              (SELECT count(*) FROM issues.issue WHERE district_id = $1 AND status <> 'CLOSED')::int AS open,
              (SELECT count(*) FROM issues.issue WHERE district_id = $1 AND status = 'ESCALATED')::int AS escalated,
              (SELECT count(*) FROM issues.issue WHERE district_id = $1 AND status = 'CLOSED')::int AS closed,
              (SELECT count(*) FROM issues.issue WHERE district_id = $1 AND status = 'UNSOLVABLE')::int AS unsolvable`,
      [districtId],
    );
    return rows[0] as Record<string, number>;
  };
  const kept = async (districtId: string) => {
    const { rows } = await db.query(
      // A tenant without a problem yet has no figures row: zero.
      `SELECT c.enterprises, c.officials, coalesce(s.open, 0) AS open, coalesce(s.escalated, 0) AS escalated,
              coalesce(s.closed, 0) AS closed, coalesce(s.unsolvable, 0) AS unsolvable
         FROM districts.organisation_count c LEFT JOIN issues.district_stats s USING (district_id) WHERE c.district_id = $1`,
      [districtId],
    );
    return rows[0] as Record<string, number>;
  };
  const dashboard = async () =>
    (
      await as.city().ok<{ city: { districts: Array<{ id: string; enterpriseCount: number; officialCount: number; issueStats: Record<string, number> }> } }>(
        '{ city { districts { id enterpriseCount officialCount issueStats { open escalated closed } } } }',
        {},
      )
    ).city.districts;

  it('equal the counted truth after concurrent adds, raises and escalations, and the dashboard shows them', async () => {
    const before = await Promise.all(tenants.map(counted));
    expect(await Promise.all(tenants.map(kept))).toEqual(before);

    const ADD = 'mutation ($input: AddEnterpriseInput!) { addEnterprise(input: $input) { enterprise { id } } }';
    const ESCALATE = 'mutation ($input: EscalateIssueInput!) { escalateIssue(input: $input) { issue { status } } }';
    const work = tenants.flatMap((districtId) => {
      const office = () => actors.office(districtId);
      const adds = Array.from({ length: 8 }, (_, n) =>
        office().ok(ADD, { input: { districtId, name: `并发项目${n}-${Math.random().toString(36).slice(2, 8)}`, creditCode: null, kind: 'PROJECT', sector: 'INDUSTRY', source: 'DISTRICT_SELECTED' } }),
      );
      const raises = Array.from({ length: 8 }, async (_, n) => {
        const { raiseIssue } = await office().ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, {
          input: { enterpriseId: `${districtId}-E000${1 + (n % 5)}`, category: 'FINANCING', title: `并发问题 ${n}`, description: '计数核对' },
        });
        // Every other one escalated at once, racing the others' raises.
        if (n % 2 === 0) await office().ok(ESCALATE, { input: { issueId: raiseIssue.issue.id, reason: '并发升级' } });
      });
      return [...adds, ...raises];
    });
    await Promise.all(work);

    const after = await Promise.all(tenants.map(counted));
    tenants.forEach((_, i) => {
      expect(after[i].enterprises).toBe(before[i].enterprises + 8);
      expect(after[i].open).toBe(before[i].open + 8);
      expect(after[i].escalated).toBe(before[i].escalated + 4);
    });
    expect(await Promise.all(tenants.map(kept))).toEqual(after);

    const shown = await dashboard();
    tenants.forEach((districtId, i) => {
      const row = shown.find((d) => d.id === districtId)!;
      expect(row).toMatchObject({ enterpriseCount: after[i].enterprises, officialCount: after[i].officials });
      expect(row.issueStats).toEqual({ open: after[i].open, escalated: after[i].escalated, closed: after[i].closed });
    });
  });

  it('gives a tenant office its own kept figures only, and another tenant none', async () => {
    const own = await as.district('610114').ok<{ district: { enterpriseCount: number } }>('{ district(id: "610114") { enterpriseCount } }', {});
    expect(own.district.enterpriseCount).toBe((await counted('610114')).enterprises);
    const other = await as.district('610114').send<{ district: { enterpriseCount: number } | null }>('{ district(id: "610116") { enterpriseCount } }', {});
    expect(other.data?.district?.enterpriseCount ?? 0).toBe(0);
  });

  it('recounts a tenant whose figures were loaded with the triggers off, and no other, and only as the owner', async () => {
    // In a transaction rolled back at the end: the other suites never see the broken figures.
    await db.query('BEGIN');
    try {
      await db.query('UPDATE issues.district_stats SET open = open + 1000, closed = -1 WHERE district_id = ANY($1)', [tenants]);
      await db.query('SELECT issues.recount_district_stats($1)', [[tenants[0]]]);
      const [first, second] = await Promise.all(tenants.map(async (t) => ({ kept: await kept(t), counted: await counted(t) })));
      expect(first.kept).toEqual(first.counted);
      expect(second.kept.open).toBe(second.counted.open + 1000);
      // A tenant without a problem yet gets zeros, not a missing row.
      await db.query('SELECT issues.recount_district_stats($1)', [['recount-test-empty']]);
      const { rows: empty } = await db.query(`SELECT open, escalated, closed, unsolvable FROM issues.district_stats WHERE district_id = 'recount-test-empty'`);
      expect(empty).toEqual([{ open: 0, escalated: 0, closed: 0, unsolvable: 0 }]);
      await db.query('SET LOCAL ROLE qinshang_app');
      await expect(db.query('SELECT issues.recount_district_stats($1)', [[tenants[1]]])).rejects.toThrow(/permission denied/);
    } finally {
      await db.query('ROLLBACK');
    }
  });
});
