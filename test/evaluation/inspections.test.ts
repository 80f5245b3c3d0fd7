import { as, graphql, stackInfo, tokenFor } from '@qinshang/testkit';
import { appendAndProject, closePool, runId, TenantEvents } from './helpers';

/** Inspections, deductions citing ledger events, buck-passing, and tenant isolation (two tenants' data present). */
describe('inspections', () => {
  const run = runId();
  const [P, Q] = [`T${run}P`, `T${run}Q`];
  let returnsP: string[] = [];
  let eventOfQ = '';
  afterAll(() => closePool());

  const RECORD = `mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) {
    id districtId kind inspectedOn period officialIds deductionTotal recordedBy
    findings { summary officialId eventPosition deductions { points reason officialId period } }
    publicCriticism { title officialIds } } }`;

  beforeAll(async () => {
    const tenant = (id: string) =>
      new TenantEvents(id)
        .registered('COUNTY', '2037-01-01T00:00:00Z')
        .official(`${id}-1`, '2037-01-01T00:00:00Z')
        .pairing(`${id}-P`, `${id}-1`, `${id}-E`, '2037-01-01')
        // Returned twice without a reason (empty, then white space), once with one.
        .issue(`${id}-I1`, `${id}-1`, '2037-03-02T02:00:00.000Z', [
          ['issue.raised', '2037-03-02T02:00:00Z'],
          ['issue.assigned', '2037-03-02T03:00:00Z'],
          ['issue.returned', '2037-03-02T04:00:00Z', { reason: '' }],
          ['issue.assigned', '2037-03-02T05:00:00Z'],
          ['issue.returned', '2037-03-02T06:00:00Z', { reason: ' \u3000 ' }],
          ['issue.assigned', '2037-03-02T07:00:00Z'],
          ['issue.returned', '2037-03-02T08:00:00Z', { reason: '不属于本部门职责' }],
        ])
        // Returned once without a reason: not buck-passing.
        .issue(`${id}-I2`, `${id}-1`, '2037-03-03T02:00:00.000Z', [
          ['issue.raised', '2037-03-03T02:00:00Z'],
          ['issue.assigned', '2037-03-03T03:00:00Z'],
          ['issue.returned', '2037-03-03T04:00:00Z', { reason: null }],
        ]).events;
    const stored = await appendAndProject([...tenant(P), ...tenant(Q)]);
    returnsP = stored.filter((e) => e.districtId === P && e.type === 'issue.returned').map((e) => e.position);
    eventOfQ = stored.find((e) => e.districtId === Q)!.position;
  });

  it('suggests buck-passing (推诿扯皮) for a problem returned twice without a reason, citing both returns', async () => {
    const data = await as.inspector().ok<{ suggestedFindings: Array<{ kind: string; issueId: string; eventPositions: string[]; alreadyRecorded: boolean; summary: string }> }>(
      `query ($d: ID) { suggestedFindings(districtId: $d) { kind issueId ledgerNo officialId summary eventPositions alreadyRecorded } }`,
      { d: P },
    );
    expect(data.suggestedFindings).toEqual([
      expect.objectContaining({ kind: 'BUCK_PASSING', issueId: `${P}-I1`, eventPositions: returnsP.slice(0, 2), alreadyRecorded: false, summary: expect.stringContaining('推诿扯皮') }),
    ]);
  });

  it('records an inspection whose deduction cites a ledger event, with a public criticism notice, and counts it in the scorecard', async () => {
    const data = await as.inspector().ok<{ recordInspection: Record<string, unknown> }>(RECORD, {
      input: {
        districtId: P,
        kind: 'FOLLOW_UP',
        inspectedOn: '2037-03-20',
        officialIds: [`${P}-1`],
        findings: [
          { summary: '推诿扯皮: returned twice without a reason', officialId: `${P}-1`, eventPosition: returnsP[1], deductions: [{ points: 3, reason: '推诿扯皮' }] },
          { summary: 'Visit log up to date' },
        ],
        publicCriticism: { title: '关于推诿扯皮问题的通报', text: '通报批评', officialIds: [`${P}-1`] },
      },
    });
    expect(data.recordInspection).toMatchObject({
      districtId: P,
      kind: 'FOLLOW_UP',
      period: '2037-03',
      deductionTotal: 3,
      findings: [
        { officialId: `${P}-1`, eventPosition: returnsP[1], deductions: [{ points: 3, reason: '推诿扯皮', officialId: `${P}-1`, period: '2037-03' }] },
        { officialId: null, eventPosition: null, deductions: [] },
      ],
      publicCriticism: { title: '关于推诿扯皮问题的通报', officialIds: [`${P}-1`] },
    });
    const card = await as.city().ok<{ scorecards: Array<{ deductions: number }> }>(`query { scorecards(period: "2037-03", officialIds: ["${P}-1"]) { deductions } }`);
    expect(card.scorecards[0].deductions).toBe(3);
    const again = await as.inspector().ok<{ suggestedFindings: Array<{ alreadyRecorded: boolean }> }>(`query { suggestedFindings(districtId: "${P}") { alreadyRecorded } }`);
    expect(again.suggestedFindings).toEqual([{ alreadyRecorded: true }]);
  });

  it('refuses a cited event of another tenant, or none, exactly as a missing one, and writes nothing', async () => {
    for (const position of [eventOfQ, '999999999999']) {
      const response = await as.inspector().send(RECORD, {
        input: { districtId: P, kind: 'ANNOUNCED', inspectedOn: '2037-03-21', officialIds: [], findings: [{ summary: 'x', eventPosition: position, deductions: [{ points: 1, reason: 'x' }] }] },
      });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.findings.0.eventPosition' });
      expect(response.errors?.[0].message).toBe(`No event at position ${position} concerns tenant ${P}`);
    }
    const stranger = await as.inspector().send(RECORD, { input: { districtId: P, kind: 'ANNOUNCED', inspectedOn: '2037-03-21', officialIds: [`${Q}-1`], findings: [{ summary: 'x' }] } });
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.officialIds' });
    const list = await as.city().ok<{ inspections: { totalCount: number } }>(`query { inspections(filter: { districtId: "${P}", period: "2037-03" }) { totalCount } }`);
    expect(list.inspections.totalCount).toBe(1);
  });

  it('lets only inspectors and the city record, and shows a district office its own tenant’s inspections only', async () => {
    const forbidden = await as.district(P).send(RECORD, { input: { districtId: P, kind: 'ANNOUNCED', inspectedOn: '2037-03-21', officialIds: [], findings: [{ summary: 'x' }] } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await as.city().ok(RECORD, { input: { districtId: Q, kind: 'CENTRALISED', inspectedOn: '2037-03-22', officialIds: [`${Q}-1`], findings: [{ summary: 'Q finding' }] } });

    const LIST = `query ($f: InspectionFilter, $after: String) { inspections(filter: $f, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { districtId kind } } } }`;
    const city = await as.city().ok<{ inspections: { totalCount: number } }>(LIST, { f: { period: '2037-03' } });
    expect(city.inspections.totalCount).toBeGreaterThanOrEqual(2);
    const ownP = await as.district(P).ok<{ inspections: { totalCount: number; edges: Array<{ node: { districtId: string } }> } }>(LIST, { f: { period: '2037-03' } });
    expect(ownP.inspections.totalCount).toBe(1);
    expect(ownP.inspections.edges.map((e) => e.node.districtId)).toEqual([P]);
    const askForQ = await as.district(P).ok<{ inspections: { totalCount: number } }>(LIST, { f: { districtId: Q } });
    expect(askForQ.inspections.totalCount).toBe(0);
    const suggestions = await as.district(P).ok<{ suggestedFindings: Array<{ districtId: string }> }>(`query { suggestedFindings { districtId } }`);
    expect(new Set(suggestions.suggestedFindings.map((s) => s.districtId))).toEqual(new Set([P]));
    // Pages: two of Q's inspections, one at a time.
    await as.city().ok(RECORD, { input: { districtId: Q, kind: 'UNANNOUNCED', inspectedOn: '2037-03-23', officialIds: [], findings: [{ summary: 'Q again' }] } });
    const page1 = await as.district(Q).ok<{ inspections: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { kind: string } }> } }>(LIST, { f: {} });
    expect(page1.inspections).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { kind: 'UNANNOUNCED' } }] });
    const page2 = await as.district(Q).ok<{ inspections: { pageInfo: { hasNextPage: boolean }; edges: Array<{ node: { kind: string } }> } }>(LIST, { f: {}, after: page1.inspections.pageInfo.endCursor });
    expect(page2.inspections).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [{ node: { kind: 'CENTRALISED' } }] });
    // An official may not read inspections at all.
    const official = await graphql(stackInfo().gatewayUrl, `query { inspections { totalCount } }`, {}, await tokenFor({ role: 'OFFICIAL' as never, districtId: P, officialId: `${P}-1` }));
    expect(official.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
