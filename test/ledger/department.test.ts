import { actors, RAISE } from './helpers';

/** A department works from its own list: what is assigned to it, and nothing else. */
describe("a department's assignments", () => {
  const district = '610114';

  it('lists the problems assigned to the department, through the city-owned Department', async () => {
    const office = actors.office(district);
    const raise = async (enterpriseId: string) =>
      (
        await office.ok<{ raiseIssue: { issue: { id: string; ledgerNo: string } } }>(RAISE, {
          input: { enterpriseId, category: 'ENVIRONMENT', title: '环保督察停产整改', description: '整改验收迟迟未安排' },
        })
      ).raiseIssue.issue;
    const mine = await raise(`${district}-E0002`);
    const theirs = await raise(`${district}-E0003`);
    const assign = (issueId: string, departmentId: string) =>
      office.ok(`mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id } } }`, {
        input: { issueId, departmentId, responsiblePerson: '钱七' },
      });
    await assign(mine.id, `${district}-D03`);
    await assign(theirs.id, `${district}-D04`);

    // The generated history has closed problems of these departments too: ask for the open assignments.
    const QUERY = `query($id: ID!) { department(id: $id) { id name assignedIssues(first: 200, filter: { status: [ASSIGNED] }) { totalCount edges { node { id ledgerNo status department { id } } } } } }`;
    const dept = actors.department(district, `${district}-D03`);
    const data = await dept.ok<{ department: { name: string; assignedIssues: { totalCount: number; edges: Array<{ node: { id: string; status: string; department: { id: string } } }> } } }>(QUERY, {
      id: `${district}-D03`,
    });
    const ids = data.department.assignedIssues.edges.map((edge) => edge.node.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(data.department.assignedIssues.edges.every((edge) => edge.node.status === 'ASSIGNED' && edge.node.department.id === `${district}-D03`)).toBe(true);

    // The office sees every department's list; another department's list is refused to this one.
    const officeView = await office.ok<{ department: { assignedIssues: { edges: Array<{ node: { id: string } }> } } }>(QUERY, { id: `${district}-D04` });
    expect(officeView.department.assignedIssues.edges.map((edge) => edge.node.id)).toContain(theirs.id);
    const peek = await dept.send(QUERY, { id: `${district}-D04` });
    expect(JSON.stringify(peek)).not.toContain(theirs.id);
  });

  it('lists them by what falls due first, in the query, page after page', async () => {
    // A district and department no other test assigns to (a platform reused for another run keeps the earlier four).
    const [tenant, departmentId] = ['610115', '610115-D07'];
    const office = actors.office(tenant);
    const day = 86_400_000;
    const raiseAndAssign = async (title: string, dueInDays: number) => {
      const { raiseIssue } = await office.ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, {
        input: { enterpriseId: `${tenant}-E0004`, category: 'APPROVAL', title, description: '排序测试' },
      });
      await office.ok(`mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id } } }`, {
        input: { issueId: raiseIssue.issue.id, departmentId, responsiblePerson: '孙八', dueAt: new Date(Date.now() + dueInDays * day).toISOString() },
      });
      return raiseIssue.issue.id;
    };
    // Their response clocks (a few working days) run out in the order assigned; two are due sooner still.
    const a = await raiseAndAssign('排序 甲', 30);
    const b = await raiseAndAssign('排序 乙', 1);
    const c = await raiseAndAssign('排序 丙', 30);
    const d = await raiseAndAssign('排序 丁', 2);

    const PAGE = `query($id: ID!, $after: String, $order: IssueOrder) { department(id: $id) {
      assignedIssues(first: 1, after: $after, orderBy: $order, filter: { status: [ASSIGNED, ACCEPTED, IN_PROGRESS, REOPENED] }) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id dueAt stageDueAt responseDueAt respondedAt } } } } }`;
    type Node = { id: string; dueAt: string | null; stageDueAt: string | null; responseDueAt: string | null; respondedAt: string | null };
    type Page = { department: { assignedIssues: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Node }> } } };
    const dept = actors.department(tenant, departmentId);
    const walk = async (order: string) => {
      const nodes: Node[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = await dept.ok<Page>(PAGE, { id: departmentId, after, order });
        nodes.push(...page.department.assignedIssues.edges.map((edge) => edge.node));
        if (!page.department.assignedIssues.pageInfo.hasNextPage) return nodes;
        after = page.department.assignedIssues.pageInfo.endCursor;
      }
    };
    const ours = (nodes: Node[]) => nodes.map((node) => node.id).filter((id) => [a, b, c, d].includes(id));
    const byDue = await walk('DUE_FIRST');
    expect(ours(byDue)).toEqual([b, d, a, c]);
    const nextDue = (node: Node) => Math.min(...[node.stageDueAt, node.dueAt, node.respondedAt ? null : node.responseDueAt].filter((v): v is string => Boolean(v)).map(Date.parse));
    expect(byDue.map(nextDue)).toEqual([...byDue.map(nextDue)].sort((x, y) => x - y));
    // The default is still the ledger's order, newest first.
    expect(ours(await walk('NEWEST_FIRST'))).toEqual([d, c, b, a]);

    const forged = await dept.send(PAGE, { id: departmentId, after: Buffer.from('v1:tomorrow|x').toString('base64url'), order: 'DUE_FIRST' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
