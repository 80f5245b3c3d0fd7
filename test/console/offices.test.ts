import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import WebSocket from 'ws';
import { as, stackInfo } from '@qinshang/testkit';
import { escalate, raiseProblems, repoRoot, startGateway, type ExtraProcess } from '../feeds/helpers';
import { launch, origin, people, shot, signedIn, watchErrors } from './browser';

/**
 * The leading-group office of a district: what is escalated to its level arrives live (no
 * reload) and is decided from the page; problems of several enterprises are linked into a
 * systemic problem and escalated as one. The page's websocket goes to a gateway that runs the
 * console's trusted documents only (ARBITRARY_DOCUMENTS=named, no role named, as in production):
 * the console sends the subscription by its hash alone, and the feed works.
 */
const DISTRICT = '610112';

let browser: Browser;
let trusted: ExtraProcess;
beforeAll(async () => {
  browser = await launch();
  const { identityUrl } = stackInfo();
  trusted = await startGateway(undefined, {
    // The browser's tokens are the platform's identity provider's.
    AUTH_ISSUER: identityUrl,
    AUTH_JWKS_URL: `${new URL(identityUrl).origin}/jwks`,
    PERSISTED_DOCUMENTS_PATH: path.join(repoRoot, 'services', 'console', 'dist', 'persisted-documents.json'),
    ARBITRARY_DOCUMENTS: 'named',
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await trusted?.kill('SIGTERM');
});

/** Every websocket of the page goes to the trusted-documents gateway; what the page sends is kept. */
async function throughTrustedGateway(page: Page): Promise<Array<Record<string, unknown>>> {
  const sent: Array<Record<string, unknown>> = [];
  await page.routeWebSocket(/\/graphql$/, (route) => {
    const upstream = new WebSocket(trusted.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const queue: string[] = [];
    upstream.on('open', () => queue.splice(0).forEach((m) => upstream.send(m)));
    upstream.on('message', (data) => route.send(data.toString()));
    upstream.on('close', (code, reason) => void route.close({ code: code === 1005 ? 1000 : code, reason: reason.toString() }));
    route.onMessage((message) => {
      const text = message.toString();
      sent.push(JSON.parse(text));
      if (upstream.readyState === WebSocket.OPEN) upstream.send(text);
      else queue.push(text);
    });
    route.onClose(() => upstream.close());
  });
  return sent;
}

async function chooseByTyping(page: Page, label: string, typed: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: typed }).first().click();
}

describe('a district leading-group office in a browser', () => {
  it('sees an escalation arrive live, decides it, and escalates a systemic problem as one', async () => {
    const [first, second, ...probes] = await raiseProblems(DISTRICT, 6, 'console-office');
    const ledgerNoOf = async (id: string) => (await as.district(DISTRICT).ok<{ issue: { ledgerNo: string } }>('query($id: ID!) { issue(id: $id) { ledgerNo } }', { id })).issue.ledgerNo;
    const ledgerNos = [await ledgerNoOf(first), await ledgerNoOf(second)];
    const context = await signedIn(browser, people.district(DISTRICT));
    const page = await context.newPage();
    const errors = watchErrors(page);
    const sent = await throughTrustedGateway(page);

    await page.goto(`${origin()}/offices`);
    await page.getByRole('heading', { name: '区县领导小组办公室' }).waitFor();
    // From here on the page is never loaded again: what arrives, arrives live.
    let loads = 0;
    page.on('load', () => (loads += 1));
    const feedState = page.getByRole('status', { name: '实时推送状态' });
    await feedState.getByText('实时').waitFor({ timeout: 30_000 });
    // The subscription went by its hash alone, and the gateway that trusts nothing else took it.
    const subscribe = sent.find((m) => m.type === 'subscribe') as { payload: { query: string; extensions: { persistedQuery: { sha256Hash: string } } } } | undefined;
    expect(subscribe?.payload.query).toBe('');
    expect(subscribe?.payload.extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);

    const waiting = page.locator('.ant-card').filter({ has: page.getByText('待区县领导小组研究', { exact: true }) });
    // "Live" is the socket; the feed behind it (gateway to issues subgraph) is registered a moment
    // later. A probe escalated until one arrives says it is: the fact to wait on, not a sleep.
    let registered = false;
    for (const probe of probes) {
      await escalate(DISTRICT, probe, '探测推送');
      registered = await waiting
        .getByRole('listitem', { name: await ledgerNoOf(probe) })
        .waitFor({ timeout: 8_000 })
        .then(() => true, () => false);
      if (registered) break;
    }
    expect(registered).toBe(true);

    // Escalated through the API, it appears without a reload.
    await escalate(DISTRICT, first, '企业审批卡点，需区领导小组协调');
    const listed = waiting.getByRole('listitem', { name: ledgerNos[0] });
    await listed.waitFor({ timeout: 20_000 });
    expect(loads).toBe(0);
    await shot(page, 'offices-1-live');

    // Decided from the page: back to the office, with instructions.
    await listed.getByRole('button', { name: '研究决定' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('区县领导小组研究决定').waitFor();
    await dialog.getByLabel('退回办公室').check();
    await dialog.getByLabel('决定内容').fill('由区亲商办协调审批部门限时办结');
    await dialog.getByLabel('批示意见').fill('三个工作日内反馈');
    await shot(page, 'offices-2-deciding');
    await dialog.getByRole('button', { name: '提交' }).click();
    await listed.waitFor({ state: 'detached' });
    const decided = await as.district(DISTRICT).ok<{ issue: { status: string; escalations: Array<{ status: string; outcome: string }> } }>(
      'query($id: ID!) { issue(id: $id) { status escalations { status outcome } } }',
      { id: first },
    );
    expect(decided.issue.status).toBe('RAISED');
    expect(decided.issue.escalations).toEqual([{ status: 'DECIDED', outcome: 'BACK_TO_OFFICE' }]);

    // The two problems (two enterprises) linked into one systemic problem...
    const title = `审批共性问题 ${Date.now()}`;
    await page.getByRole('button', { name: '合并为系统性问题' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('名称').fill(title);
    await create.getByLabel('情况说明').fill('多家企业反映同一审批环节久拖不决');
    for (const no of ledgerNos) await chooseByTyping(page, '涉及的问题（至少两个企业的问题）', no);
    // The multiple select stays open after a choice: leave it for another field.
    await create.getByLabel('情况说明').click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' }).catch(() => page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' }));
    await shot(page, 'offices-3-linking');
    await create.getByRole('button', { name: '提交' }).click();
    const systemic = page.getByRole('listitem', { name: title });
    await systemic.waitFor();
    for (const no of ledgerNos) await systemic.getByRole('link', { name: no }).waitFor();

    // ...and escalated as one: both arrive live in the waiting list.
    await systemic.getByRole('button', { name: '合并上报' }).click();
    const escalateDialog = page.getByRole('dialog');
    await escalateDialog.getByLabel('上报理由').fill('涉及多家企业，需区领导小组统筹');
    await escalateDialog.getByRole('button', { name: '提交' }).click();
    // The systemic problem's own tag comes first; its members' tags turn to 已上报 too as the feed brings them.
    await systemic.getByText('已上报').first().waitFor();
    for (const no of ledgerNos) await waiting.getByRole('listitem', { name: no }).waitFor({ timeout: 20_000 });
    for (const no of ledgerNos) expect(await waiting.getByRole('listitem', { name: no }).count()).toBe(1);
    expect(loads).toBe(0);
    await shot(page, 'offices-4-systemic-escalated');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
