import type { Browser, Page } from 'playwright-core';
import { as } from '@qinshang/testkit';
import { operation } from '../contract/operations';
import { escalate, raiseProblems } from '../feeds/helpers';
import { launch, origin, people, shot, signedIn, watchErrors } from './browser';

/** The month the seeded bulletin describes. */
const PERIOD = '2016-08';

interface DistrictFigures {
  id: string;
  name: string;
  enterpriseCount: number;
  officialCount: number;
  issueStats: { open: number; overdue: number; escalated: number } | null;
  ranking: { rank: number; score: number; visitCompliance: number | null; responseRate: number | null; resolutionRate: number | null; satisfactionRate: number | null } | null;
}

const rate = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openDashboard(page: Page) {
  await page.goto(`${origin()}/dashboard?period=${PERIOD}`);
  await page.getByRole('heading', { name: '市级驾驶舱' }).waitFor();
}

/** The row of the tenants' table whose tenant cell is exactly `name`. */
const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });

describe('the city dashboard in a browser', () => {
  it('shows city-office all 21 tenants with the figures the gateway returns', async () => {
    const expected = await as.city().ok<{ city: { districts: DistrictFigures[] } }>(operation('city-dashboard.graphql', 'CityDashboard'), { period: PERIOD });
    expect(expected.city.districts).toHaveLength(21);

    const context = await signedIn(browser, people.city());
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/`);
    // The city office lands on its dashboard.
    await page.getByRole('heading', { name: '市级驾驶舱' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    await openDashboard(page);
    await rowOf(page, expected.city.districts[0].name).waitFor();

    for (const d of expected.city.districts) {
      const cells = await rowOf(page, d.name).getByRole('cell').allInnerTexts();
      expect(cells.map((c) => c.trim())).toEqual([
        d.ranking ? String(d.ranking.rank) : '—',
        d.name,
        String(d.enterpriseCount),
        String(d.officialCount),
        String(d.issueStats?.open ?? '—'),
        String(d.issueStats?.overdue ?? '—'),
        String(d.issueStats?.escalated ?? '—'),
        d.ranking ? d.ranking.score.toFixed(1) : '—',
        rate(d.ranking?.visitCompliance),
        rate(d.ranking?.responseRate),
        rate(d.ranking?.resolutionRate),
        rate(d.ranking?.satisfactionRate),
      ]);
    }
    // The month is shown the Chinese way, and the table sorts by a column when asked.
    await page.getByText('各区县概况（2016年8月）').waitFor();
    await shot(page, 'dashboard-1-city-tenants');
    await page.getByRole('columnheader', { name: '企业数' }).click();
    const byEnterprises = [...expected.city.districts].sort((a, b) => a.enterpriseCount - b.enterpriseCount);
    await page.waitForFunction(
      (first) => document.querySelector('tbody tr[data-row-key]')?.getAttribute('data-row-key') === first,
      byEnterprises[0].id,
    );
    await shot(page, 'dashboard-1-sorted-by-enterprises');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists an escalation raised to the city live, and after a cut socket all three once each', async () => {
    // Three problems of 灞桥区, each to be escalated to its leading group and then to the city.
    const [first, second, third] = await raiseProblems('610111', 3, 'console-live');
    for (const id of [first, second, third]) await escalate('610111', id, '需区领导小组协调');
    const ledgerNos = await Promise.all(
      [first, second, third].map(async (id) => (await as.district('610111').ok<{ issue: { ledgerNo: string } }>('query($id: ID!) { issue(id: $id) { ledgerNo } }', { id })).issue.ledgerNo),
    );

    const context = await signedIn(browser, people.city());
    const page = await context.newPage();
    const errors = watchErrors(page);
    // The page's websocket goes through a route the test can cut and hold down.
    let down = false;
    const sockets: Array<{ close: () => Promise<void> }> = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (down) {
        void ws.close({ code: 1011, reason: 'cut by the test' });
        return;
      }
      ws.connectToServer();
      sockets.push(ws);
    });
    await openDashboard(page);
    const feedState = page.getByRole('status', { name: '实时推送状态' });
    await feedState.getByText('实时').waitFor();

    const listed = (ledgerNo: string) => page.getByRole('listitem', { name: ledgerNo });
    await escalate('610111', first, '区领导小组无法协调，报市领导小组');
    await listed(ledgerNos[0]).waitFor({ timeout: 15_000 });
    await shot(page, 'dashboard-2-first-live');

    // Cut the socket and keep it down while two more are raised to the city.
    down = true;
    await Promise.all(sockets.splice(0).map((ws) => ws.close()));
    await feedState.getByText('正在重连').waitFor();
    await escalate('610111', second, '报市领导小组');
    await escalate('610111', third, '报市领导小组');
    await shot(page, 'dashboard-2-reconnecting');
    down = false;

    await feedState.getByText('实时').waitFor({ timeout: 30_000 });
    for (const no of ledgerNos) await listed(no).waitFor({ timeout: 15_000 });
    for (const no of ledgerNos) expect(await listed(no).count()).toBe(1);
    await shot(page, 'dashboard-2-after-reconnect');
    expect(errors.filter((e) => !/WebSocket|websocket/.test(e))).toEqual([]);
    await context.close();
  });
});
