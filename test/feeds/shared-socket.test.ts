import { createClient, type SubscribePayload } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '@qinshang/auth';
import { stackInfo, tokenFor } from '@qinshang/testkit';
import { scrape, sample } from '../observability/prometheus';
import { collect, escalate, headCursor, office, raiseProblems } from './helpers';

/**
 * The gateway shares one socket per subgraph among all its subscribers; each operation carries
 * its caller's token and the subgraph verifies it for that operation alone. What a subscriber
 * notices: its own scope's events, exactly, whoever else shares the socket; what the platform
 * notices: subscribers with distinct tokens no longer cost a subgraph socket each.
 */
const issuesUrl = () => stackInfo().subgraphUrls.issues;

async function issuesGauge(kind: 'subgraph' | 'subgraph_sockets'): Promise<number> {
  return sample(await scrape(issuesUrl()), 'qinshang_live_subscriptions', { kind });
}

async function waitFor(what: string, fact: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await fact())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('subscriptions sharing one upstream socket', () => {
  jest.setTimeout(180_000);

  it('carries six callers of three scopes on one subgraph socket, each getting its own scope only', async () => {
    const [baqiao] = await raiseProblems('610111', 2, 'shared-socket');
    const [huxian] = await raiseProblems('610125', 1, 'shared-socket');
    const socketsBefore = await issuesGauge('subgraph_sockets');
    const liveBefore = await issuesGauge('subgraph');
    const after = await headCursor();
    const url = stackInfo().gatewayUrl;
    const city = await Promise.all([1, 2, 3, 4].map((n) => tokenFor({ role: Role.CITY_ADMIN, sub: `feeds:shared-socket:city:${n}` })));
    const cityFeeds = city.map((token) => collect({ url, token, level: 'DISTRICT', after }));
    const baqiaoFeed = collect({ url, token: await office('610111').bearer(), after });
    const huxianFeed = collect({ url, token: await office('610125').bearer(), after });
    const feeds = [...cityFeeds, baqiaoFeed, huxianFeed];
    try {
      await waitFor('six live subscriptions on the issues subgraph', async () => (await issuesGauge('subgraph')) >= liveBefore + 6);
      // One socket at most for the six (other suites' subscribers share it too); one per token before.
      expect((await issuesGauge('subgraph_sockets')) - socketsBefore).toBeLessThanOrEqual(1);

      const a = await escalate('610111', baqiao, '共享连接 甲');
      const b = await escalate('610125', huxian, '共享连接 乙');
      await huxianFeed.until((events) => events.some((e) => e.escalation.id === b), 60_000, "户县's escalation");
      // A fence of 灞桥区's own after 户县's: once 灞桥区's office has it, anything stray would have come before.
      const [fenceIssue] = await raiseProblems('610111', 1, 'shared-socket-fence');
      const c = await escalate('610111', fenceIssue, '共享连接 栅栏');
      await Promise.all(cityFeeds.map((feed) => feed.until((events) => events.some((e) => e.escalation.id === c), 60_000, 'the fence at the city')));
      await baqiaoFeed.until((events) => events.some((e) => e.escalation.id === c), 60_000, 'the fence at 灞桥区');

      const ours = (ids: string[]) => ids.filter((id) => [a, b, c].includes(id));
      for (const feed of cityFeeds) expect(ours(feed.ids())).toEqual([a, b, c]);
      expect(ours(baqiaoFeed.ids())).toEqual([a, c]);
      expect(ours(huxianFeed.ids())).toEqual([b]);
    } finally {
      await Promise.all(feeds.map((feed) => feed.feed.stop()));
    }
  });

  it('refuses an operation whose own token is forged or missing, and keeps the socket for the others on it', async () => {
    const client = createClient({
      url: issuesUrl().replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { tokenPerOperation: true },
      retryAttempts: 0,
      lazy: true,
    });
    const once = (payload: SubscribePayload) =>
      new Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }>((resolve, reject) => {
        let result: unknown;
        client.subscribe(payload, { next: (value) => (result = value), error: reject, complete: () => resolve(result as never) });
      });
    const good = `Bearer ${await tokenFor({ role: Role.CITY_ADMIN, sub: 'feeds:shared-socket:direct' })}`;
    const forged = `Bearer ${good.slice(7, -8)}AAAAAAAA`;
    try {
      const [refusedForged, refusedMissing, served] = await Promise.all([
        once({ query: '{ __typename }', extensions: { authorization: forged } }),
        once({ query: '{ __typename }' }),
        once({ query: '{ __typename }', extensions: { authorization: good } }),
      ]);
      expect(refusedForged.data).toBeUndefined();
      expect(refusedForged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(refusedMissing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(served).toEqual({ data: { __typename: 'Query' } });
      // And after the refusals, the same socket still serves.
      expect(await once({ query: '{ __typename }', extensions: { authorization: good } })).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await client.dispose();
    }
  });
});
