import { randomUUID } from 'node:crypto';
import { Role } from '@qinshang/auth';
import { Actor, as } from '@qinshang/testkit';
import { pairedOfficial } from './helpers';

/**
 * Issue 19 items 7 and 11: the paths that always failed, repeated submissions, concurrent writers
 * without expectedVersion, and FORBIDDEN before any state is read. Tenant GW, whose problems no
 * other suite touches, with a second tenant (GX) present.
 */
const T = 'GW';
const office = as.district(T);
const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id ledgerNo version } } }`;
type Raised = { raiseIssue: { issue: { id: string; ledgerNo: string; version: number } } };
const raiseInput = (n: number, over: Record<string, unknown> = {}) => ({
  input: { enterpriseId: `${T}-E00${String(10 + n).padStart(2, '0')}`, category: 'FINANCING', title: `重复提交 ${n}`, description: '网络不好, 重复点了提交', ...over },
});
const ESCALATE = `mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { issue { id status level } escalation { id level } } }`;

describe('broken paths, repeated submissions and concurrent writers', () => {
  it('shows the outcome ESCALATED of an escalation passed up to the city', async () => {
    const { raiseIssue } = await office.ok<Raised>(RAISE, raiseInput(1));
    await office.ok(ESCALATE, { input: { issueId: raiseIssue.issue.id, reason: '区级难以协调' } });
    await office.ok(ESCALATE, { input: { issueId: raiseIssue.issue.id, reason: '需市级统筹' } });
    const data = await as.city().ok<{ issue: { escalations: Array<{ level: string; status: string; outcome: string | null }> } }>(
      `query($id: ID!) { issue(id: $id) { escalations { level status outcome } } }`,
      { id: raiseIssue.issue.id },
    );
    expect(data.issue.escalations).toEqual(
      expect.arrayContaining([
        { level: 'DISTRICT', status: 'DECIDED', outcome: 'ESCALATED' },
        { level: 'CITY', status: 'OPEN', outcome: null },
      ]),
    );
    // Not a decision anyone can send.
    const escalations = await as.city().ok<{ escalations: { edges: Array<{ node: { id: string; issue: { id: string } } }> } }>(
      `{ escalations(first: 200, filter: { level: CITY, status: OPEN, districtId: "${T}" }) { edges { node { id issue { id } } } } }`,
    );
    const open = escalations.escalations.edges.find((edge) => edge.node.issue.id === raiseIssue.issue.id)!;
    const refused = await as.city().send(
      `mutation($input: DecideEscalationInput!) { decideEscalation(input: $input) { issue { id } } }`,
      { input: { escalationId: open.node.id, decision: '再上报', instructions: '-', outcome: 'ESCALATED' } },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcome' });
  });

  it('lets a district office create and escalate a systemic problem of its own tenant', async () => {
    const ids = await Promise.all([2, 3].map(async (n) => (await office.ok<Raised>(RAISE, raiseInput(n))).raiseIssue.issue.id));
    const created = await office.ok<{ createSystemicIssue: { id: string; issues: Array<{ id: string }> } }>(
      `mutation($input: CreateSystemicIssueInput!) { createSystemicIssue(input: $input) { id issues { id } } }`,
      { input: { title: '融资难共性问题', description: '多家企业反映', issueIds: ids } },
    );
    expect(created.createSystemicIssue.issues.map((issue) => issue.id).sort()).toEqual([...ids].sort());
    const escalated = await office.ok<{ escalateSystemicIssue: { status: string; issues: Array<{ status: string; level: string }> } }>(
      `mutation($input: EscalateSystemicIssueInput!) { escalateSystemicIssue(input: $input) { status issues { status level } } }`,
      { input: { systemicIssueId: created.createSystemicIssue.id, reason: '系统性问题, 请求区领导小组研究' } },
    );
    expect(escalated.escalateSystemicIssue.status).toBe('ESCALATED');
    expect(escalated.escalateSystemicIssue.issues.every((issue) => issue.status === 'ESCALATED' && issue.level === 'DISTRICT')).toBe(true);
    // Another tenant sees nothing of it.
    const other = await as.district('GX').ok<{ systemicIssue: unknown }>(`query($id: ID!) { systemicIssue(id: $id) { id } }`, { id: created.createSystemicIssue.id });
    expect(other.systemicIssue).toBeNull();
  });

  it('files one problem for a submission sent five times at once with one idempotency key, and a new one for a new key', async () => {
    const key = randomUUID();
    const count = async () => (await office.ok<{ issues: { totalCount: number } }>(`{ issues(first: 1, filter: { districtId: "${T}" }) { totalCount } }`)).issues.totalCount;
    const before = await count();
    const answers = await Promise.all(Array.from({ length: 5 }, () => office.ok<Raised>(RAISE, raiseInput(4, { idempotencyKey: key }))));
    const ids = new Set(answers.map((answer) => answer.raiseIssue.issue.id));
    expect(ids.size).toBe(1);
    expect(new Set(answers.map((answer) => answer.raiseIssue.issue.ledgerNo)).size).toBe(1);
    expect(await count()).toBe(before + 1);
    // Later, the same retry: the same problem.
    expect((await office.ok<Raised>(RAISE, raiseInput(4, { idempotencyKey: key }))).raiseIssue.issue.id).toBe([...ids][0]);
    // The key is the caller's own: another caller using it files its own problem.
    const city = await as.city().ok<Raised>(RAISE, raiseInput(4, { idempotencyKey: key }));
    expect(city.raiseIssue.issue.id).not.toBe([...ids][0]);
    // Reused for a different submission: refused, nothing filed.
    const reused = await office.send(RAISE, raiseInput(5, { idempotencyKey: key }));
    expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', field: 'input.idempotencyKey' });
    expect(await count()).toBe(before + 2);
  });

  it('records one visit and one inspection for a submission sent three times at once with one key', async () => {
    const enterpriseId = `${T}-E0021`;
    const officialId = await pairedOfficial(T, enterpriseId);
    const official = new Actor({ role: Role.OFFICIAL, districtId: T, officialId });
    const visitKey = randomUUID();
    const VISIT = `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id } } }`;
    const visits = await Promise.all(
      [1, 2, 3].map(() => official.ok<{ recordVisit: { visit: { id: string } } }>(VISIT, { input: { enterpriseId, visitedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10), mode: 'VISIT', summary: '走访了解融资情况', idempotencyKey: visitKey } })),
    );
    expect(new Set(visits.map((v) => v.recordVisit.visit.id)).size).toBe(1);

    const inspectionKey = randomUUID();
    const INSPECT = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`;
    const input = { districtId: T, kind: 'CENTRALISED', inspectedOn: '2016-09-20', officialIds: [officialId], findings: [{ summary: '台账齐全' }], idempotencyKey: inspectionKey };
    const inspections = await Promise.all([1, 2, 3].map(() => as.inspector().ok<{ recordInspection: { id: string } }>(INSPECT, { input })));
    expect(new Set(inspections.map((i) => i.recordInspection.id)).size).toBe(1);
    const listed = await as.inspector().ok<{ inspections: { edges: Array<{ node: { id: string } }> } }>(
      `{ inspections(first: 200, filter: { districtId: "${T}" }) { edges { node { id } } } }`,
    );
    expect(listed.inspections.edges.filter((edge) => edge.node.id === inspections[0].recordInspection.id)).toHaveLength(1);
  });

  it('takes every one of 20 concurrent responses without expectedVersion, and still refuses a real conflict', async () => {
    const { raiseIssue } = await office.ok<Raised>(RAISE, raiseInput(6));
    const RESPOND = `mutation($input: RespondToIssueInput!) { respondToIssue(input: $input) { issue { version } } }`;
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => office.send(RESPOND, { input: { issueId: raiseIssue.issue.id, message: `回复 ${i}` } })));
    expect(answers.filter((answer) => answer.errors?.length).map((answer) => answer.errors![0].extensions?.code)).toEqual([]);
    const data = await office.ok<{ issue: { version: number; history: Array<{ type: string }> } }>(`query($id: ID!) { issue(id: $id) { version history { type } } }`, { id: raiseIssue.issue.id });
    expect(data.issue.version).toBe(raiseIssue.issue.version + 20);
    expect(data.issue.history.filter((event) => event.type === 'issue.responded')).toHaveLength(20);

    // Two escalations at once: the first wins; the second, now ESCALATED at district level,
    // is still valid (to the city) and goes there: no spurious CONFLICT, and never a third level.
    const twice = await Promise.all([1, 2, 3].map((i) => office.send(ESCALATE, { input: { issueId: raiseIssue.issue.id, reason: `并发上报 ${i}` } })));
    const codes = twice.map((answer) => answer.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK', 'OK']);
  });

  it('answers FORBIDDEN to a role that may not act, whatever the problem’s state or existence', async () => {
    const { raiseIssue } = await office.ok<Raised>(RAISE, raiseInput(7));
    const enterprise = new Actor({ role: Role.ENTERPRISE, districtId: T, enterpriseId: `${T}-E0017` });
    const ACCEPT = `mutation($input: IssueActionInput!) { acceptIssue(input: $input) { issue { id } } }`;
    for (const issueId of [raiseIssue.issue.id, randomUUID(), '00000000-0000-4000-8000-000000000000']) {
      const answer = await enterprise.send(ACCEPT, { input: { issueId } });
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const decide = await enterprise.send(`mutation($input: DecideEscalationInput!) { decideEscalation(input: $input) { issue { id } } }`, {
      input: { escalationId: randomUUID(), decision: 'x', instructions: 'y', outcome: 'RESOLVED' },
    });
    expect(decide.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
