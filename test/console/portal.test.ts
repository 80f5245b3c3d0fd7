import type { Browser, Page } from 'playwright-core';
import { as } from '@qinshang/testkit';
import type { Client } from 'pg';
import { raiseProblems } from '../feeds/helpers';
import { countOf, freshCreditCode, ownerClient, withWrongCheck } from '../organisation/support/fixtures';
import { ARTIFACTS, choose, launch, origin, people, shot, signedIn, watchErrors } from './browser';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const BAQIAO = '610111';
const HUXIAN = '610125';

/** The action labels the page shows, as the locale names them. */
const ACTION_LABELS: Record<string, string> = {
  RESOLVE_ON_SPOT: '当场解决', ASSIGN: '交办', RETURN: '退单', ACCEPT: '受理', RESPOND: '答复', ADD_MILESTONE: '添加节点',
  COMPLETE_MILESTONE: '完成节点', REQUEST_EXTENSION: '申请延期', DECIDE_EXTENSION: '审批延期', RESOLVE: '办结',
  DECLARE_UNSOLVABLE: '暂不能解决', CONFIRM_CLOSURE: '确认销号', REOPEN: '重新打开', ESCALATE: '上报领导小组', DECIDE_ESCALATION: '研究决定',
};

let browser: Browser;
let db: Client;
beforeAll(async () => {
  browser = await launch();
  db = await ownerClient();
});
afterAll(async () => {
  await browser?.close();
  await db?.end();
});

/** The enterprise ids the list's current page links to. */
async function idsOnPage(page: Page): Promise<string[]> {
  const hrefs = await page.getByRole('table').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace('/enterprises/', ''));
}

/** Pages through the list with 下一页 until it is disabled, collecting every id. */
async function pageThrough(page: Page, total: number): Promise<string[]> {
  const pages = Math.ceil(total / 20);
  const ids: string[] = [];
  const status = page.getByRole('navigation', { name: '翻页' }).getByRole('status');
  for (let n = 1; n <= pages; n++) {
    await status.getByText(`第 ${n} / ${pages} 页，共 ${total} 家`).waitFor();
    await page.getByRole('table').getByRole('link').first().waitFor();
    ids.push(...(await idsOnPage(page)));
    const next = page.getByRole('button', { name: '下一页' });
    if (n < pages) await next.click();
    else expect(await next.isDisabled()).toBe(true);
  }
  return ids;
}

describe('the district portal in a browser', () => {
  it('lets 610111-office page through its 139 enterprises (63 city-assigned), and shows 户县 as not found', async () => {
    const context = await signedIn(browser, people.district(BAQIAO));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/`);
    // A district office lands on its portal.
    await page.getByRole('heading', { name: /灞桥区 · 企业名单/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/enterprises');
    await shot(page, 'portal-3-enterprises-page-1');

    const all = await pageThrough(page, 139);
    expect(all).toHaveLength(139);
    expect(new Set(all).size).toBe(139);

    await choose(page, '来源', '市上确定');
    const assigned = await pageThrough(page, 63);
    expect(new Set(assigned).size).toBe(63);
    await shot(page, 'portal-3-city-assigned-last-page');

    // The list at phone width stays usable.
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'portal-3-phone');
    await page.setViewportSize({ width: 1366, height: 768 });

    // A 户县 enterprise's address: "not found", and nothing of 户县 on the page.
    const huxian = await as.city().ok<{ district: { enterprises: { edges: Array<{ node: { id: string; name: string } }> } } }>(
      'query($id: ID!) { district(id: $id) { enterprises(first: 1) { edges { node { id name } } } } }',
      { id: HUXIAN },
    );
    const foreign = huxian.district.enterprises.edges[0].node;
    await page.goto(`${origin()}/enterprises/${foreign.id}`);
    await page.getByText('未找到', { exact: true }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(foreign.name);
    expect(text).not.toContain('户县');
    await shot(page, 'portal-3-huxian-not-found');
    // A reload on a deep link keeps the page.
    await page.goto(`${origin()}/enterprises/${all[0]}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.reload();
    await page.getByText('结对记录').waitFor();
    await shot(page, 'portal-3-enterprise-page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("assigns a problem to a department with a due date from its page; the timeline shows it and the buttons follow what the office may do now (myActions)", async () => {
    const [issueId] = await raiseProblems(BAQIAO, 1, 'console-assign');
    const office = as.district(BAQIAO);
    const before = await office.ok<{ issue: { myActions: string[] } }>('query($id: ID!) { issue(id: $id) { myActions } }', { id: issueId });

    const context = await signedIn(browser, people.district(BAQIAO));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/issues/${issueId}`);
    const toolbar = page.getByRole('toolbar', { name: '可执行的操作' });
    await toolbar.getByRole('button').first().waitFor();
    const labels = async () => (await toolbar.getByRole('button').allInnerTexts()).map((s) => s.replace(/\s+/g, ''));
    expect(await labels()).toEqual(before.issue.myActions.map((a) => ACTION_LABELS[a]));
    await shot(page, 'portal-4-issue-raised');

    await toolbar.getByRole('button', { name: '交办' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: '责任部门' }).click();
    // The member units arrive with their own query: choose once they are listed (a key pressed
    // before that chose nothing, and the form then refused to submit without a department).
    const firstUnit = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    await firstUnit.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Chosen: the field no longer shows its placeholder.
    await dialog.locator('.ant-select-placeholder').waitFor({ state: 'detached' });
    await dialog.getByLabel('责任人').fill('王强');
    await dialog.getByLabel('办结时限').fill('2027-01-15');
    await dialog.getByLabel('办结时限').press('Enter');
    await shot(page, 'portal-4-assign-dialog');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    const after = await office.ok<{ issue: { status: string; myActions: string[]; responsiblePerson: string; dueAt: string } }>(
      'query($id: ID!) { issue(id: $id) { status myActions responsiblePerson dueAt } }',
      { id: issueId },
    );
    expect(after.issue).toMatchObject({ status: 'ASSIGNED', responsiblePerson: '王强' });
    expect(after.issue.dueAt.slice(0, 10)).toMatch(/^2027-01-1[56]$/);
    await page.getByRole('listitem', { name: /已交办 issue\.assigned/ }).waitFor();
    await page.getByLabel('状态').getByText('已交办').waitFor();
    await page.waitForFunction(
      (expected) => Array.from(document.querySelectorAll('[role=toolbar] button')).map((b) => (b.textContent ?? '').replace(/\s+/g, '')).join('|') === expected,
      after.issue.myActions.map((a) => ACTION_LABELS[a]).join('|'),
    );
    await shot(page, 'portal-4-issue-assigned');

    // Someone else answers the enterprise meanwhile: this page's next step meets CONFLICT, says so
    // in words, and reloading shows the other person's step.
    await office.ok('mutation($input: RespondToIssueInput!) { respondToIssue(input: $input) { issue { id } } }', { input: { issueId, message: '已联系企业，正在协调' } });
    await toolbar.getByRole('button', { name: '答复' }).click();
    await dialog.getByLabel('答复内容').fill('我们正在处理');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    const conflict = page.getByRole('alert').filter({ hasText: '他人刚刚修改了这条记录' });
    await conflict.waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/"extensions"|\bat .+:\d+:\d+|CONFLICT/);
    await shot(page, 'portal-4-conflict');
    await conflict.getByRole('button', { name: '重新加载' }).click();
    await page.getByText('已联系企业，正在协调').waitFor();
    await conflict.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'portal-4-issue-phone');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a 50-row list with one bad credit code: that row is named with its reason and nothing is written', async () => {
    const header = ['企业名称', '统一社会信用代码', '行业', '来源', '四上', '类型', '联系人', '联系电话'];
    const rows = Array.from({ length: 50 }, (_, i) => [`浏览器导入测试企业${i + 1}有限公司`, freshCreditCode('K', BAQIAO), ['工业', '商贸', '科技'][i % 3], '区县选取', '否', '企业', '张伟', `1380000${String(i).padStart(4, '0')}`]);
    rows[16][1] = withWrongCheck(rows[16][1]); // file row 18 (the header is row 1)
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'import-50-rows.csv');
    writeFileSync(file, [header, ...rows].map((r) => r.join(',')).join('\r\n'));
    const count = () => countOf(db, 'SELECT count(*) FROM districts.enterprise WHERE district_id = $1', [BAQIAO]);
    const events = () => countOf(db, `SELECT count(*) FROM eventlog.event WHERE source = 'districts' AND district_id = $1`, [BAQIAO]);
    const before = { enterprises: await count(), events: await events() };

    const context = await signedIn(browser, people.district(BAQIAO));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/import`);
    await page.getByLabel('选择文件').setInputFiles(file);
    await page.getByText('已选择：import-50-rows.csv').waitFor();
    // The dry run first (checked by default), then the real import: both refuse the whole file.
    for (const run of ['dry', 'real'] as const) {
      if (run === 'real') {
        await page.getByRole('checkbox', { name: '试导入（只检查，不写入）' }).uncheck();
        await page.getByRole('button', { name: '确认导入' }).click();
      } else {
        await page.getByRole('button', { name: '试导入（只检查，不写入）' }).click();
      }
      const report = page.getByRole('table', { name: '1 行未通过，全部未写入' });
      await report.waitFor();
      const cells = await report.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
      expect(cells[0]).toBe('18');
      expect(cells[1]).toBe('统一社会信用代码');
      expect(cells[2]).toMatch(/check character|校验/);
      await shot(page, `portal-5-import-${run}`);
    }
    expect({ enterprises: await count(), events: await events() }).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
