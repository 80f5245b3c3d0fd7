import { randomUUID } from 'node:crypto';
import { actorFor, eventually, lastPositionOf, office, routedPast, withAdmin } from './helpers';

/**
 * Issue 13: the responsible person (责任人) an assignment names is told as an account of their own,
 * beside the department's account: a department's staff accounts (DEPARTMENT, `staff`, made by
 * the tenant's office) hear of the problems that name them, and of no other. Tenant XX.
 */
const T = 'XX';
const DEPARTMENT = `${T}-D02`;
const run = randomUUID().slice(0, 6);
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id staff displayName } } }`;

async function account(username: string, displayName: string, staff: boolean) {
  const data = await office(T).ok<{ createAccount: { account: { id: string; staff: boolean } } }>(CREATE, {
    input: { username, displayName, role: 'DEPARTMENT', districtId: T, departmentId: DEPARTMENT, staff },
  });
  expect(data.createAccount.account.staff).toBe(staff);
  const accountId = data.createAccount.account.id;
  await eventually(() => withAdmin(async (c) => (await c.query('SELECT 1 FROM notifications.account WHERE account_id = $1', [accountId])).rowCount === 1), `the notifier to know ${username}`, 60_000);
  return actorFor({ accountId, role: 'DEPARTMENT', districtId: T, departmentId: DEPARTMENT } as never);
}

const assignedAbout = async (actor: ReturnType<typeof actorFor>, issueId: string) =>
  (await actor.ok<{ notifications: { edges: Array<{ node: { kind: string; issue: { id: string } | null } }> } }>('{ notifications(first: 50) { edges { node { kind issue { id } } } } }')).notifications.edges.filter(
    (edge) => edge.node.kind === 'ASSIGNED' && edge.node.issue?.id === issueId,
  ).length;

describe('the responsible person named in an assignment', () => {
  jest.setTimeout(180_000);

  it('is told as an account beside the department, and another person of the department is not', async () => {
    const wang = `王强${run}`;
    const unit = await account(`dept-${run}`, '区住建局', false);
    const named = await account(`wang-${run}`, wang, true);
    const other = await account(`li-${run}`, `李四${run}`, true);

    const raised = await office(T).ok<{ raiseIssue: { issue: { id: string } } }>(`mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }`, {
      input: { enterpriseId: `${T}-E0003`, category: 'APPROVAL', title: `施工许可 ${run}`, description: '需住建部门协调' },
    });
    const issueId = raised.raiseIssue.issue.id;
    await office(T).ok(`mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id } } }`, { input: { issueId, departmentId: DEPARTMENT, responsiblePerson: wang } });
    await routedPast(await lastPositionOf(issueId));

    expect(await assignedAbout(unit, issueId)).toBe(1);
    expect(await assignedAbout(named, issueId)).toBe(1);
    expect(await assignedAbout(other, issueId)).toBe(0);
  });

  it('refuses staff on an account that is not a department’s', async () => {
    const response = await office(T).send(CREATE, { input: { username: `staff-official-${run}`, displayName: '某人', role: 'ENTERPRISE', districtId: T, enterpriseId: `${T}-E0004`, staff: true } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staff' });
  });
});
