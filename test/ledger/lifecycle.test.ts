import { as } from '@qinshang/testkit';
import { actors, ISSUE_FIELDS, pairedOfficial, RAISE } from './helpers';

/**
 * The whole life of a problem through the gateway (issue 4's first "done when"): raised by an
 * official, assigned with a roadmap, returned, re-assigned, accepted, extended, resolved, found
 * wanting by the enterprise, reopened, resolved again, confirmed and struck off. The history
 * shows every step with its actor and time, one event per version.
 */
describe('the life of a problem on the ledger', () => {
  const district = '610111';
  const enterpriseId = '610111-E0101';
  const departmentA = '610111-D01';
  const departmentB = '610111-D02';

  it('goes from raised to struck off, with every step in its history', async () => {
    const officialId = await pairedOfficial(district, enterpriseId);
    const official = actors.official(district, officialId);
    const office = actors.office(district);
    const deptA = actors.department(district, departmentA);
    const deptB = actors.department(district, departmentB);
    const enterprise = actors.enterprise(district, enterpriseId);
    const step = async (actor: typeof office, mutation: string, input: Record<string, unknown>) => {
      const data = await actor.ok<Record<string, { issue: Record<string, unknown> }>>(
        `mutation($input: ${inputType(mutation)}!) { ${mutation}(input: $input) { issue { ${ISSUE_FIELDS} } } }`,
        { input },
      );
      return data[mutation].issue as { id: string; status: string; version: number; dueAt: string; [key: string]: unknown };
    };

    const raised = (
      await official.ok<{ raiseIssue: { issue: { id: string; ledgerNo: string; status: string; dueAt: string; respondedAt: string | null } } }>(RAISE, {
        input: { enterpriseId, category: 'LAND', title: '厂房扩建用地指标', description: '二期厂房需新增用地30亩, 指标未落实' },
      })
    ).raiseIssue.issue;
    expect(raised.status).toBe('RAISED');
    expect(raised.ledgerNo).toMatch(/^610111-\d{4}-\d{6}$/);
    expect(raised.respondedAt).toBeNull();
    const id = raised.id;

    const dueAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const milestoneDay = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    let issue = await step(office, 'assignIssue', {
      issueId: id,
      departmentId: departmentA,
      responsiblePerson: '王建国',
      dueAt,
      milestones: [{ title: '现场踏勘', dueOn: milestoneDay }],
    });
    expect(issue).toMatchObject({ status: 'ASSIGNED', department: { id: departmentA }, responsiblePerson: '王建国' });

    // Another department cannot see it, let alone act on it.
    const wrongDept = await deptB.send(`mutation { acceptIssue(input: { issueId: "${id}" }) { issue { id } } }`);
    expect(wrongDept.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    issue = await step(deptA, 'returnIssue', { issueId: id, reason: '不属于本单位职责, 应由国土部门办理' });
    expect(issue.status).toBe('RETURNED');
    expect(issue.respondedAt).not.toBeNull();

    issue = await step(office, 'assignIssue', { issueId: id, departmentId: departmentB, responsiblePerson: '李明', dueAt });
    issue = await step(deptB, 'acceptIssue', { issueId: id, expectedVersion: issue.version });
    expect(issue.status).toBe('ACCEPTED');

    const later = new Date(Date.now() + 45 * 86_400_000).toISOString();
    issue = await step(deptB, 'requestExtension', { issueId: id, dueAt: later, reason: '需报市政府审批' });
    issue = await step(office, 'decideExtension', { issueId: id, approve: true, note: '同意延期' });
    expect(new Date(issue.dueAt).toISOString()).toBe(later);

    issue = await step(deptB, 'resolveIssue', { issueId: id, resolution: '用地指标已调剂落实' });
    expect(issue.status).toBe('RESOLVED');

    issue = await step(enterprise, 'confirmIssueClosure', { issueId: id, satisfaction: 'DISSATISFIED', comment: '指标只落实了一半' });
    expect(issue.status).toBe('REOPENED');

    issue = await step(deptB, 'resolveIssue', { issueId: id, resolution: '剩余指标已落实, 用地手续办结' });
    issue = await step(enterprise, 'confirmIssueClosure', { issueId: id, satisfaction: 'SATISFIED' });
    expect(issue).toMatchObject({ status: 'CLOSED', closure: { satisfaction: 'SATISFIED' }, allowedActions: [] });

    const history = await as.city().ok<{ issue: { history: Array<{ type: string; actor: string; actorRole: string; at: string; version: number; fromStatus: string | null; toStatus: string; note: string | null }> } }>(
      `query($id: ID!) { issue(id: $id) { history { type actor actorRole at version fromStatus toStatus note } } }`,
      { id },
    );
    const steps = history.issue.history;
    expect(steps.map((s) => [s.type, s.actorRole, s.toStatus])).toEqual([
      ['issue.raised', 'OFFICIAL', 'RAISED'],
      ['issue.assigned', 'DISTRICT_ADMIN', 'ASSIGNED'],
      ['issue.returned', 'DEPARTMENT', 'RETURNED'],
      ['issue.assigned', 'DISTRICT_ADMIN', 'ASSIGNED'],
      ['issue.accepted', 'DEPARTMENT', 'ACCEPTED'],
      ['issue.extension_requested', 'DEPARTMENT', 'ACCEPTED'],
      ['issue.extension_approved', 'DISTRICT_ADMIN', 'ACCEPTED'],
      ['issue.resolved', 'DEPARTMENT', 'RESOLVED'],
      ['issue.reopened', 'ENTERPRISE', 'REOPENED'],
      ['issue.resolved', 'DEPARTMENT', 'RESOLVED'],
      ['issue.closed', 'ENTERPRISE', 'CLOSED'],
    ]);
    expect(steps.map((s) => s.version)).toEqual(steps.map((_, index) => index + 1));
    expect(steps[0].actor).toBe(`official:${officialId}`);
    expect(steps[2].note).toBe('不属于本单位职责, 应由国土部门办理');
    const times = steps.map((s) => new Date(s.at).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('refuses an invalid step with CONFLICT naming the allowed ones, and changes nothing', async () => {
    const official = actors.official(district, await pairedOfficial(district, enterpriseId));
    const { raiseIssue } = await official.ok<{ raiseIssue: { issue: { id: string; version: number } } }>(RAISE, {
      input: { enterpriseId, category: 'LABOR', title: '招工难', description: '缺技术工人50名' },
    });
    const response = await actors.enterprise(district, enterpriseId).send(
      `mutation($id: ID!) { confirmIssueClosure(input: { issueId: $id, satisfaction: SATISFIED }) { issue { id } } }`,
      { id: raiseIssue.issue.id },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', allowed: ['RESOLVE_ON_SPOT', 'ASSIGN', 'RESPOND', 'ESCALATE'] });
    const after = await as.city().ok<{ issue: { version: number; status: string } }>('query($id: ID!) { issue(id: $id) { version status } }', { id: raiseIssue.issue.id });
    expect(after.issue).toEqual({ version: 1, status: 'RAISED' });
  });

  it('gives bad input a BAD_USER_INPUT naming the field', async () => {
    const office = actors.office(district);
    const { raiseIssue } = await office.ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, {
      input: { enterpriseId, category: 'APPROVAL', title: '环评审批慢', description: '环评报告已提交两个月' },
    });
    const response = await office.send(
      `mutation($id: ID!) { assignIssue(input: { issueId: $id, departmentId: "NO-SUCH", responsiblePerson: "张三" }) { issue { id } } }`,
      { id: raiseIssue.issue.id },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.departmentId' });
  });
});

function inputType(mutation: string): string {
  return (
    {
      assignIssue: 'AssignIssueInput',
      returnIssue: 'ReasonedActionInput',
      acceptIssue: 'IssueActionInput',
      requestExtension: 'RequestExtensionInput',
      decideExtension: 'DecideExtensionInput',
      resolveIssue: 'ResolveIssueInput',
      confirmIssueClosure: 'ConfirmClosureInput',
    } as Record<string, string>
  )[mutation];
}
