import type { Browser, Request } from 'playwright-core';
import { stackInfo } from '@qinshang/testkit';
import { launch, origin, people, shot, signedIn, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The operation a console request to /graphql names (the console sends a persisted hash and the operation's name). */
const operationOf = (request: Request): string => {
  try {
    return String((JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? '');
  } catch {
    return '';
  }
};

describe('a silent renewal of the access token', () => {
  jest.setTimeout(300_000);

  it('keeps the page as it is: no page fetched again, the next request carries the new token', async () => {
    const context = await signedIn(browser, people.city());
    const page = await context.newPage();
    const errors = watchErrors(page);
    const graphql: Array<{ at: number; operation: string; authorization: string }> = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
        graphql.push({ at: Date.now(), operation: operationOf(request), authorization: request.headers().authorization ?? '' });
      }
    });
    // A clock the test can move: the token's expiry comes in seconds instead of ten minutes.
    await page.clock.install();
    await page.goto(`${origin()}/dashboard?period=2016-08`);
    await page.getByRole('heading', { name: '市级驾驶舱' }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
    // The dashboard's own query (the ledger page does not send it).
    const DASHBOARD = ['CityDashboard'];
    expect(DASHBOARD.filter((name) => graphql.some((request) => request.operation === name))).toEqual(DASHBOARD);
    const tokenEndpoint = new URL('/token', stackInfo().identityUrl!).href;
    const renewed = page.waitForResponse((response) => response.url().startsWith(tokenEndpoint) && response.request().method() === 'POST', { timeout: 60_000 });
    const before = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('oidc.user:')).map((key) => JSON.parse(sessionStorage.getItem(key)!).access_token as string)[0]);

    // Past the point where the console renews (a minute before the ten-minute token expires).
    await page.clock.fastForward('09:30');
    const response = await renewed;
    expect(response.status()).toBe(200);
    await page.waitForFunction(
      (old) => Object.keys(sessionStorage).some((key) => key.startsWith('oidc.user:') && JSON.parse(sessionStorage.getItem(key)!).access_token !== old),
      before,
    );
    const renewedAt = Date.now();
    const after = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('oidc.user:')).map((key) => JSON.parse(sessionStorage.getItem(key)!).access_token as string)[0]);
    expect(after).not.toBe(before);

    // A fence: the next page the person opens. Had the renewal rebuilt the console's client, the
    // dashboard's queries would have gone out again before this one.
    // Its first query is the fact waited on: under load the page's spinner may not have shown yet when checked.
    const nextQuery = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/graphql', { timeout: 60_000 });
    await page.getByRole('menuitem', { name: '考核排名' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/assessment'));
    await nextQuery;
    await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
    await shot(page, 'renewal-after');

    const since = graphql.filter((request) => request.at >= renewedAt);
    expect(since.length).toBeGreaterThan(0);
    // None of the dashboard's queries went out again.
    expect(since.map((request) => request.operation).filter((name) => DASHBOARD.includes(name))).toEqual([]);
    // Every request after the renewal carries the new token, none the old one.
    expect(since.map((request) => request.authorization)).toEqual(since.map(() => `Bearer ${after}`));
    expect(errors).toEqual([]);
    await context.close();
  });
});
