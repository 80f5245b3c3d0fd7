import { Role } from '@qinshang/auth';
import { followEscalations, type FeedError } from '@qinshang/feed-client';
import { stackInfo, tokenFor } from '@qinshang/testkit';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { collect, escalate, headCursor, office, raiseProblems, waitFor } from './helpers';

/** Issue 5, done-when 5, and the token's limits: scope per event, expiry, subscriptions per token. */
describe('the escalation feed follows the token', () => {
  jest.setTimeout(120_000);

  it('never gives a 灞桥区 subscriber a 户县 escalation while both are raised', async () => {
    const [baqiao, huxian] = await Promise.all([raiseProblems('610111', 15, 'feed-scope'), raiseProblems('610125', 15, 'feed-scope')]);
    // Every subscriber starts from the log's head: what is written from here on reaches it however
    // long its subscription takes to go live.
    const after = await headCursor();
    const baqiaoFeed = collect({ url: stackInfo().gatewayUrl, token: await office('610111').bearer(), after });
    // Even asking for 户县 by name gives a 灞桥区 token nothing of it.
    const nosy = collect({ url: stackInfo().gatewayUrl, token: await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: '610111', sub: 'feeds:nosy' }), districtId: '610125', after });
    const huxianFeed = collect({ url: stackInfo().gatewayUrl, token: await office('610125').bearer(), after });
    try {
      const [ours, theirs] = await Promise.all([
        Promise.all(baqiao.slice(0, -1).map((id) => escalate('610111', id, '灞桥区上报'))),
        Promise.all(huxian.slice(0, -1).map((id) => escalate('610125', id, '户县上报'))),
      ]);
      // A last escalation in each tenant, written after all the others: the feed delivers in commit
      // order, so once a subscriber has it, anything of the other tenant's would have come before.
      const [baqiaoLast, huxianLast] = [await escalate('610111', baqiao.at(-1)!, '灞桥区上报'), await escalate('610125', huxian.at(-1)!, '户县上报')];
      ours.push(baqiaoLast);
      theirs.push(huxianLast);
      await baqiaoFeed.until((events) => ours.every((id) => events.some((e) => e.escalation.id === id)), 30_000, '灞桥区 escalations');
      await huxianFeed.until((events) => theirs.every((id) => events.some((e) => e.escalation.id === id)), 30_000, '户县 escalations');
      expect(baqiaoFeed.events.length).toBeGreaterThanOrEqual(15);
      expect(baqiaoFeed.events.every((e) => e.escalation.issue.enterprise?.district?.id === '610111')).toBe(true);
      expect(baqiaoFeed.ids().filter((id) => theirs.includes(id))).toEqual([]);
      expect(huxianFeed.events.every((e) => e.escalation.issue.enterprise?.district?.id === '610125')).toBe(true);
      expect(huxianFeed.ids().filter((id) => ours.includes(id))).toEqual([]);
      expect(nosy.events).toEqual([]);
    } finally {
      await Promise.all([baqiaoFeed.feed.stop(), huxianFeed.feed.stop(), nosy.feed.stop()]);
    }
  });

  it('gives the city city-level escalations by default and all of them when it asks for level DISTRICT', async () => {
    const [problem] = await raiseProblems('610125', 1, 'feed-levels');
    const after = await headCursor();
    const cityDefault = collect({ url: stackInfo().gatewayUrl, token: await tokenFor({ role: Role.CITY_ADMIN, sub: 'feeds:levels:1' }), districtId: '610125', after });
    const cityAll = collect({ url: stackInfo().gatewayUrl, token: await tokenFor({ role: Role.CITY_ADMIN, sub: 'feeds:levels:2' }), districtId: '610125', level: 'DISTRICT', after });
    try {
      const toDistrict = await escalate('610125', problem, '报区县领导小组');
      await cityAll.until((events) => events.some((e) => e.escalation.id === toDistrict), 20_000, 'the district-level one');
      const toCity = await escalate('610125', problem, '报市领导小组');
      await cityDefault.until((events) => events.some((e) => e.escalation.id === toCity), 20_000, 'the city-level one');
      await cityAll.until((events) => events.some((e) => e.escalation.id === toCity), 20_000, 'the city-level one');
      // The district-level one was committed first, so it would have come before the city-level one.
      expect(cityDefault.ids()).not.toContain(toDistrict);
      expect(cityDefault.events.every((e) => e.escalation.level === 'CITY')).toBe(true);
      expect(cityAll.ids().filter((id) => id === toDistrict || id === toCity)).toEqual([toDistrict, toCity]);
    } finally {
      await Promise.all([cityDefault.feed.stop(), cityAll.feed.stop()]);
    }
  });

  it('ends the subscription with UNAUTHENTICATED when the token expires', async () => {
    const token = await tokenFor({ role: Role.CITY_ADMIN, sub: 'feeds:expiring' }, { expiresIn: 3 });
    const expiresAt = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).exp * 1000;
    const feed = followEscalations({ url: stackInfo().gatewayUrl, token, onEvent: () => undefined });
    const error = (await feed.done.then(() => null, (e: FeedError) => e))!;
    expect(error).not.toBeNull();
    expect(error.code).toBe('UNAUTHENTICATED');
    // It ended because the token expired, not at once: the end comes after the token's own expiry.
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
  });

  it('refuses more live subscriptions per token than the cap with RATE_LIMITED', async () => {
    const token = await tokenFor({ role: Role.CITY_ADMIN, sub: 'feeds:greedy' });
    const client = createClient({ url: stackInfo().gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const results: Array<{ index: number; code?: string }> = [];
    const unsubscribes: Array<() => void> = [];
    try {
      const subscribe = (index: number) =>
        client.subscribe(
          { query: 'subscription { escalationRaised { cursor } }' },
          {
            next: (result) => results.push({ index, code: (result.errors?.[0]?.extensions as { code?: string } | undefined)?.code }),
            error: (error) => results.push({ index, code: (error as Array<{ extensions?: { code?: string } }>)?.[0]?.extensions?.code ?? 'socket' }),
            complete: () => undefined,
          },
        );
      // All at once: the server takes a slot before it awaits anything, so exactly one is refused,
      // and its refusal is the fact waited on.
      const refusal = () => waitFor(() => results.length > 0, 'the RATE_LIMITED refusal');
      for (let i = 0; i < 21; i++) unsubscribes.push(subscribe(i));
      await refusal();
      expect(results).toEqual([{ index: expect.any(Number), code: 'RATE_LIMITED' }]);

      // Unsubscribing frees the slots at once, with no event needed to wake the subscriptions:
      // twenty are taken again and one of twenty-one is refused; one more past the cap, refused
      // in its turn, shows no other refusal was still on its way.
      unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
      results.length = 0;
      for (let i = 0; i < 21; i++) unsubscribes.push(subscribe(100 + i));
      await refusal();
      unsubscribes.push(subscribe(200));
      await waitFor(() => results.some((r) => r.index === 200), 'the refusal of one more past the cap');
      expect(results).toEqual([
        { index: expect.any(Number), code: 'RATE_LIMITED' },
        { index: 200, code: 'RATE_LIMITED' },
      ]);
    } finally {
      unsubscribes.forEach((unsubscribe) => unsubscribe());
      await client.dispose();
    }
  });
});
