import type { Browser, Page } from 'playwright-core';
import { Actor, as, signIn } from '@qinshang/testkit';
import { Role } from '@qinshang/auth';
import { launch, origin, shot, signedIn, watchErrors, type Person } from './browser';

// 阎良区 (no other console test works in it); its departments and enterprises are read, not assumed.
const YANLIANG = '610114';
const person = (username: string, role: Role): Person => ({ username, claims: { role, districtId: YANLIANG, name: username } });

/** An actor with the identity provider's own token for a seeded account, so the ledger names it. */
async function account(username: string): Promise<Actor> {
  const outcome = await signIn(username);
  if (!outcome.ok) throw new Error(`${username} could not sign in (${outcome.status})`);
  return Actor.bearing({ role: Role.CITY_ADMIN }, outcome.tokens.access_token);
}

/** A day in Asia/Shanghai, `days` from today, as YYYY-MM-DD. */
function shanghaiDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));
}

const RAISE = 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id ledgerNo } } }';
const ASSIGN = 'mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id status } } }';

async function raiseAndAssign(enterpriseId: string, departmentId: string, title: string): Promise<{ id: string; ledgerNo: string }> {
  const enterprise = await account(enterpriseId);
  const { raiseIssue } = await enterprise.ok<{ raiseIssue: { issue: { id: string; ledgerNo: string } } }>(RAISE, {
    input: { enterpriseId, category: 'APPROVAL', title, description: '新厂房消防验收材料已报送一个月，仍未安排现场检查。' },
  });
  const office = await account(`${YANLIANG}-office`);
  await office.ok(ASSIGN, { input: { issueId: raiseIssue.issue.id, departmentId, responsiblePerson: '李明' } });
  return raiseIssue.issue;
}

// Several sign-ins and page loads on a loaded machine: each step waits on a fact, bounded.
jest.setTimeout(300_000);

let browser: Browser;
let departments: Array<{ id: string; name: string }>;
let enterprises: Array<{ id: string; name: string }>;
beforeAll(async () => {
  browser = await launch();
  const data = await as.district(YANLIANG).ok<{ district: { departments: Array<{ id: string; name: string }>; enterprises: { edges: Array<{ node: { id: string; name: string } }> } } }>(
    'query($id: ID!) { district(id: $id) { departments { id name } enterprises(first: 40) { edges { node { id name } } } } }',
    { id: YANLIANG },
  );
  departments = data.district.departments;
  enterprises = data.district.enterprises.edges.map((edge) => edge.node);
});
afterAll(async () => {
  await browser?.close();
});

/** Presses an action on the problem's page, fills its dialog, submits, and waits for the dialog to close. */
async function act(page: Page, action: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}) {
  await page.getByRole('toolbar', { name: '可执行的操作' }).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: /提\s*交/ }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
}

const timelineStep = (page: Page, status: string, type: string) => page.getByRole('listitem', { name: `${status} ${type}` });

describe("a department's inbox, the enterprise's confirmation and the ledger", () => {
  const stamp = Date.now().toString(36);
  const title = `消防验收迟迟未安排 ${stamp}`;
  const otherTitle = `施工许可证延续办理 ${stamp}`;
  let issue: { id: string; ledgerNo: string };
  let mine: { id: string; name: string };
  let other: { id: string; name: string };
  let enterprise: { id: string; name: string };

  beforeAll(async () => {
    [mine, other] = [departments[2], departments[4]];
    enterprise = enterprises[30];
    issue = await raiseAndAssign(enterprise.id, mine.id, title);
    // The other department has work of its own, so an empty inbox proves nothing.
    await raiseAndAssign(enterprises[31].id, other.id, otherTitle);
  });

  it('the assigned department accepts, adds a milestone and resolves; the enterprise rates it 满意; the ledger shows it 销号 with the whole timeline, by name', async () => {
    const context = await signedIn(browser, person(mine.id, Role.DEPARTMENT));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/`);
    await page.getByRole('heading', { name: `${mine.name} · 待办问题`, level: 1 }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/inbox');
    const row = page.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    // Its clocks, in working days.
    await row.getByText(/剩 \d+ 个工作日|已超 \d+ 个工作日/).first().waitFor();
    expect(await page.getByRole('row').filter({ hasText: otherTitle }).count()).toBe(0);
    await shot(page, 'department-1-inbox');

    await row.getByRole('link', { name: issue.ledgerNo }).click();
    await page.getByRole('heading', { name: `${issue.ledgerNo} · ${title}` }).waitFor({ timeout: 30_000 });
    // A department is offered what a department may do, not the office's steps.
    const offered = await page.getByRole('toolbar', { name: '可执行的操作' }).getByRole('button').allInnerTexts();
    expect(offered.map((s) => s.replace(/\s+/g, ''))).toEqual(['退单', '受理', '答复', '添加节点']);
    await shot(page, 'department-2-assigned');

    await act(page, '受理');
    await page.getByLabel('状态').getByText('已受理').waitFor({ timeout: 30_000 });
    // A milestone after the problem's due date is refused: the reason, in Chinese, under its date;
    // the dialog keeps what was typed, and the corrected date goes through.
    await page.getByRole('toolbar', { name: '可执行的操作' }).getByRole('button', { name: '添加节点', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('节点名称').fill('组织现场消防检查');
    await dialog.getByLabel('计划完成日期').fill(shanghaiDay(60));
    await dialog.getByLabel('计划完成日期').press('Enter');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    const refusal = dialog.getByText('节点计划完成日期不能晚于问题的办结时限', { exact: true });
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.evaluate((el) => el.closest('.ant-form-item')?.querySelector('label')?.textContent)).toBe('计划完成日期');
    expect(await dialog.getByLabel('节点名称').inputValue()).toBe('组织现场消防检查');
    await shot(page, 'department-2b-milestone-refused');
    await dialog.getByLabel('计划完成日期').fill(shanghaiDay(7));
    await dialog.getByLabel('计划完成日期').press('Enter');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    await page.getByRole('region', { name: '路线图节点' }).getByText('组织现场消防检查').waitFor({ timeout: 30_000 });
    await act(page, '办结', async (dialog) => {
      await dialog.getByLabel('解决情况').fill('已于本周完成现场检查并出具验收意见。');
    });
    await page.getByLabel('状态').getByText('已解决').waitFor({ timeout: 30_000 });
    await shot(page, 'department-3-resolved');
    expect(errors).toEqual([]);
    await context.close();

    // The enterprise: the solved problem waits for it; it confirms and rates it 满意.
    const enterpriseContext = await signedIn(browser, person(enterprise.id, Role.ENTERPRISE), 'phone');
    const enterprisePage = await enterpriseContext.newPage();
    const enterpriseErrors = watchErrors(enterprisePage);
    await enterprisePage.goto(`${origin()}/`);
    await enterprisePage.getByRole('heading', { name: enterprise.name, level: 1 }).waitFor({ timeout: 30_000 });
    const waiting = enterprisePage.getByRole('alert').filter({ hasText: '等待您确认并评价' });
    await waiting.waitFor({ timeout: 30_000 });
    await shot(enterprisePage, 'department-4-enterprise-home');
    await waiting.getByRole('link', { name: new RegExp(issue.ledgerNo) }).click();
    await enterprisePage.getByRole('heading', { name: `${issue.ledgerNo} · ${title}` }).waitFor({ timeout: 30_000 });
    await act(enterprisePage, '确认销号', async (dialog) => {
      await dialog.getByRole('radio', { name: '满意', exact: true }).check();
      await dialog.getByLabel('评价').fill('问题解决及时，感谢！');
    });
    await enterprisePage.getByLabel('状态').getByText('已销号').waitFor({ timeout: 30_000 });
    await shot(enterprisePage, 'department-5-enterprise-closed');
    expect(enterpriseErrors).toEqual([]);
    await enterpriseContext.close();

    // The district office's ledger: closed (已销号), and the problem's whole timeline, by name.
    const officeContext = await signedIn(browser, person(`${YANLIANG}-office`, Role.DISTRICT_ADMIN));
    const officePage = await officeContext.newPage();
    const officeErrors = watchErrors(officePage);
    await officePage.goto(`${origin()}/ledger`);
    const ledgerRow = officePage.getByRole('row').filter({ hasText: title });
    await ledgerRow.waitFor({ timeout: 30_000 });
    await ledgerRow.getByText('已销号').waitFor();
    await shot(officePage, 'department-6-ledger');
    await ledgerRow.getByRole('link', { name: issue.ledgerNo }).click();
    await officePage.getByRole('heading', { name: `${issue.ledgerNo} · ${title}` }).waitFor({ timeout: 30_000 });
    const steps: Array<[string, string, string]> = [
      ['已登记', 'issue.raised', enterprise.name],
      ['已交办', 'issue.assigned', '亲商助企办'],
      ['已受理', 'issue.accepted', mine.name],
      ['已受理', 'issue.milestone_added', mine.name],
      ['已解决', 'issue.resolved', mine.name],
      ['已销号', 'issue.closed', enterprise.name],
    ];
    for (const [status, type, who] of steps) {
      const step = timelineStep(officePage, status, type);
      await step.waitFor();
      expect(await step.innerText()).toContain(who);
    }
    const timeline = await officePage.getByRole('listitem').allInnerTexts();
    expect(timeline.join('\n')).not.toMatch(/account:|[0-9a-f]{8}-[0-9a-f]{4}-/);
    await shot(officePage, 'department-7-timeline');
    expect(officeErrors).toEqual([]);
    await officeContext.close();
  });

  it('another department does not see it in its inbox, and its address shows 未找到', async () => {
    const context = await signedIn(browser, person(other.id, Role.DEPARTMENT));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/inbox`);
    await page.getByRole('heading', { name: `${other.name} · 待办问题`, level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByRole('row').filter({ hasText: otherTitle }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('row').filter({ hasText: title }).count()).toBe(0);
    await shot(page, 'department-8-other-inbox');

    await page.goto(`${origin()}/issues/${issue.id}`);
    await page.getByText('未找到', { exact: true }).waitFor({ timeout: 30_000 });
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(title);
    expect(text).not.toContain(issue.ledgerNo);
    expect(text).not.toContain(enterprise.name);
    await shot(page, 'department-9-not-found');
    expect(errors).toEqual([]);
    await context.close();
  });
});
