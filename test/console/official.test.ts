import type { Browser } from 'playwright-core';
import { as } from '@qinshang/testkit';
import { choose, launch, origin, shot, signedIn, watchErrors, type Person } from './browser';
import { Role } from '@qinshang/auth';

// 阎良区: no other console test works in it; the official and its enterprise are read, not assumed.
const YANLIANG = '610114';
const OFFICIAL = '610114-O0007';

// Several sign-ins and page loads on a loaded machine: each step waits on a fact, bounded.
jest.setTimeout(300_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A day in Asia/Shanghai, `days` from today, as YYYY-MM-DD. */
function shanghaiDay(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));
}

const official = (id: string): Person => ({ username: id, claims: { role: Role.OFFICIAL, districtId: YANLIANG, officialId: id, name: id } });
const office = (districtId: string): Person => ({ username: `${districtId}-office`, claims: { role: Role.DISTRICT_ADMIN, districtId, name: districtId } });

describe("the official's pages on a phone", () => {
  it('records a 代办 visit (a refused date keeps what was typed) and raises a problem; the district office sees both', async () => {
    const { official: record } = await as.district(YANLIANG).ok<{ official: { name: string; enterprises: Array<{ id: string; name: string }> } }>(
      'query($id: ID!) { official(id: $id) { name enterprises { id name } } }',
      { id: OFFICIAL },
    );
    expect(record.enterprises.length).toBeGreaterThan(0);
    const enterprise = record.enterprises[0];
    const stamp = Date.now().toString(36);
    const summary = `代为办理环评备案材料报送 ${stamp}`;
    const title = `厂区道路需要拓宽 ${stamp}`;

    const context = await signedIn(browser, official(OFFICIAL), 'phone');
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 812 });
    const errors = watchErrors(page);
    await page.goto(`${origin()}/`);
    // An official lands on its own page: its enterprise, this month's visits against the minimum.
    await page.getByRole('heading', { name: '我的企业', level: 1 }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/official');
    const card = page.getByLabel(enterprise.name, { exact: true });
    const counter = card.getByText(/年\d+月走访 \d+ \/ \d+ 次/);
    await counter.waitFor();
    const before = Number(/走访 (\d+) \//.exec(await counter.innerText())![1]);
    await shot(page, 'official-1-home');
    // Nothing sticks out of a 375 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await card.getByRole('button', { name: '记录走访' }).click();
    await page.getByRole('heading', { name: '记录走访' }).waitFor();
    const date = page.getByLabel('走访日期');
    await date.click();
    await date.fill(shanghaiDay(3));
    await date.press('Tab');
    await page.getByText('代办', { exact: true }).click();
    await page.getByLabel('办理事项').fill(summary);
    await page.getByLabel('代办结果及移交材料').fill('备案回执已交企业');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    // The platform refuses a day in the future: the reason, in Chinese, sits under the date; the rest is kept.
    const refusal = page.getByText('不能登记今天以后的走访', { exact: true });
    await refusal.waitFor({ timeout: 30_000 });
    // Under the date's own field, not at the top of the form.
    expect(await refusal.evaluate((el) => el.closest('.ant-form-item')?.querySelector('label')?.textContent)).toBe('走访日期');
    expect(await page.getByLabel('办理事项').inputValue()).toBe(summary);
    expect(await page.getByLabel('代办结果及移交材料').inputValue()).toBe('备案回执已交企业');
    await shot(page, 'official-1-visit-refused');

    await date.click();
    await date.fill(shanghaiDay(0));
    await date.press('Tab');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByRole('heading', { name: '我的企业', level: 1 }).waitFor({ timeout: 30_000 });
    await card.getByText(new RegExp(`走访 ${before + 1} / \\d+ 次`)).waitFor({ timeout: 30_000 });
    await card.getByText(summary).waitFor();
    await shot(page, 'official-2-visit-recorded');

    await card.getByRole('button', { name: '反映问题' }).click();
    await page.getByRole('heading', { name: '反映问题' }).waitFor();
    await choose(page, '类别', '基础设施');
    await page.getByLabel('问题概述').fill(title);
    await page.getByLabel('详细情况').fill('厂区门前道路狭窄，大型货车无法通行，影响原料进厂。');
    await shot(page, 'official-3-problem-form');
    await page.getByRole('button', { name: /提\s*交/ }).click();
    // The new problem's page: its ledger number and where it stands.
    await page.getByRole('heading', { name: new RegExp(`${YANLIANG}-\\d{4}-\\d{6} · ${title}`) }).waitFor({ timeout: 30_000 });
    await page.getByLabel('状态').getByText('已登记').waitFor();
    const issueUrl = page.url();
    await shot(page, 'official-4-problem-page');
    await page.goto(`${origin()}/official`);
    await page.getByRole('heading', { name: /我反映的问题/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('listitem').filter({ hasText: title }).getByText('已登记').waitFor({ timeout: 30_000 });
    await shot(page, 'official-5-my-problems');
    expect(errors).toEqual([]);
    await context.close();

    // The district office: the visit on the enterprise's page, the problem there and in the ledger.
    const officeContext = await signedIn(browser, office(YANLIANG));
    const officePage = await officeContext.newPage();
    const officeErrors = watchErrors(officePage);
    await officePage.goto(`${origin()}/enterprises/${enterprise.id}`);
    await officePage.getByRole('heading', { name: enterprise.name, level: 1 }).waitFor({ timeout: 30_000 });
    const visit = officePage.getByRole('listitem').filter({ hasText: summary });
    await visit.waitFor();
    await visit.getByText('代办', { exact: true }).waitFor();
    await officePage.getByRole('row').filter({ hasText: title }).waitFor();
    await shot(officePage, 'official-6-district-enterprise');
    await officePage.goto(`${origin()}/ledger`);
    await officePage.getByRole('row').filter({ hasText: title }).waitFor({ timeout: 30_000 });
    await shot(officePage, 'official-7-district-ledger');
    await officePage.goto(issueUrl);
    await officePage.getByRole('heading', { name: new RegExp(title) }).waitFor();
    expect(officeErrors).toEqual([]);
    await officeContext.close();
  });
});
