import { as, serviceLog } from '@qinshang/testkit';
import { appendAndProject, closePool, rules, runId, TenantEvents } from './helpers';

/**
 * A small month of events, appended here, and every figure worked out by hand (period 2025-03,
 * rules effective 2025-03: two visits a month, weights visits .3 report .1 response .2
 * resolution .2 satisfaction .2, minimum sample 2, category OTHER answered within 24 h and
 * solved within 10 days). The month is over, so every clock has run out.
 */
const PERIOD = '2025-03';

const RANKING_FIELDS = `districtId rank peerRank kind score visitCompliance reportRate responseRate resolutionRate satisfactionRate
  visits requiredVisits problemsDueAnswer answeredInTime problemsDue solvedByDue closuresRated closuresSatisfied overdue escalations deductions officials published rulesVersion`;

describe('scorecards and rankings, computed by hand', () => {
  const run = runId();
  const [A, B, C, D] = ['A', 'B', 'C', 'D'].map((x) => `T${run}${x}`);
  const id = (x: string) => `${run}-${x}`;
  let escalationPosition = '';

  beforeAll(async () => {
    const a = new TenantEvents(A)
      .registered('DISTRICT', '2025-01-01T00:00:00Z')
      .official(id('A1'), '2025-01-02T00:00:00Z')
      .official(id('A2'), '2025-01-02T00:00:00Z')
      .pairing(id('PA1'), id('A1'), id('E1'), '2025-01-01')
      .pairing(id('PA2'), id('A1'), id('E2'), '2025-03-20')
      .pairing(id('PA3'), id('A2'), id('E3'), '2025-01-01', '2025-02-27')
      .visits(id('A1'), id('E1'), ['2025-03-03', '2025-03-10', '2025-03-17'])
      .visits(id('A1'), id('E2'), ['2025-03-25'])
      .report(id('A1'), id('E1'), PERIOD, '2025-04-02T02:00:00Z', false)
      .report(id('A1'), id('E2'), PERIOD, '2025-04-07T02:00:00Z', true)
      // I1: answered in time, solved by its due date, closed satisfied.
      .issue(id('I1'), id('A1'), '2025-03-02T02:00:00.000Z', [
        ['issue.raised', '2025-03-02T02:00:00Z'],
        ['issue.accepted', '2025-03-02T10:00:00Z', { respondedAt: '2025-03-02T10:00:00Z', dueAt: '2025-03-12T02:00:00Z' }],
        ['issue.resolved', '2025-03-10T02:00:00Z', { resolvedAt: '2025-03-10T02:00:00Z' }],
        ['issue.closed', '2025-03-11T02:00:00Z', { satisfaction: 'SATISFIED' }],
      ])
      // I2: answered late, never solved (overdue at the month's end), escalated.
      .issue(id('I2'), id('A1'), '2025-03-05T02:00:00.000Z', [
        ['issue.raised', '2025-03-05T02:00:00Z'],
        ['issue.responded', '2025-03-07T02:00:00Z', { respondedAt: '2025-03-07T02:00:00Z', dueAt: '2025-03-15T02:00:00Z' }],
        ['issue.escalated', '2025-03-20T02:00:00Z', { level: 'DISTRICT' }],
      ])
      // I3: solved on the spot (due date from the rules: raised + 10 days), closed basically satisfied.
      .issue(id('I3'), id('A1'), '2025-03-08T02:00:00.000Z', [
        ['issue.raised', '2025-03-08T02:00:00Z'],
        ['issue.resolved_on_spot', '2025-03-08T02:00:00Z', { respondedAt: '2025-03-08T02:00:00Z', resolvedAt: '2025-03-08T02:00:00Z' }],
        ['issue.closed', '2025-03-09T02:00:00Z', { satisfaction: 'BASICALLY_SATISFIED' }],
      ])
      // I4: answered in time, solved in time, closed dissatisfied.
      .issue(id('I4'), id('A1'), '2025-03-10T02:00:00.000Z', [
        ['issue.raised', '2025-03-10T02:00:00Z'],
        ['issue.responded', '2025-03-10T12:00:00Z', { respondedAt: '2025-03-10T12:00:00Z' }],
        ['issue.resolved', '2025-03-12T02:00:00Z', { resolvedAt: '2025-03-12T02:00:00Z' }],
        ['issue.closed', '2025-03-13T02:00:00Z', { satisfaction: 'DISSATISFIED' }],
      ]);
    const b = new TenantEvents(B)
      .registered('DISTRICT', '2025-01-01T00:00:00Z')
      .official(id('B1'), '2025-01-02T00:00:00Z')
      .pairing(id('PB1'), id('B1'), id('E4'), '2025-02-01')
      .visits(id('B1'), id('E4'), ['2025-03-04', '2025-03-18'])
      .report(id('B1'), id('E4'), PERIOD, '2025-04-01T02:00:00Z', false)
      .issue(id('I5'), id('B1'), '2025-03-03T02:00:00.000Z', [
        ['issue.raised', '2025-03-03T02:00:00Z'],
        ['issue.accepted', '2025-03-03T05:00:00Z', { respondedAt: '2025-03-03T05:00:00Z', dueAt: '2025-03-13T02:00:00Z' }],
        ['issue.resolved', '2025-03-12T02:00:00Z', { resolvedAt: '2025-03-12T02:00:00Z' }],
        ['issue.closed', '2025-03-12T10:00:00Z', { satisfaction: 'SATISFIED' }],
      ]);
    const c = new TenantEvents(C)
      .registered('COUNTY', '2025-01-01T00:00:00Z')
      .official(id('C1'), '2025-01-02T00:00:00Z')
      .pairing(id('PC1'), id('C1'), id('E5'), '2025-01-01')
      .excused(id('C1'), id('E5'), PERIOD)
      .report(id('C1'), id('E5'), PERIOD, '2025-04-01T02:00:00Z', false);
    // D never says what kind of tenant it is: it ranks overall, not in a peer group.
    const d = new TenantEvents(D)
      .official(id('D1'), '2025-01-02T00:00:00Z')
      .pairing(id('PD1'), id('D1'), id('E6'), '2025-01-01')
      .visits(id('D1'), id('E6'), ['2025-03-05']);
    const stored = await appendAndProject([rules(2503, '2025-03'), ...a.events, ...b.events, ...c.events, ...d.events]);
    escalationPosition = stored.find((e) => e.type === 'issue.escalated')!.position;

    // An inspector deducts 2 points from A1, citing the escalation event.
    const inspection = await as.inspector().ok<{ recordInspection: { id: string } }>(
      `mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`,
      {
        input: {
          districtId: A,
          kind: 'UNANNOUNCED',
          inspectedOn: '2025-03-25',
          officialIds: [id('A1')],
          findings: [{ summary: 'Problem left unsolved past its due date', officialId: id('A1'), eventPosition: escalationPosition, deductions: [{ points: 2, reason: '问题逾期未解决' }] }],
        },
      },
    ).catch((error) => {
      throw new Error(`${error.message}\n${serviceLog('evaluation', 20)}`);
    });
    expect(inspection.recordInspection.id).toBeTruthy();
    // Wait until the consumer has also seen the inspection's events (it rewrites nothing).
    await appendAndProject([]);
  });
  afterAll(() => closePool());

  it("computes an official's scorecard", async () => {
    const data = await as.city().ok<{ scorecards: Array<Record<string, unknown>> }>(
      `query ($period: String!, $ids: [ID!]) { scorecards(period: $period, officialIds: $ids) {
          officialId districtId rulesVersion pairedEnterprises excusedEnterprises visits requiredVisits creditedVisits visitCompliance
          reportsExpected reportsOnTime reportsLate reportsMissing reportStatus reportRate problemsDueAnswer answeredInTime responseRate
          problemsDue solvedByDue resolutionRate closuresRated closuresSatisfied satisfactionRate overdue escalations deductions score } }`,
      { period: PERIOD, ids: [id('A1'), id('A2'), id('C1')] },
    );
    const [a1, a2, c1] = data.scorecards;
    expect(a1).toEqual({
      officialId: id('A1'),
      districtId: A,
      rulesVersion: 2503,
      pairedEnterprises: 2,
      excusedEnterprises: 0,
      visits: 4,
      requiredVisits: 4,
      creditedVisits: 4,
      visitCompliance: 1,
      reportsExpected: 2,
      reportsOnTime: 1,
      reportsLate: 1,
      reportsMissing: 0,
      reportStatus: 'LATE',
      reportRate: 0.75,
      problemsDueAnswer: 4,
      answeredInTime: 3,
      responseRate: 0.75,
      problemsDue: 4,
      solvedByDue: 3,
      resolutionRate: 0.75,
      closuresRated: 3,
      closuresSatisfied: 2,
      satisfactionRate: 0.66667,
      overdue: 1,
      escalations: 1,
      deductions: 2,
      // 100 x (.3 x 1 + .1 x .75 + .2 x .75 + .2 x .75 + .2 x .66667) - 2 = 78.8334
      score: 78.833,
    });
    // A2's only pairing ended in February: nothing was required of it in March.
    expect(a2).toMatchObject({ pairedEnterprises: 0, requiredVisits: 0, visitCompliance: null, reportStatus: 'NOT_REQUIRED', score: 0 });
    // C1's month is excused: no visit required, but the report is still due (and was on time).
    expect(c1).toMatchObject({ pairedEnterprises: 1, excusedEnterprises: 1, requiredVisits: 0, visitCompliance: null, reportStatus: 'ON_TIME', reportRate: 1 });
  });

  it('ranks the tenants, with the minimum sample and peer groups', async () => {
    const data = await as.city().ok<{ city: { rankings: Array<Record<string, unknown>> } }>(
      `query ($period: String!) { city { rankings(period: $period) { ${RANKING_FIELDS} } } }`,
      { period: PERIOD },
    );
    const all = data.city.rankings;
    // Ranks are 1..n in order, each once; peer ranks are 1..k within each kind.
    expect(all.map((r) => r.rank)).toEqual(all.map((_, i) => i + 1));
    const peers = new Map<string, number>();
    for (const r of all) {
      if (!r.kind) {
        expect(r.peerRank).toBeNull();
        continue;
      }
      peers.set(r.kind as string, (peers.get(r.kind as string) ?? 0) + 1);
      expect(r.peerRank).toBe(peers.get(r.kind as string));
    }
    const of = (districtId: string) => all.find((r) => r.districtId === districtId)!;
    expect(of(A)).toMatchObject({
      kind: 'DISTRICT',
      officials: 2,
      visits: 4,
      requiredVisits: 4,
      visitCompliance: 1,
      reportRate: 0.75,
      responseRate: 0.75,
      resolutionRate: 0.75,
      satisfactionRate: 0.66667,
      overdue: 1,
      escalations: 1,
      deductions: 2,
      score: 78.833,
      rulesVersion: 2503,
    });
    // B has one report, one problem, one closure: under the minimum sample of 2, those rates are
    // null and its score is its visit compliance alone (the weights of the others shared out).
    expect(of(B)).toMatchObject({ visitCompliance: 1, reportRate: null, responseRate: null, resolutionRate: null, satisfactionRate: null, score: 100 });
    // C: nothing required (excused), one report: nothing counts, score 0.
    expect(of(C)).toMatchObject({ kind: 'COUNTY', visitCompliance: null, reportRate: null, score: 0 });
    // D: one visit of two required.
    expect(of(D)).toMatchObject({ kind: null, peerRank: null, visitCompliance: 0.5, score: 50 });
    const order = [B, A, D, C].map((t) => of(t).rank as number);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(of(B).peerRank as number).toBeLessThan(of(A).peerRank as number);
  });

  it('answers the contract’s District.ranking for the month, and shows a district office its own line only', async () => {
    const query = `query ($period: String!) { city { rankings(period: $period) { districtId rank score } } }`;
    // Publishing freezes the month (it may already have been published on first request: the month is over).
    const published = await as.city().send(`mutation ($period: String!) { publishPeriod(period: $period) { period rulesVersion } }`, { period: PERIOD });
    if (published.errors) expect(published.errors[0].extensions?.code).toBe('CONFLICT');
    const own = await as.district(A).ok<{ city: { rankings: Array<{ districtId: string; score: number }> } }>(query, { period: PERIOD });
    expect(own.city.rankings).toEqual([expect.objectContaining({ districtId: A, score: 78.833 })]);
    const other = await as.district(A).ok<{ scorecards: unknown[] }>(`query ($ids: [ID!]) { scorecards(period: "${PERIOD}", officialIds: $ids) { officialId } }`, { ids: [id('B1'), id('A1')] });
    expect(other.scorecards).toEqual([{ officialId: id('A1') }]);
  });
});
