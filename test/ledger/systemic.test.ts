import { as } from '@qinshang/testkit';
import { actors, RAISE } from './helpers';

/** 共性和系统性的重大问题: problems across enterprises and tenants, linked and escalated as one. */
describe('systemic problems', () => {
  const raise = async (district: string, enterpriseId: string) =>
    (
      await actors.office(district).ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, {
        input: { enterpriseId, category: 'INFRASTRUCTURE', title: '园区天然气供应不足', description: '冬季限气影响生产' },
      })
    ).raiseIssue.issue.id;

  it('links problems of two tenants for the city and escalates them as one', async () => {
    const a = await raise('610115', '610115-E0002');
    const b = await raise('610116', '610116-E0002');
    const city = as.city();
    const created = await city.ok<{ createSystemicIssue: { id: string; status: string; issues: Array<{ id: string }> } }>(
      `mutation($input: CreateSystemicIssueInput!) { createSystemicIssue(input: $input) { id status issues { id } } }`,
      { input: { title: '冬季天然气保供', description: '多个区县工业用气不足', issueIds: [a, b] } },
    );
    expect(created.createSystemicIssue.issues.map((i) => i.id).sort()).toEqual([a, b].sort());

    // A district office sees only its own member, and cannot link another tenant's problem.
    const district = actors.office('610115');
    const seen = await district.ok<{ systemicIssue: { issues: Array<{ id: string }> } }>('query($id: ID!) { systemicIssue(id: $id) { issues { id } } }', {
      id: created.createSystemicIssue.id,
    });
    expect(seen.systemicIssue.issues.map((i) => i.id)).toEqual([a]);
    const c = await raise('610115', '610115-E0003');
    const crossTenant = await district.send(`mutation($input: CreateSystemicIssueInput!) { createSystemicIssue(input: $input) { id } }`, {
      input: { title: '越权', description: '', issueIds: [c, b] },
    });
    expect(crossTenant.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Spanning tenants, it is escalated as one, by the city: a district office may not escalate its part.
    const partial = await district.send(`mutation($input: EscalateSystemicIssueInput!) { escalateSystemicIssue(input: $input) { status } }`, {
      input: { systemicIssueId: created.createSystemicIssue.id, reason: '只上报本区部分' },
    });
    expect(partial.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await city.ok(`mutation($input: EscalateSystemicIssueInput!) { escalateSystemicIssue(input: $input) { status } }`, {
      input: { systemicIssueId: created.createSystemicIssue.id, reason: '需市领导小组统筹' },
    });
    const after = await city.ok<{ a: { status: string; level: string; systemicIssueId: string }; b: { status: string; level: string } }>(
      'query($a: ID!, $b: ID!) { a: issue(id: $a) { status level systemicIssueId } b: issue(id: $b) { status level } }',
      { a, b },
    );
    expect(after.a).toEqual({ status: 'ESCALATED', level: 'DISTRICT', systemicIssueId: created.createSystemicIssue.id });
    expect(after.b).toMatchObject({ status: 'ESCALATED', level: 'DISTRICT' });
  });

  it('needs at least two open problems', async () => {
    const a = await raise('610115', '610115-E0004');
    const response = await as.city().send(`mutation($input: CreateSystemicIssueInput!) { createSystemicIssue(input: $input) { id } }`, {
      input: { title: '单个问题', description: '', issueIds: [a] },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.issueIds' });
  });
});
