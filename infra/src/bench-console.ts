import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Role, signDevToken } from '@qinshang/auth';
import { chromium, type Browser } from 'playwright-core';
import { benchLog, benchPlatform } from './bench/stack';

/**
 * `npm run -s bench:console`: time to interactive of the console's first page, with a warm
 * server: from navigation start until the city office's dashboard shows its tenants' table and
 * a live escalation feed (and a district office's portal its first page of enterprises), each in
 * a fresh browser profile (nothing cached), in Debian's headless chromium. A figure, not a test.
 */
const log = benchLog('bench:console');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
  const { info, stop: stopStack } = await benchPlatform('bench:console');
  const origin = new URL(info.gatewayUrl).origin;
  const config = (await (await fetch(`${origin}/console-config.json`)).json()) as { issuer: string; clientId: string };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const pages: Array<{ name: string; claims: Record<string, string>; path: string; ready: string[] }> = [
      { name: 'city dashboard (/dashboard)', claims: { role: Role.CITY_ADMIN, name: '市亲商助企办' }, path: '/', ready: ['tbody tr[data-row-key]', '.ant-badge-status-success'] },
      { name: 'district portal (/enterprises)', claims: { role: Role.DISTRICT_ADMIN, districtId: '610111', name: '灞桥区亲商助企办' }, path: '/', ready: ['tbody tr[data-row-key] a'] },
    ];
    for (const target of pages) {
      const token = await signDevToken({ sub: `bench:${target.claims.role}`, ...target.claims } as never, { devKey: info.devKey, issuer: 'qinshang-dev', audience: 'qinshang', expiresIn: 3600 });
      const times: number[] = [];
      // The first load warms the server (plans, pools, compressed files); it is not counted.
      for (let run = 0; run <= runs; run++) {
        const ms = await timeToInteractive(browser, origin, target.path, target.ready, config, token, target.claims);
        if (run > 0) times.push(ms);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      process.stdout.write(`${target.name}: time to interactive median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}; ${runs} fresh profiles, warm server)\n`);
    }
  } finally {
    await browser.close();
    await stopStack();
  }
}

async function timeToInteractive(
  browser: Browser,
  origin: string,
  path: string,
  ready: string[],
  config: { issuer: string; clientId: string },
  token: string,
  claims: Record<string, string>,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  // The signed-in session where oidc-client-ts keeps it: the measure starts after sign-in.
  const user = { access_token: token, id_token: token, token_type: 'Bearer', scope: 'openid profile offline_access', profile: { sub: `bench:${claims.role}`, ...claims }, expires_at: Math.floor(Date.now() / 1000) + 3600 };
  await context.addInitScript(([key, value]) => (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem(key, value), [`oidc.user:${config.issuer}:${config.clientId}`, JSON.stringify(user)] as const);
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  for (const selector of ready) await page.waitForSelector(selector, { timeout: 30_000 });
  // Interactive: the main thread answers (a task queued now runs), measured from navigation start.
  const ms = await page.evaluate(() => new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 0)));
  await context.close();
  return ms;
}

main().catch((error) => {
  process.stderr.write(`[bench:console] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
