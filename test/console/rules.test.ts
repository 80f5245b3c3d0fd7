import type { Browser } from 'playwright-core';
import { as } from '@qinshang/testkit';
import { addMonths, periodOf } from '@qinshang/calendar';
import { launch, origin, people, shot, signedIn, watchErrors } from './browser';

/**
 * Issue 14, done-when 5: the city publishes a new campaign rules version from the console; an
 * invalid deadline is refused by the city service (BAD_USER_INPUT, extensions.field
 * `input.deadlines.APPROVAL.resolutionDays`) and the page shows the error under that field.
 */
const RULES = `query ($period: String) { city { campaign { ruleVersions { version effectiveFrom } rules(period: $period) { version deadlines { category resolutionDays } } } } }`;
type RulesData = { city: { campaign: { ruleVersions: Array<{ version: number; effectiveFrom: string }>; rules: { version: number; deadlines: Array<{ category: string; resolutionDays: number }> } } } };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the campaign rules page', () => {
  it('shows the server’s refusal of an invalid deadline on that field, then publishes the corrected version', async () => {
    const nextMonth = addMonths(periodOf(), 1);
    const read = async () => (await as.city().ok<RulesData>(RULES, { period: nextMonth })).city.campaign;
    const before = await read();
    const context = await signedIn(browser, people.city());
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/rules`);
    await page.getByRole('heading', { name: '考核规则' }).waitFor();
    const resolution = page.getByLabel('审批 办结时限（天）');
    // The form starts from the version in force.
    await page.waitForFunction(() => (document.getElementById('deadlines_APPROVAL_resolutionDays') as HTMLInputElement | null)?.value !== '');

    // 0 days passes the form (a number) and is refused by the service, on exactly this field.
    await resolution.fill('0');
    await page.getByRole('button', { name: '发布新版本' }).click();
    const fieldError = page.locator('.ant-form-item-has-error').filter({ has: resolution });
    await fieldError.getByText('办结时限须为正整数天数').waitFor();
    await shot(page, 'rules-1-invalid-deadline');
    // Only that field is in error, and nothing was published.
    expect(await page.locator('.ant-form-item-has-error').count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await read()).ruleVersions).toEqual(before.ruleVersions);

    // Corrected, the version is published (from next month, the form's default) and says so.
    await resolution.fill('20');
    await page.getByRole('button', { name: '发布新版本' }).click();
    const published = page.getByRole('status').filter({ hasText: '版已发布' });
    await published.waitFor();
    await shot(page, 'rules-2-published');
    expect(await page.locator('.ant-form-item-has-error').count()).toBe(0);
    const version = Number(/第 (\d+) 版已发布/.exec((await published.textContent()) ?? '')?.[1]);
    const after = await read();
    expect(after.ruleVersions).toContainEqual({ version, effectiveFrom: nextMonth });
    expect(before.ruleVersions.map((v) => v.version)).not.toContain(version);
    // What next month's rules say, unless another version for it came after this one.
    if (after.rules.version === version) expect(after.rules.deadlines.find((d) => d.category === 'APPROVAL')!.resolutionDays).toBe(20);
    expect(errors).toEqual([]);
    await context.close();
    // A browser through the real sign-in on a loaded machine: more than the default minute.
  }, 180_000);
});
