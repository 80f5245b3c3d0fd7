import { Pool } from 'pg';
import { as, stackInfo } from '@qinshang/testkit';
import { generateHistory } from '../../services/evaluation/src/seed/synthetic/history';
import { append, appendAndProject, closePool, projected, rules, runId, TenantEvents } from './helpers';

/** The projection tables (rules versions are checked through the figures they give). */
const TABLES = ['tenant', 'official', 'pairing', 'official_month', 'excuse', 'report', 'issue', 'closure', 'escalation', 'issue_return', 'inspection', 'finding', 'deduction'];

async function snapshot(admin: Pool, districtIds: string[]): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const { rows } = await admin.query(`SELECT to_jsonb(t) AS row FROM evaluation.${table} t WHERE district_id = ANY($1) ORDER BY to_jsonb(t)::text`, [districtIds]);
    result[table] = rows.map((r) => r.row);
  }
  return result;
}

const SCORECARD = `officialId visits requiredVisits visitCompliance reportRate responseRate resolutionRate satisfactionRate overdue escalations deductions score rulesVersion published`;

describe('rebuilding the projections', () => {
  let admin: Pool;
  beforeAll(() => {
    admin = new Pool({ connectionString: stackInfo().adminDatabaseUrl, max: 2 });
  });
  afterAll(async () => {
    await admin.end();
    await closePool();
  });

  it('gives exactly what was maintained incrementally, over a 12-month generated history', async () => {
    const history = generateHistory({ prefix: `R${runId()}`, tenants: 4, officialsPerTenant: 6, from: '2040-01', months: 12, rulesVersion: 4001, seed: 7 });
    // Appended in uneven slices, so the consumer applies it in batches that start anywhere.
    let last = '0';
    for (let i = 0; i < history.events.length; ) {
      const size = 37 + ((i * 7) % 400);
      const stored = await append(history.events.slice(i, i + size));
      last = stored[stored.length - 1].position;
      i += size;
    }
    await projected(last);
    const before = await snapshot(admin, history.districtIds);
    expect(before.issue.length).toBeGreaterThan(100);
    expect(before.issue_return.length).toBeGreaterThan(0);
    expect(before.deduction.length).toBe(4);
    const cards = (period: string) =>
      as.city().ok<{ scorecards: unknown[] }>(`query ($p: String!, $ids: [ID!]) { scorecards(period: $p, officialIds: $ids) { ${SCORECARD} } }`, { p: period, ids: history.officialIds });
    const figuresBefore = await Promise.all(['2040-01', '2040-06', '2040-12'].map(cards));

    const rebuilt = await as.city().ok<{ rebuildProjections: { events: number; position: string } }>(`mutation { rebuildProjections { events position ms } }`);
    expect(rebuilt.rebuildProjections.events).toBeGreaterThanOrEqual(history.events.length);
    expect(BigInt(rebuilt.rebuildProjections.position)).toBeGreaterThanOrEqual(BigInt(last));

    expect(await snapshot(admin, history.districtIds)).toEqual(before);
    expect(await Promise.all(['2040-01', '2040-06', '2040-12'].map(cards))).toEqual(figuresBefore);
  });

  it('is refused to anyone but the city office', async () => {
    const response = await as.inspector().send(`mutation { rebuildProjections { events } }`);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('leaves a published month unchanged when the weights change later, even re-weighting that month', async () => {
    const run = runId();
    const [X, Y] = [`T${run}X`, `T${run}Y`];
    const month = '2036-04';
    const x = new TenantEvents(X)
      .registered('NEW_AREA', '2036-01-01T00:00:00Z')
      .official(`${X}-1`, '2036-01-01T00:00:00Z')
      .pairing(`${X}-P1`, `${X}-1`, `${X}-E1`, '2036-01-01')
      .visits(`${X}-1`, `${X}-E1`, ['2036-04-02', '2036-04-20'])
      .issue(`${X}-I1`, `${X}-1`, '2036-04-02T02:00:00.000Z', [
        ['issue.raised', '2036-04-02T02:00:00Z'],
        ['issue.responded', '2036-04-04T02:00:00Z', { respondedAt: '2036-04-04T02:00:00Z' }],
      ]);
    const y = new TenantEvents(Y)
      .registered('NEW_AREA', '2036-01-01T00:00:00Z')
      .official(`${Y}-1`, '2036-01-01T00:00:00Z')
      .pairing(`${Y}-P1`, `${Y}-1`, `${Y}-E1`, '2036-01-01')
      .visits(`${Y}-1`, `${Y}-E1`, ['2036-04-02'])
      .issue(`${Y}-I1`, `${Y}-1`, '2036-04-02T02:00:00.000Z', [
        ['issue.raised', '2036-04-02T02:00:00Z'],
        ['issue.responded', '2036-04-02T05:00:00Z', { respondedAt: '2036-04-02T05:00:00Z' }],
      ]);
    await appendAndProject([rules(3604, '2036-04', { minimumSample: 1 }), ...x.events, ...y.events]);

    const read = () =>
      as.city().ok<{ city: { rankings: Array<{ districtId: string; rank: number; score: number; rulesVersion: number; published: boolean }> }; scorecards: unknown[] }>(
        `query ($p: String!, $ids: [ID!]) { city { rankings(period: $p) { districtId rank score rulesVersion published } } scorecards(period: $p, officialIds: $ids) { ${SCORECARD} } }`,
        { p: month, ids: [`${X}-1`, `${Y}-1`] },
      );
    const live = await read();
    const mine = (r: Awaited<ReturnType<typeof read>>) => r.city.rankings.filter((l) => l.districtId === X || l.districtId === Y);
    // The problems are not yet due to be solved (April 2036 is ahead), so resolution does not count;
    // the one report due is missing (0) and counts with a minimum sample of 1.
    // X: visits 1, report 0, response 0 (answered late): .3 / .6 = 50. Y: visits .5, report 0, response 1: (.15 + .2) / .6 = 58.333.
    expect(mine(live)).toEqual([
      expect.objectContaining({ districtId: Y, score: 58.333, rulesVersion: 3604, published: false }),
      expect.objectContaining({ districtId: X, score: 50, rulesVersion: 3604, published: false }),
    ]);
    await as.city().ok(`mutation ($p: String!) { publishPeriod(period: $p) { period rulesVersion } }`, { p: month });
    const published = await read();
    expect(mine(published).map((l) => l.published)).toEqual([true, true]);
    // Publishing is audited in the log, with who did it.
    const audit = await admin.query(`SELECT actor, actor_role, payload FROM eventlog.event WHERE type = 'period.published' AND stream_id = $1`, [month]);
    expect(audit.rows).toEqual([expect.objectContaining({ actor_role: 'CITY_ADMIN', payload: expect.objectContaining({ period: month, automatic: false }) })]);

    // New weights from a later month, and a version that pretends to re-weight the published month.
    await appendAndProject([
      rules(3605, '2036-05', { minimumSample: 1, weights: { visits: 0.9, report: 0, response: 0.1, resolution: 0, satisfaction: 0 } }),
      rules(3606, '2036-04', { minimumSample: 1, weights: { visits: 0.1, report: 0, response: 0.9, resolution: 0, satisfaction: 0 } }),
    ]);
    await as.city().ok(`mutation { rebuildProjections { events } }`);
    expect(await read()).toEqual(published);
    const again = await as.city().send(`mutation ($p: String!) { publishPeriod(period: $p) { period } }`, { p: month });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    // An unpublished month does follow the new rules (3605 is in force from May).
    const may = await as.city().ok<{ scorecards: Array<{ rulesVersion: number }> }>(`query ($ids: [ID!]) { scorecards(period: "2036-05", officialIds: $ids) { rulesVersion } }`, {
      ids: [`${X}-1`],
    });
    expect(may.scorecards[0].rulesVersion).toBe(3605);
  });
});
