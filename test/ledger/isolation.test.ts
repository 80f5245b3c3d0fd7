import { Role } from '@qinshang/auth';
import { as, graphql, stackInfo, tokenFor } from '@qinshang/testkit';
import { actors, pairedOfficial, RAISE } from './helpers';

/**
 * Tenant isolation for every ledger query and mutation, with a second tenant's problems present:
 * another tenant's problem is exactly as absent as a missing one (null, left out, NOT_FOUND).
 */
describe('the ledger keeps tenants apart', () => {
  const home = '610104';
  const other = '610122';
  let homeIssue: { id: string; ledgerNo: string };
  let otherIssue: { id: string; ledgerNo: string };
  let homeEscalation: string;

  beforeAll(async () => {
    const raise = async (district: string, enterpriseId: string) =>
      (
        await actors.office(district).ok<{ raiseIssue: { issue: { id: string; ledgerNo: string } } }>(RAISE, {
          input: { enterpriseId, category: 'POLICY', title: '政策兑现', description: '奖补资金未到位' },
        })
      ).raiseIssue.issue;
    homeIssue = await raise(home, `${home}-E0004`);
    otherIssue = await raise(other, `${other}-E0004`);
    const escalated = await actors.office(home).ok<{ escalateIssue: { escalation: { id: string } } }>(
      `mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { escalation { id } } }`,
      { input: { issueId: homeIssue.id, reason: '需区领导小组协调' } },
    );
    homeEscalation = escalated.escalateIssue.escalation.id;
    await actors.office(other).ok(`mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { escalation { id } } }`, {
      input: { issueId: otherIssue.id, reason: '需县领导小组协调' },
    });
  });

  const intruder = () => actors.office(other);

  it('answers a lookup of another tenant’s problem with null, by id and by ledger number', async () => {
    const data = await intruder().ok<{ issue: unknown; issueByLedgerNo: unknown }>(
      'query($id: ID!, $no: String!) { issue(id: $id) { id } issueByLedgerNo(ledgerNo: $no) { id } }',
      { id: homeIssue.id, no: homeIssue.ledgerNo },
    );
    expect(data).toEqual({ issue: null, issueByLedgerNo: null });
    const own = await intruder().ok<{ issue: { id: string } }>('query($id: ID!) { issue(id: $id) { id } }', { id: otherIssue.id });
    expect(own.issue.id).toBe(otherIssue.id);
  });

  it('leaves another tenant’s problems and escalations out of every list and count', async () => {
    const data = await intruder().ok<{ issues: { edges: Array<{ node: { districtId: string } }> }; escalations: { edges: Array<{ node: { districtId: string; id: string } }> } }>(
      `{ issues(first: 200) { edges { node { districtId } } } escalations(first: 200) { edges { node { id districtId } } } }`,
    );
    expect(data.issues.edges.length).toBeGreaterThan(0);
    expect(data.issues.edges.every((e) => e.node.districtId === other)).toBe(true);
    expect(data.escalations.edges.every((e) => e.node.districtId === other)).toBe(true);
    expect(data.escalations.edges.map((e) => e.node.id)).not.toContain(homeEscalation);
    const filtered = await intruder().ok<{ issues: { totalCount: number } }>(`query($d: ID!) { issues(filter: { districtId: $d }) { totalCount } }`, { d: home });
    expect(filtered.issues.totalCount).toBe(0);
    const stats = await intruder().ok<{ district: unknown }>(`query($d: ID!) { district(id: $d) { issueStats { open } } }`, { d: home });
    expect(stats.district).toBeNull();
  });

  it('refuses every mutation on another tenant’s problem with NOT_FOUND, and changes nothing', async () => {
    const attempts: Array<[string, string, Record<string, unknown>]> = [
      ['assignIssue', 'AssignIssueInput', { issueId: homeIssue.id, departmentId: `${home}-D01`, responsiblePerson: 'x' }],
      ['respondToIssue', 'RespondToIssueInput', { issueId: homeIssue.id, message: 'x' }],
      ['escalateIssue', 'EscalateIssueInput', { issueId: homeIssue.id, reason: 'x' }],
      ['declareIssueUnsolvable', 'ReasonedActionInput', { issueId: homeIssue.id, reason: 'x' }],
      ['resolveIssueOnSpot', 'ResolveIssueInput', { issueId: homeIssue.id, resolution: 'x' }],
      ['reopenIssue', 'ReasonedActionInput', { issueId: homeIssue.id, reason: 'x' }],
    ];
    for (const [mutation, type, input] of attempts) {
      const response = await intruder().send(`mutation($input: ${type}!) { ${mutation}(input: $input) { issue { id } } }`, { input });
      expect([mutation, response.errors?.[0]?.extensions?.code]).toEqual([mutation, 'NOT_FOUND']);
    }
    const decide = await intruder().send(
      `mutation($input: DecideEscalationInput!) { decideEscalation(input: $input) { issue { id } } }`,
      { input: { escalationId: homeEscalation, decision: 'x', instructions: 'x', outcome: 'BACK_TO_OFFICE' } },
    );
    expect(decide.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const raise = await intruder().send(RAISE, { input: { enterpriseId: `${home}-E0005`, category: 'LAND', title: '越权', description: '越权' } });
    expect(raise.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { issue } = await as.city().ok<{ issue: { version: number; status: string } }>('query($id: ID!) { issue(id: $id) { version status } }', { id: homeIssue.id });
    expect(issue).toEqual({ version: 2, status: 'ESCALATED' });
  });

  it('confines an official to its paired enterprises, an enterprise to itself, a department to its assignments', async () => {
    const enterpriseId = `${home}-E0004`;
    const officialId = await pairedOfficial(home, enterpriseId);
    const official = actors.official(home, officialId);
    const seen = await official.ok<{ issue: { id: string } | null }>('query($id: ID!) { issue(id: $id) { id } }', { id: homeIssue.id });
    expect(seen.issue?.id).toBe(homeIssue.id);
    const stranger = actors.official(home, await pairedOfficial(home, `${home}-E0005`));
    expect((await stranger.ok<{ issue: unknown }>('query($id: ID!) { issue(id: $id) { id } }', { id: homeIssue.id })).issue).toBeNull();
    const wrongRaise = await stranger.send(RAISE, { input: { enterpriseId, category: 'LAND', title: '代报', description: '非结对企业' } });
    expect(wrongRaise.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect((await actors.enterprise(home, `${home}-E0005`).ok<{ issue: unknown }>('query($id: ID!) { issue(id: $id) { id } }', { id: homeIssue.id })).issue).toBeNull();
    expect((await actors.enterprise(home, enterpriseId).ok<{ issue: { id: string } }>('query($id: ID!) { issue(id: $id) { id } }', { id: homeIssue.id })).issue.id).toBe(homeIssue.id);
    expect((await actors.department(home, `${home}-D01`).ok<{ issue: unknown }>('query($id: ID!) { issue(id: $id) { id } }', { id: homeIssue.id })).issue).toBeNull();
  });

  it('lets an inspector read every tenant and change nothing', async () => {
    const inspector = as.inspector();
    const data = await inspector.ok<{ a: { id: string }; b: { id: string } }>('query($a: ID!, $b: ID!) { a: issue(id: $a) { id } b: issue(id: $b) { id } }', {
      a: homeIssue.id,
      b: otherIssue.id,
    });
    expect([data.a.id, data.b.id]).toEqual([homeIssue.id, otherIssue.id]);
    const write = await inspector.send(`mutation($input: RespondToIssueInput!) { respondToIssue(input: $input) { issue { id } } }`, {
      input: { issueId: homeIssue.id, message: '督查意见' },
    });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resolves another tenant’s Issue and Escalation keys to null directly at the subgraph', async () => {
    const token = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: other });
    const response = await graphql<{ _entities: unknown[] }>(
      stackInfo().subgraphUrls.issues,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Issue { id } ... on Escalation { id } } }',
      { r: [{ __typename: 'Issue', id: homeIssue.id }, { __typename: 'Escalation', id: homeEscalation }, { __typename: 'Issue', id: otherIssue.id }] },
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([null, null, { id: otherIssue.id }]);
  });

  it('refuses the subgraph to a caller without a token', async () => {
    const response = await graphql(stackInfo().subgraphUrls.issues, '{ issues { totalCount } }');
    expect(response.status).toBe(401);
  });
});
