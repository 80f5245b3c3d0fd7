import { CLIENT_EXTENSION_KEYS } from '@qinshang/errors';
import { as } from '@qinshang/testkit';
import { actors, pairedOfficial, RAISE } from '../ledger/helpers';
import { freshCreditCode } from '../organisation/support/fixtures';

/**
 * Every detail a service sets on an error reaches a client through the gateway: the subgraphs
 * and the gateway's mask keep the one allow-list of @qinshang/errors (`CLIENT_EXTENSION_KEYS`),
 * so `extensions.reason`, the current `version` and `status`, the `allowed` actions, an
 * `existingId`, the `missing` categories, the unknown `officialIds`... are not stripped on the way.
 */
describe('error details through the gateway', () => {
  const seen = new Set<string>();
  const extensionsOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => {
    const extensions = response.errors?.[0]?.extensions ?? {};
    for (const key of Object.keys(extensions)) seen.add(key);
    return extensions;
  };

  describe('the ledger (issues)', () => {
    const district = '610111';
    const enterpriseId = '610111-E0102';
    let issueId = '';
    const office = actors.office(district);

    beforeAll(async () => {
      const official = actors.official(district, await pairedOfficial(district, enterpriseId));
      const raised = await official.ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, {
        input: { enterpriseId, category: 'APPROVAL', title: '环评批复', description: '环评批复迟迟未下' },
      });
      issueId = raised.raiseIssue.issue.id;
    });

    it('an invalid step: INVALID_TRANSITION with the status, the version and what is allowed now', async () => {
      const response = await office.send(`mutation($input: ReasonedActionInput!) { reopenIssue(input: $input) { issue { id } } }`, { input: { issueId, reason: 'x' } });
      expect(extensionsOf(response)).toEqual({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
        status: 'RAISED',
        version: 1,
        allowed: ['RESOLVE_ON_SPOT', 'ASSIGN', 'RESPOND', 'ESCALATE'],
      });
    });

    it('a stale expectedVersion: STALE_VERSION with the current version and the field', async () => {
      const response = await office.send(`mutation($input: IssueActionInput!) { acceptIssue(input: $input) { issue { id } } }`, { input: { issueId, expectedVersion: 7 } });
      // The office may not accept an assignment at all (the permission table, before anything is read).
      expect(extensionsOf(response)).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ADMITTED', action: 'ACCEPT' });
      const stale = await office.send(`mutation($input: RespondToIssueInput!) { respondToIssue(input: $input) { issue { id } } }`, {
        input: { issueId, message: '已收到', expectedVersion: 7 },
      });
      expect(extensionsOf(stale)).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION', version: 1, field: 'input.expectedVersion' });
    });

    it('a role the permission table does not admit: FORBIDDEN with the reason and the action', async () => {
      const enterprise = actors.enterprise(district, enterpriseId);
      const response = await enterprise.send(`mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { issue { id } } }`, { input: { issueId, reason: '太慢' } });
      expect(extensionsOf(response)).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ADMITTED', action: 'ESCALATE' });
    });

    it('a problem that is not there: NOT_FOUND naming the entity and the id', async () => {
      const missing = '00000000-0000-4000-8000-00000000dead';
      const response = await office.send(`mutation($input: ResolveIssueInput!) { resolveIssue(input: $input) { issue { id } } }`, { input: { issueId: missing, resolution: 'x' } });
      expect(extensionsOf(response)).toEqual({ code: 'NOT_FOUND', entity: 'Issue', id: missing });
    });
  });

  it('districts: a duplicate credit code is DUPLICATE_CREDIT_CODE on the field; too many rows name the limit', async () => {
    const office = as.district('610102');
    const ADD = `mutation ($input: AddEnterpriseInput!) { addEnterprise(input: $input) { enterprise { id } } }`;
    const input = { districtId: '610102', name: '错误详情测试有限公司', creditCode: freshCreditCode('E'), sector: 'TECHNOLOGY', source: 'DISTRICT_SELECTED', aboveScale: false };
    await office.ok(ADD, { input });
    expect(extensionsOf(await office.send(ADD, { input: { ...input, name: '错误详情测试二有限公司' } }))).toEqual({
      code: 'CONFLICT',
      reason: 'DUPLICATE_CREDIT_CODE',
      field: 'creditCode',
    });
    const IMPORT = `mutation ($input: ImportEnterprisesInput!) { importEnterprises(input: $input) { accepted } }`;
    const rows = await office.send(IMPORT, { input: { districtId: '610102', format: 'CSV', contentBase64: Buffer.from(`name\n${'x\n'.repeat(5001)}`).toString('base64') } });
    expect(extensionsOf(rows)).toEqual({ code: 'BAD_USER_INPUT', field: 'contentBase64', limit: 5000 });
  });

  it('city: a department name taken names the existing one; rules without every deadline name the missing categories', async () => {
    const office = as.district('610111');
    const ADD = `mutation ($input: AddDepartmentInput!) { addDepartment(input: $input) { department { id } } }`;
    const name = `错误详情测试办公室${Date.now() % 100000}`;
    const added = await office.ok<{ addDepartment: { department: { id: string } } }>(ADD, { input: { name } });
    expect(extensionsOf(await office.send(ADD, { input: { name } }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE_NAME',
      field: 'input.name',
      existingId: added.addDepartment.department.id,
    });
    const PUBLISH = `mutation ($input: PublishCampaignRulesInput!) { publishCampaignRules(input: $input) { rules { version } } }`;
    const rules = await as.city().send(PUBLISH, { input: { effectiveFrom: '2099-01', deadlines: [{ category: 'LAND', responseHours: 72, resolutionDays: 60 }] } });
    expect(extensionsOf(rules)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.deadlines', missing: expect.arrayContaining(['LABOR', 'APPROVAL', 'OTHER']) });
  });

  it('evaluation: unknown officials are named, a quota is given, a published month is ALREADY_PUBLISHED with its period', async () => {
    const city = as.city();
    const CONFIRM = `mutation ($input: ConfirmCommendationsInput!) { confirmCommendations(input: $input) { officialId } }`;
    const unknown = await city.send(CONFIRM, { input: { year: '2016', outstanding: ['610111-O9999'], excellent: [] } });
    expect(extensionsOf(unknown)).toEqual({ code: 'BAD_USER_INPUT', field: 'input', officialIds: ['610111-O9999'] });
    const many = Array.from({ length: 500 }, (_, i) => `610111-O${String(9000 + i)}`);
    const quota = await city.send(CONFIRM, { input: { year: '2016', outstanding: many, excellent: [] } });
    expect(extensionsOf(quota)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.outstanding', quota: expect.any(Number) });

    const PUBLISH = `mutation ($p: String!) { publishPeriod(period: $p) { period } }`;
    await city.send(PUBLISH, { p: '2016-08' }); // published now, or already (a past month is published when first read)
    expect(extensionsOf(await city.send(PUBLISH, { p: '2016-08' }))).toEqual({ code: 'CONFLICT', reason: 'ALREADY_PUBLISHED', period: '2016-08' });
  });

  it('has shown a client every key on the allow-list (but `year`: only a second confirmation of a year sets it)', () => {
    expect(CLIENT_EXTENSION_KEYS.filter((key) => !seen.has(key))).toEqual(['year']);
    expect([...seen].filter((key) => key !== 'code' && !(CLIENT_EXTENSION_KEYS as readonly string[]).includes(key))).toEqual([]);
  });
});
