import { as } from '@qinshang/testkit';
import { actors, ISSUE_FIELDS, pairedOfficial, RAISE } from './helpers';

/** The other paths through the ledger: on the spot, refused extensions, leading-group decisions, unsolvable. */
describe('other paths through the ledger', () => {
  const district = '610117';
  const office = () => actors.office(district);
  const raise = async (enterpriseId: string, extra: Record<string, unknown> = {}, actor = office()) =>
    (
      await actor.ok<{ raiseIssue: { issue: { id: string; status: string; resolution: string | null; respondedAt: string | null; version: number } } }>(RAISE, {
        input: { enterpriseId, category: 'APPROVAL', title: '消防验收', description: '验收排期过长', ...extra },
      })
    ).raiseIssue.issue;
  const mutate = async (actor: ReturnType<typeof office>, name: string, type: string, input: Record<string, unknown>) =>
    (await actor.ok<Record<string, { issue: Record<string, unknown> }>>(`mutation($input: ${type}!) { ${name}(input: $input) { issue { ${ISSUE_FIELDS} } } }`, { input }))[name].issue;

  it('records a problem solved on the spot, answered at once, waiting for the enterprise to confirm', async () => {
    const enterpriseId = `${district}-E0002`;
    const official = actors.official(district, await pairedOfficial(district, enterpriseId));
    const issue = await raise(enterpriseId, { resolvedOnSpot: '当场协调消防部门, 已排期' }, official);
    expect(issue).toMatchObject({ status: 'RESOLVED', resolution: '当场协调消防部门, 已排期', version: 2 });
    expect(issue.respondedAt).not.toBeNull();
    const closed = await mutate(actors.enterprise(district, enterpriseId), 'confirmIssueClosure', 'ConfirmClosureInput', { issueId: issue.id, satisfaction: 'BASICALLY_SATISFIED' });
    expect(closed).toMatchObject({ status: 'CLOSED', closure: { satisfaction: 'BASICALLY_SATISFIED' } });
  });

  it('keeps the due date when an extension is refused, and records the refusal', async () => {
    const issue = await raise(`${district}-E0003`);
    const dept = actors.department(district, `${district}-D02`);
    const dueAt = new Date(Date.now() + 20 * 86_400_000).toISOString();
    await mutate(office(), 'assignIssue', 'AssignIssueInput', { issueId: issue.id, departmentId: `${district}-D02`, responsiblePerson: '孙九', dueAt });
    await mutate(dept, 'acceptIssue', 'IssueActionInput', { issueId: issue.id });
    await mutate(dept, 'requestExtension', 'RequestExtensionInput', { issueId: issue.id, dueAt: new Date(Date.now() + 60 * 86_400_000).toISOString(), reason: '等待省级批复' });
    const second = await dept.send(`mutation($input: RequestExtensionInput!) { requestExtension(input: $input) { issue { id } } }`, {
      input: { issueId: issue.id, dueAt: new Date(Date.now() + 70 * 86_400_000).toISOString(), reason: '再次申请' },
    });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const refused = await mutate(office(), 'decideExtension', 'DecideExtensionInput', { issueId: issue.id, approve: false, note: '时限不变, 加快办理' });
    expect(new Date(refused.dueAt as string).toISOString()).toBe(dueAt);
    const { issue: read } = await as.city().ok<{ issue: { extensionRequests: Array<{ status: string; decisionNote: string }>; history: Array<{ type: string }> } }>(
      'query($id: ID!) { issue(id: $id) { extensionRequests { status decisionNote } history { type } } }',
      { id: issue.id },
    );
    expect(read.extensionRequests).toEqual([{ status: 'REFUSED', decisionNote: '时限不变, 加快办理' }]);
    expect(read.history.map((h) => h.type)).toContain('issue.extension_refused');
  });

  it("sends a leading group's decision back down with instructions; only the city decides at city level", async () => {
    const issue = await raise(`${district}-E0004`);
    const ESCALATE = `mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { escalation { id level } } }`;
    const DECIDE = `mutation($input: DecideEscalationInput!) { decideEscalation(input: $input) { issue { status department { id } responsiblePerson } escalation { status decision instructions outcome } } }`;
    const toDistrict = await office().ok<{ escalateIssue: { escalation: { id: string } } }>(ESCALATE, { input: { issueId: issue.id, reason: '多部门职责交叉' } });
    const decided = await office().ok<{ decideEscalation: { issue: Record<string, unknown>; escalation: Record<string, unknown> } }>(DECIDE, {
      input: { escalationId: toDistrict.escalateIssue.escalation.id, decision: '由住建局牵头办理', instructions: '十个工作日内办结', outcome: 'ASSIGN', departmentId: `${district}-D03`, responsiblePerson: '吴十' },
    });
    expect(decided.decideEscalation).toEqual({
      issue: { status: 'ASSIGNED', department: { id: `${district}-D03` }, responsiblePerson: '吴十' },
      escalation: { status: 'DECIDED', decision: '由住建局牵头办理', instructions: '十个工作日内办结', outcome: 'ASSIGN' },
    });

    await office().ok(ESCALATE, { input: { issueId: issue.id, reason: '部门仍无法解决' } });
    const toCity = await office().ok<{ escalateIssue: { escalation: { id: string; level: string } } }>(ESCALATE, { input: { issueId: issue.id, reason: '需市级协调' } });
    expect(toCity.escalateIssue.escalation.level).toBe('CITY');
    const byDistrict = await office().send(DECIDE, {
      input: { escalationId: toCity.escalateIssue.escalation.id, decision: 'x', instructions: 'x', outcome: 'BACK_TO_OFFICE' },
    });
    expect(byDistrict.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missingDepartment = await as.city().send(DECIDE, {
      input: { escalationId: toCity.escalateIssue.escalation.id, decision: 'x', instructions: 'x', outcome: 'ASSIGN' },
    });
    expect(missingDepartment.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.departmentId' });
    const byCity = await as.city().ok<{ decideEscalation: { issue: { status: string }; escalation: { outcome: string } } }>(DECIDE, {
      input: { escalationId: toCity.escalateIssue.escalation.id, decision: '现行政策无法突破', instructions: '向企业做好解释', outcome: 'UNSOLVABLE' },
    });
    expect(byCity.decideEscalation).toMatchObject({ issue: { status: 'UNSOLVABLE' }, escalation: { status: 'DECIDED', outcome: 'UNSOLVABLE', instructions: '向企业做好解释' } });

    // Kept apart from resolved: it is neither solved nor struck off, and can be reopened.
    const stats = await office().ok<{ district: { issueStats: { unsolvable: number } } }>(`query($d: ID!) { district(id: $d) { issueStats { unsolvable } } }`, { d: district });
    expect(stats.district.issueStats.unsolvable).toBeGreaterThanOrEqual(1);
    const reopened = await mutate(office(), 'reopenIssue', 'ReasonedActionInput', { issueId: issue.id, reason: '新政策出台' });
    expect(reopened.status).toBe('REOPENED');
  });
});
