import { randomUUID } from 'node:crypto';
import { Role } from '@qinshang/auth';
import { Actor, as, type GraphQLResponse } from '@qinshang/testkit';

/**
 * Issue 19 item 11, for every mutation that creates: a submission sent three times at once with
 * one idempotency key makes one record and gives all three the first answer; the same key for a
 * different submission is a CONFLICT (IDEMPOTENCY_KEY_REUSED) that writes nothing. Tenant XX,
 * which no other suite touches.
 */
const T = 'XX';
const office = as.district(T);
const run = randomUUID().slice(0, 8);
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const month = () => today().slice(0, 7);

type Data = Record<string, unknown>;
const dig = (data: Data | null | undefined, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as Data | undefined)?.[key], data);

/** Three at once with one key: one id for all, and one record more. Then the key for another payload: CONFLICT, nothing more. */
async function repeatAndRace(actor: Actor, mutation: string, input: Data, changed: Data, idPath: string, count: () => Promise<number>): Promise<string> {
  const before = await count();
  const key = randomUUID();
  const answers = await Promise.all([1, 2, 3].map(() => actor.send(mutation, { input: { ...input, idempotencyKey: key } })));
  for (const answer of answers) expect(answer.errors ?? []).toEqual([]);
  const ids = new Set(answers.map((answer) => dig(answer.data, idPath)));
  expect(ids.size).toBe(1);
  expect(await count()).toBe(before + 1);
  // A later retry: the first answer again.
  const later = await actor.send(mutation, { input: { ...input, idempotencyKey: key } });
  expect(dig(later.data, idPath)).toBe([...ids][0]);
  // The key reused for a different submission.
  const reused: GraphQLResponse = await actor.send(mutation, { input: { ...input, ...changed, idempotencyKey: key } });
  expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', field: 'input.idempotencyKey' });
  expect(await count()).toBe(before + 1);
  return [...ids][0] as string;
}

describe('idempotency keys on the mutations that create', () => {
  let enterpriseId: string;
  let officialId: string;
  let issueId: string;
  const departmentId = `${T}-D01`;
  const department = new Actor({ role: Role.DEPARTMENT, districtId: T, departmentId, sub: `department:${departmentId}:${run}` });

  it('addEnterprise', async () => {
    const name = `幂等项目 ${run}`;
    const count = async () =>
      (await office.ok<{ district: { enterprises: { totalCount: number } } }>(`query($n: String) { district(id: "${T}") { enterprises(first: 1, filter: { nameContains: $n }) { totalCount } } }`, { n: run }))
        .district.enterprises.totalCount;
    enterpriseId = await repeatAndRace(
      office,
      `mutation($input: AddEnterpriseInput!) { addEnterprise(input: $input) { enterprise { id } } }`,
      { districtId: T, name, sector: 'TECHNOLOGY', source: 'DISTRICT_SELECTED', kind: 'PROJECT' },
      { name: `${name} 二期` },
      'addEnterprise.enterprise.id',
      count,
    );
  });

  it('addOfficial', async () => {
    const count = async () => (await office.ok<{ district: { officialCount: number } }>(`{ district(id: "${T}") { officialCount } }`)).district.officialCount;
    officialId = await repeatAndRace(
      office,
      `mutation($input: AddOfficialInput!) { addOfficial(input: $input) { official { id } } }`,
      { districtId: T, name: `幂等干部${run}` },
      { name: `另一干部${run}` },
      'addOfficial.official.id',
      count,
    );
  });

  it('pairOfficial', async () => {
    const count = async () => (await office.ok<{ enterprise: { pairings: unknown[] } }>(`query($id: ID!) { enterprise(id: $id) { pairings { id } } }`, { id: enterpriseId })).enterprise.pairings.length;
    await repeatAndRace(
      office,
      `mutation($input: PairOfficialInput!) { pairOfficial(input: $input) { pairing { id } } }`,
      { enterpriseId, officialId },
      { reason: '另一次结对' },
      'pairOfficial.pairing.id',
      count,
    );
  });

  it('submitMonthlyReport', async () => {
    const count = async () => (await office.ok<{ enterprise: { reports: unknown[] } }>(`query($id: ID!) { enterprise(id: $id) { reports { id } } }`, { id: enterpriseId })).enterprise.reports.length;
    await repeatAndRace(
      office,
      `mutation($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { report { id } } }`,
      { enterpriseId, period: month(), progress: '项目前期手续办理中' },
      { progress: '另一份报告' },
      'submitMonthlyReport.report.id',
      count,
    );
  });

  it('recordExcuse', async () => {
    const count = async () => (await office.ok<{ enterprise: { excuses: unknown[] } }>(`query($id: ID!) { enterprise(id: $id) { excuses { id } } }`, { id: enterpriseId })).enterprise.excuses.length;
    await repeatAndRace(
      office,
      `mutation($input: RecordExcuseInput!) { recordExcuse(input: $input) { excuse { id } } }`,
      { enterpriseId, period: month(), reason: 'TRAINING' },
      { reason: 'ILLNESS' },
      'recordExcuse.excuse.id',
      count,
    );
  });

  it('addDepartment', async () => {
    const count = async () => (await office.ok<{ district: { departments: unknown[] } }>(`{ district(id: "${T}") { departments { id } } }`)).district.departments.length;
    await repeatAndRace(
      office,
      `mutation($input: AddDepartmentInput!) { addDepartment(input: $input) { department { id } } }`,
      { districtId: T, name: `幂等测试局${run}` },
      { name: `幂等测试委员会${run}` },
      'addDepartment.department.id',
      count,
    );
  });

  it('createAccount: one account, and a retry carries a new one-time code', async () => {
    const username = `idem-${run}`;
    const count = async () =>
      (await office.ok<{ accounts: { totalCount: number } }>(`query($s: String) { accounts(filter: { search: $s }) { totalCount } }`, { s: username })).accounts.totalCount;
    await repeatAndRace(
      office,
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } oneTimeCode } }`,
      { username, displayName: '幂等干部', role: 'OFFICIAL', districtId: T, officialId },
      { displayName: '另一个名字' },
      'createAccount.account.id',
      count,
    );
  });

  it('addMilestone and requestExtension', async () => {
    const raised = await office.ok<{ raiseIssue: { issue: { id: string } } }>(`mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }`, {
      input: { enterpriseId, category: 'APPROVAL', title: `幂等 ${run}`, description: '审批卡点' },
    });
    issueId = raised.raiseIssue.issue.id;
    await office.ok(`mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id } } }`, { input: { issueId, departmentId, responsiblePerson: '王强' } });
    await department.ok(`mutation($input: IssueActionInput!) { acceptIssue(input: $input) { issue { id } } }`, { input: { issueId } });
    const milestones = async () => (await office.ok<{ issue: { milestones: unknown[] } }>(`query($id: ID!) { issue(id: $id) { milestones { id } } }`, { id: issueId })).issue.milestones.length;
    const dueOn = new Date(Date.now() + 8 * 3600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
    await repeatAndRace(
      department,
      `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { issue { id } } }`,
      { issueId, milestone: { title: '完成现场踏勘', dueOn } },
      { milestone: { title: '另一个节点', dueOn } },
      'addMilestone.issue.id',
      milestones,
    );
    const requests = async () =>
      (await office.ok<{ issue: { extensionRequests: unknown[] } }>(`query($id: ID!) { issue(id: $id) { extensionRequests { id } } }`, { id: issueId })).issue.extensionRequests.length;
    await repeatAndRace(
      department,
      `mutation($input: RequestExtensionInput!) { requestExtension(input: $input) { issue { id } } }`,
      { issueId, days: 5, reason: '需等待规划复核' },
      { days: 6 },
      'requestExtension.issue.id',
      requests,
    );
  });
});
