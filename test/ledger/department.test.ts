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
});
