import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Role } from '@qinshang/auth';
import { stackInfo, type Claims } from '@qinshang/testkit';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots of every page the tests visit (git-ignored; CI keeps them as artifacts). */
export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'artifacts', 'console');

/** The console's origin: the gateway's. */
export const origin = () => new URL(stackInfo().gatewayUrl).origin;

/** Debian's chromium, headless, as the machine's notes prescribe (no downloaded browser). */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export type Viewport = 'desktop' | 'phone';
const VIEWPORTS = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };

export interface Person {
  username: string;
  claims: Claims & { name: string };
}

export const people = {
  city: (): Person => ({ username: 'city-office', claims: { role: Role.CITY_ADMIN, name: '市亲商助企办', sub: 'account:city-office' } }),
  inspector: (): Person => ({ username: 'inspector', claims: { role: Role.INSPECTOR, name: '市督查组', sub: 'account:inspector' } }),
  district: (districtId: string): Person => ({
    username: `${districtId}-office`,
    claims: { role: Role.DISTRICT_ADMIN, districtId, name: `${districtId} 亲商助企办`, sub: `account:${districtId}-office` },
  }),
};

/**
 * A browser context signed in as `person` through the real sign-in page: the console sends the
 * browser to the platform's identity provider (code flow with PKCE), the test fills 用户名 and 密码
 * and presses 登录, and the provider sends it back to the console. Later pages of the context sign
 * in again silently with the provider's session (the console keeps its tokens per tab).
 */
export async function signedIn(browser: Browser, person: Person, viewport: Viewport = 'desktop'): Promise<BrowserContext> {
  const { identityUrl, devPassword } = stackInfo();
  if (!identityUrl) throw new Error('the test platform has no identity provider to sign in with');
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(`${origin()}/`);
  await page.waitForURL((url) => url.origin === new URL(identityUrl).origin, { timeout: 30_000 });
  await page.getByLabel('用户名').fill(person.username);
  await page.getByLabel('密码').fill(devPassword);
  await shot(page, `sign-in-${person.username}`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.origin === origin() && !url.pathname.startsWith('/auth/'), { timeout: 30_000 });
  await page.getByRole('main').waitFor();
  await page.close();
  return context;
}

/** Saves a screenshot of the page as it is now: `<test>-<step>.png`. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fails a test on anything the page logs as an error (a stack in the console is a bug too). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Chooses `option` in the select labelled `label`, as a person would: opens the list and clicks
 * the option. A click that lands while the list is still opening does not take (the list stays
 * open with the option only highlighted, seen in CI on a loaded machine), so the choice is
 * confirmed by the list closing, and made again if it did not.
 */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const list = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; ; attempt++) {
    if ((await list.count()) === 0) await page.getByRole('combobox', { name: label }).click();
    await list.getByTitle(option, { exact: true }).click();
    try {
      await list.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
