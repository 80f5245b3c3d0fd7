import { Role } from '@qinshang/auth';
import { Actor, as, type Claims } from '@qinshang/testkit';

/**
 * A department's reach comes from its own record, never from the token's optional districtId:
 * every shape of DEPARTMENT token (none, its own, another tenant's) sees exactly the problems
 * assigned to it and the enterprises and tenants they concern, with a second tenant's data
 * present and a city bureau working in both tenants.
 */
const A = '610116';
const B = '610122';
const MEMBER = `${A}-D02`;
const BUREAU = '610100-D03';

const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }`;
const ASSIGN = `mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id department { id } } } }`;

async function assigned(district: string, enterpriseId: string, departmentId: string): Promise<string> {
  const office = as.district(district);
  const { raiseIssue } = await office.ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, {
    input: { enterpriseId, category: 'APPROVAL', title: '部门权限核查', description: '只应由被分派的部门看到' },
  });
  await office.ok(ASSIGN, { input: { issueId: raiseIssue.issue.id, departmentId, responsiblePerson: '孙八' } });
  return raiseIssue.issue.id;
}

function shapes(departmentId: string): Array<[string, Claims]> {
  const sub = `department:${departmentId}`;
  return [
    ['without districtId', { role: Role.DEPARTMENT, departmentId, sub }],
    ['with its own districtId', { role: Role.DEPARTMENT, departmentId, districtId: departmentId.startsWith('610100') ? A : departmentId.slice(0, 6), sub }],
    ['with another tenant’s districtId', { role: Role.DEPARTMENT, departmentId, districtId: B, sub }],
  ];
}

/** Polls a fact until it holds (the districts subgraph learns assignments from the event log). */
async function eventually<T>(read: () => Promise<T>, holds: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (holds(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const ENTERPRISES = `query($d: ID!) { district(id: $d) { id enterpriseCount enterprises(first: 200) { totalCount edges { node { id name creditCode } } } } }`;
type EnterprisesData = { district: { id: string; enterpriseCount: number; enterprises: { totalCount: number; edges: Array<{ node: { id: string; creditCode: string } }> } } | null };
const MY_ISSUES = `query($after: String) { issues(first: 200, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id enterprise { id } department { id } } } } }`;
type IssuesPage = { issues: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string; enterprise: { id: string }; department: { id: string } | null } }> } };

async function allIssues(actor: Actor) {
  const nodes: IssuesPage['issues']['edges'][number]['node'][] = [];
  let after: string | null = null;
  do {
    const page: IssuesPage = await actor.ok<IssuesPage>(MY_ISSUES, { after });
    nodes.push(...page.issues.edges.map((e) => e.node));
    after = page.issues.pageInfo.hasNextPage ? page.issues.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('a DEPARTMENT token of every shape', () => {
  let memberA: string; // assigned to A's member unit
  let otherA: string; // A's, assigned to another unit
  let bureauA: string; // A's, with the city bureau
  let bureauB: string; // B's, with the city bureau
  let tenantB: string; // B's, with B's own unit

  beforeAll(async () => {
    memberA = await assigned(A, `${A}-E0011`, MEMBER);
    otherA = await assigned(A, `${A}-E0012`, `${A}-D03`);
    bureauA = await assigned(A, `${A}-E0013`, BUREAU);
    bureauB = await assigned(B, `${B}-E0011`, BUREAU);
    tenantB = await assigned(B, `${B}-E0012`, `${B}-D02`);
  });

  describe.each(shapes(MEMBER))("a tenant's member unit, %s", (_shape, claims) => {
    const department = new Actor(claims);

    it('reads its own problems only, in its own tenant', async () => {
      const issues = await allIssues(department);
      const ids = issues.map((issue) => issue.id);
      expect(ids).toContain(memberA);
      for (const id of [otherA, bureauA, bureauB, tenantB]) expect(ids).not.toContain(id);
      expect(issues.every((issue) => issue.department?.id === MEMBER)).toBe(true);
      const peek = await department.send(`query($a: ID!, $b: ID!) { a: issue(id: $a) { id } b: issue(id: $b) { id } }`, { a: tenantB, b: otherA });
      expect(peek.data).toEqual({ a: null, b: null });
    });

    it('sees the enterprises its problems concern, not its tenant’s list, and nothing of the other tenant', async () => {
      const mine = new Set((await allIssues(department)).map((issue) => issue.enterprise.id));
      const data = await eventually(
        () => department.ok<EnterprisesData>(ENTERPRISES, { d: A }),
        (d) => Boolean(d.district?.enterprises.edges.some((e) => e.node.id === `${A}-E0011`)),
      );
      const listed = data.district!.enterprises.edges.map((e) => e.node.id);
      expect(listed).toContain(`${A}-E0011`);
      expect(listed).not.toContain(`${A}-E0012`);
      expect(listed.every((id) => mine.has(id))).toBe(true);
      const office = await as.district(A).ok<EnterprisesData>(ENTERPRISES, { d: A });
      expect(data.district!.enterpriseCount).toBeLessThan(office.district!.enterpriseCount);

      const other = await department.send(
        `query($b: ID!, $e: ID!) { district(id: $b) { id enterprises(first: 2) { edges { node { name creditCode } } } } enterprise(id: $e) { id creditCode }
           leadingGroup(id: $b) { id } department(id: "${B}-D01") { id } policiesFor(enterpriseId: $e) { id } }`,
        { b: B, e: `${B}-E0012` },
      );
      expect(other.data).toEqual({ district: null, enterprise: null, leadingGroup: null, department: null, policiesFor: null });
      const policies = await department.ok<{ policies: { edges: Array<{ node: { district: { id: string } | null } }> } }>(
        `{ policies(first: 200) { edges { node { district { id } } } } }`,
      );
      expect(policies.policies.edges.every((edge) => edge.node.district === null)).toBe(true);
    });
  });

  describe.each(shapes(BUREAU))('a city bureau, %s', (_shape, claims) => {
    const bureau = new Actor(claims);

    it('reads its own problems in every tenant, and the enterprises they concern only', async () => {
      const ids = (await allIssues(bureau)).map((issue) => issue.id);
      expect(ids).toEqual(expect.arrayContaining([bureauA, bureauB]));
      for (const id of [memberA, otherA, tenantB]) expect(ids).not.toContain(id);
      const data = await eventually(
        () => bureau.ok<EnterprisesData>(ENTERPRISES, { d: B }),
        (d) => Boolean(d.district?.enterprises.edges.some((e) => e.node.id === `${B}-E0011`)),
      );
      const listed = data.district!.enterprises.edges.map((e) => e.node.id);
      expect(listed).toContain(`${B}-E0011`);
      expect(listed).not.toContain(`${B}-E0012`);
      const own = await bureau.ok<{ department: { id: string } | null }>(`{ department(id: "${BUREAU}") { id } }`);
      expect(own.department).toEqual({ id: BUREAU });
    });
  });

  it('an unknown department sees no tenant, no enterprise and no problem', async () => {
    const stranger = new Actor({ role: Role.DEPARTMENT, departmentId: `${A}-D99`, districtId: A });
    const data = await stranger.ok<{ district: unknown; enterprise: unknown; issue: unknown; issues: { edges: unknown[] } }>(
      `query($d: ID!, $e: ID!, $i: ID!) { district(id: $d) { id } enterprise(id: $e) { id } issue(id: $i) { id } issues(first: 5) { edges { node { id } } } }`,
      { d: A, e: `${A}-E0011`, i: memberA },
    );
    expect(data).toEqual({ district: null, enterprise: null, issue: null, issues: { edges: [] } });
  });
});
