import type { Browser, Page } from 'playwright-core';
import { periodOf } from '@qinshang/calendar';
import { as } from '@qinshang/testkit';
import { appendAndProject, closePool, runId, TenantEvents } from '../evaluation/helpers';
import { RAISE } from '../ledger/helpers';
import { launch, origin, people, shot, signedIn, watchErrors } from './browser';

/**
 * Issue 14, done-when 4: an inspector records an inspection whose deduction cites one of a
 * problem's ledger events; the official's scorecard for the month shows the deduction, with a
 * link to that event on the problem's timeline.
 */
const DISTRICT = '610113';

interface Setup {
  districtName: string;
  official: { id: string; name: string };
  issue: { id: string; ledgerNo: string };
  assigned: string;
}

/** A problem of an official's paired enterprise, assigned to a department: the event the finding will cite. */
async function setUp(): Promise<Setup> {
  const office = as.district(DISTRICT);
  const { district } = await office.ok<{ district: { name: string; departments: Array<{ id: string }>; officials: { edges: Array<{ node: { id: string; name: string; enterprises: Array<{ id: string }> } }> } } }>(
    'query($id: ID!) { district(id: $id) { name departments { id } officials(first: 50) { edges { node { id name enterprises { id } } } } } }',
    { id: DISTRICT },
  );
  const paired = district.officials.edges.map((e) => e.node).filter((o) => o.enterprises.length > 0);
  // Not the tenant's first official, which other tests of the console use.
  const official = paired[paired.length - 1];
  const raised = await office.ok<{ raiseIssue: { issue: { id: string; ledgerNo: string } } }>(RAISE, {
    input: { enterpriseId: official.enterprises[0].id, category: 'APPROVAL', title: `督查测试 审批超时 ${Date.now()}`, description: '企业反映审批久拖不决' },
  });
  const issue = raised.raiseIssue.issue;
  await office.ok('mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id } } }', {
    input: { issueId: issue.id, departmentId: district.departments[0].id, responsiblePerson: '王强' },
  });
  const { issue: read } = await office.ok<{ issue: { history: Array<{ position: string; type: string }> } }>('query($id: ID!) { issue(id: $id) { history { position type } } }', { id: issue.id });
  const assigned = read.history.find((e) => e.type === 'issue.assigned')!.position;
  return { districtName: district.name, official: { id: official.id, name: official.name }, issue, assigned };
}

/**
 * An inspection of a tenant that only the evaluation subgraph knows (its events, as the
 * evaluation suites write them): the gateway answers its district and official as null. The
 * list shows the tenant's id; once such a row blanked the whole console (in CI, beside the
 * evaluation suites, this test then never saw its heading).
 */
async function inspectionOfAnUnknownTenant(): Promise<string> {
  const tenant = `T${runId()}C`;
  await appendAndProject(new TenantEvents(tenant).registered('COUNTY', '2037-01-01T00:00:00Z').official(`${tenant}-1`, '2037-01-01T00:00:00Z').events);
  await as.inspector().ok('mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }', {
    input: { districtId: tenant, kind: 'UNANNOUNCED', inspectedOn: '2037-03-20', officialIds: [`${tenant}-1`], findings: [{ summary: '台账更新及时', officialId: `${tenant}-1` }] },
  });
  return tenant;
}

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('combobox', { name: label }).fill(option.slice(0, 4));
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await closePool();
});

describe('the inspector and the scorecard in a browser', () => {
  it('records a deduction citing a ledger event, and the official’s scorecard shows it with a link to the event', async () => {
    const { districtName, official, issue, assigned } = await setUp();
    const unknownTenant = await inspectionOfAnUnknownTenant();
    const period = periodOf();
    const context = await signedIn(browser, people.inspector());
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto(`${origin()}/inspections`);
    await page.getByRole('heading', { name: '督查' }).waitFor();
    // The list has loaded before its button is pressed.
    await page.locator('.ant-table-tbody').waitFor();
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await page.getByRole('row').filter({ hasText: unknownTenant }).waitFor();
    const record = page.getByRole('button', { name: '记录督查' });
    await record.click();
    await page.getByRole('heading', { name: '记录督查' }).waitFor();
    await chooseOption(page, '被督查区县', districtName);
    const officialLabel = `${official.name}（${official.id}）`;
    await chooseOption(page, '涉及干部', officialLabel);
    await page.getByLabel('问题描述').fill('交办后长期未受理，干部未跟进督办');
    await chooseOption(page, '责任干部', officialLabel);
    await page.getByLabel('台账编号').fill(issue.ledgerNo);
    // The problem's events load for the number typed; the finding cites its assignment (交办).
    const event = page.getByRole('combobox', { name: '依据的台账事件' });
    await page.waitForFunction(() => !document.querySelector('#findings_0_eventPosition')?.closest('.ant-select')?.classList.contains('ant-select-disabled'));
    await event.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '· 交办' }).first().click();
    await page.getByRole('button', { name: '添加扣分' }).click();
    await page.getByLabel('扣分', { exact: true }).fill('2.5');
    await page.getByLabel('扣分理由').fill('跟踪督办不力');
    await shot(page, 'inspector-1-form');
    await page.getByRole('button', { name: '保存督查记录' }).click();

    // Back on the list, the new inspection is open with its finding and the event it cites.
    await page.getByText('督查记录已保存。').waitFor();
    const citation = `依据：交办（事件 #${assigned}）`;
    await page.getByRole('link', { name: citation }).first().waitFor();
    await page.getByText('扣 2.5 分 · 跟踪督办不力').first().waitFor();
    await shot(page, 'inspector-2-recorded');
    const recorded = await as.city().ok<{ inspections: { edges: Array<{ node: { findings: Array<{ eventPosition: string; issueId: string; deductions: Array<{ points: number; officialId: string }> }> } }> } }>(
      'query($official: ID!, $period: String) { inspections(filter: { officialId: $official, period: $period }, first: 50) { edges { node { findings { eventPosition issueId deductions { points officialId } } } } } }',
      { official: official.id, period },
    );
    // This run's (a reused platform keeps earlier runs' inspections of the same official and day).
    const ours = recorded.inspections.edges.map((edge) => edge.node.findings).find((findings) => findings.some((f) => f.issueId === issue.id));
    expect(ours).toEqual([{ eventPosition: assigned, issueId: issue.id, deductions: [{ points: 2.5, officialId: official.id }] }]);

    // The official's scorecard for the month: its deductions figure opens the deduction, linked to the event.
    await page.goto(`${origin()}/assessment/officials/${official.id}?period=${period}`);
    await page.getByRole('heading', { name: `${official.name} 的考核` }).waitFor();
    const figure = page.getByRole('button', { name: '督查扣分' });
    await figure.click();
    // This run's deduction: the one citing this run's event (a reused platform keeps earlier runs').
    const item = page.getByRole('listitem', { name: '跟踪督办不力' }).filter({ has: page.getByRole('link', { name: citation }) });
    await item.waitFor();
    expect(await item.getByText('扣 2.5 分').count()).toBe(1);
    expect(Number(await figure.locator('.ant-statistic-content-value').innerText())).toBeGreaterThanOrEqual(2.5);
    const link = item.getByRole('link', { name: citation });
    expect(await link.getAttribute('href')).toBe(`/issues/${issue.id}#event-${assigned}`);
    await shot(page, 'inspector-3-scorecard');

    // The link lands on that event in the problem's timeline.
    await link.click();
    await page.waitForURL((url) => url.pathname === `/issues/${issue.id}`);
    const target = page.locator(`[id="event-${assigned}"]`);
    await target.waitFor();
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight);
    }, `event-${assigned}`);
    expect(await target.innerText()).toContain('交办');
    await shot(page, 'inspector-4-event');
    expect(errors).toEqual([]);
    await context.close();
    // A browser through the real sign-in on a loaded machine: more than the default minute.
  }, 180_000);
});
