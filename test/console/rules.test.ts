import type { Browser } from 'playwright-core';
import { as } from '@qinshang/testkit';
import { addMonths, periodOf } from '@qinshang/calendar';
import { launch, origin, people, shot, signedIn, watchErrors } from './browser';

/**
 * Issue 14, done-when 5: the city publishes a new campaign rules version from the console; an
 * invalid deadline is refused by the city service (BAD_USER_INPUT, extensions.field
 * `input.deadlines.APPROVAL.resolutionDays`) and the page shows the error under that field.
 * Issue 13's reminders: the visit reminder day, checked by the form and by the service, on its field.
 */
const RULES = `query ($period: String) { city { campaign { ruleVersions { version effectiveFrom } rules(period: $period) { version deadlines { category resolutionDays } } } } }`;
type RulesData = { city: { campaign: { ruleVersions: Array<{ version: number; effectiveFrom: string }>; rules: { version: number; deadlines: Array<{ category: string; resolutionDays: number }> } } } };

const REMINDERS = `query ($period: String) { city { campaign { ruleVersions { version effectiveFrom } rules(period: $period) { version visitReminderDay reportReminderDays confirmationReminderDays } } } }`;
type Reminders = { version: number; visitReminderDay: number; reportReminderDays: number; confirmationReminderDays: number };
type RemindersData = { city: { campaign: { ruleVersions: Array<{ version: number; effectiveFrom: string }>; rules: Reminders } } };

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

  it('shows the reminders in force, refuses a visit reminder day after the 28th on that field (the form’s and the service’s), then publishes one', async () => {
    const nextMonth = addMonths(periodOf(), 1);
    const read = async (period?: string) => (await as.city().ok<RemindersData>(REMINDERS, { period })).city.campaign;
    const before = await read();
    const context = await signedIn(browser, people.city());
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/rules`);
    await page.getByRole('heading', { name: '考核规则' }).waitFor();
    // The version in force, in its own card and as the form's starting values.
    const inForce = page.getByRole('region', { name: `现行第 ${before.rules.version} 版提醒设置` });
    await inForce.getByText(`每月 ${before.rules.visitReminderDay} 日起`).waitFor();
    await inForce.getByText(`截止前 ${before.rules.reportReminderDays} 个工作日`).waitFor();
    await inForce.getByText(`办结后 ${before.rules.confirmationReminderDays} 个工作日`).waitFor();
    const day = page.getByLabel('走访提醒日（每月）', { exact: true });
    await page.waitForFunction(() => (document.getElementById('visitReminderDay') as HTMLInputElement | null)?.value !== '');
    expect(Number(await day.inputValue())).toBe(before.rules.visitReminderDay);
    expect(Number(await page.getByLabel('月报提醒（截止前工作日）', { exact: true }).inputValue())).toBe(before.rules.reportReminderDays);
    expect(Number(await page.getByLabel('销号确认提醒（办结后工作日）', { exact: true }).inputValue())).toBe(before.rules.confirmationReminderDays);
    const fieldError = page.locator('.ant-form-item-has-error').filter({ has: day });

    // The 29th: the form says so under the field and sends nothing.
    let sent = 0;
    page.on('request', (request) => void (request.postData()?.includes('PublishCampaignRules') && sent++));
    await day.fill('29');
    await page.getByRole('button', { name: '发布新版本' }).click();
    await fieldError.getByText('走访提醒日须为 1 到 28 日').waitFor();
    await shot(page, 'rules-3-visit-day-form');
    expect(sent).toBe(0);
    expect(await page.locator('.ant-form-item-has-error').count()).toBe(1);

    // The service's own refusal: a form that let the 29th through (changed on its way) gets it back on the same field.
    let refusal: unknown;
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      if (body.operationName !== 'PublishCampaignRules') return route.continue();
      body.variables.input.visitReminderDay = 29;
      const response = await route.fetch({ postData: JSON.stringify(body) });
      refusal = (await response.json()).errors?.[0]?.extensions;
      await route.fulfill({ response });
    });
    await day.fill('28');
    await fieldError.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '发布新版本' }).click();
    await fieldError.getByText('走访提醒日须为 1 到 28 日').waitFor();
    await shot(page, 'rules-4-visit-day-service');
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.visitReminderDay' });
    expect(await page.locator('.ant-form-item-has-error').count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await read()).ruleVersions).toEqual(before.ruleVersions);
    await page.unroute('**/graphql');

    // The 25th is published, from next month (the form's default).
    await day.fill('25');
    await page.getByRole('button', { name: '发布新版本' }).click();
    const published = page.getByRole('status').filter({ hasText: '版已发布' });
    await published.waitFor();
    await shot(page, 'rules-5-visit-day-published');
    expect(await page.locator('.ant-form-item-has-error').count()).toBe(0);
    const version = Number(/第 (\d+) 版已发布/.exec((await published.textContent()) ?? '')?.[1]);
    expect((await read()).ruleVersions).toContainEqual({ version, effectiveFrom: nextMonth });
    // In force next month, unless another version for it came after this one; this month's card is unchanged.
    const next = (await read(nextMonth)).rules;
    if (next.version === version) expect(next).toMatchObject({ visitReminderDay: 25, reportReminderDays: before.rules.reportReminderDays });
    await inForce.getByText(`每月 ${before.rules.visitReminderDay} 日起`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
