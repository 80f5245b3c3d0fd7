import { Role } from '@qinshang/auth';
import type { FeedStatus } from '@qinshang/feed-client';
import { tokenFor } from '@qinshang/testkit';
import { scrape, sample } from '../observability/prometheus';
import { collect, escalate, headCursor, office, raiseProblems, startGateway, startIssuesReplica, type Collector, type ExtraProcess } from './helpers';

/**
 * Issue 16: live subscribers of one scope with the same document share ONE upstream execution
 * (one subscription on the issues subgraph, one frame per event to the gateway), fanned out at
 * the gateway. On a gateway and an issues replica of this test's own, so the counts are ours:
 * what a subscriber notices is every event of its scope, in commit order, exactly once, whoever
 * shares with it and whenever the token the upstream runs with expires.
 */
describe('subscribers of one scope sharing one upstream execution', () => {
  jest.setTimeout(180_000);
  let issues: ExtraProcess;
  let gateway: ExtraProcess;
  const feeds: Collector[] = [];

  beforeAll(async () => {
    issues = await startIssuesReplica();
    gateway = await startGateway(issues.url);
  });
  afterEach(async () => {
    await Promise.all(feeds.splice(0).map((feed) => feed.feed.stop()));
  });
  afterAll(async () => {
    await gateway?.kill('SIGTERM');
    await issues?.kill('SIGTERM');
  });

  const upstreamSubscriptions = async () => sample(await scrape(issues.url), 'qinshang_live_subscriptions', { kind: 'subgraph' });
  const shared = async () => {
    const families = await scrape(gateway.url);
    return {
      upstreams: sample(families, 'qinshang_live_subscriptions', { kind: 'shared_upstreams' }),
      subscribers: sample(families, 'qinshang_live_subscriptions', { kind: 'shared_subscribers' }),
      replays: sample(families, 'qinshang_live_subscriptions', { kind: 'shared_replays' }),
    };
  };
  async function until(what: string, fact: () => Promise<boolean>, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await fact())) {
      if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const follow = (token: string, statuses: FeedStatus[] = [], after?: string) => {
    const feed = collect({ url: gateway.url, token, level: 'DISTRICT', after, onStatus: (status) => statuses.push(status) });
    feeds.push(feed);
    return feed;
  };

  it('serves four city offices and two tenant offices from one upstream per scope, each its own scope, in commit order', async () => {
    const [baqiao1, baqiao2, baqiao3] = await raiseProblems('610111', 3, 'shared-execution');
    const [huxian1] = await raiseProblems('610125', 1, 'shared-execution');
    const city = await Promise.all([1, 2, 3, 4].map((n) => tokenFor({ role: Role.CITY_ADMIN, sub: `feeds:shared-execution:city:${n}` })));
    const cityFeeds = city.map((token) => follow(token));
    const baqiaoFeeds = [follow(await office('610111').bearer()), follow(await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: '610111', sub: 'feeds:shared-execution:baqiao:2' }))];
    const huxianFeed = follow(await office('610125').bearer());
    await until('seven subscribers on three shared upstreams', async () => {
      const now = await shared();
      return now.subscribers === 7 && now.upstreams === 3;
    });
    // On the issues subgraph: three subscriptions for the seven (once each has reached it).
    await until('three upstream subscriptions', async () => (await upstreamSubscriptions()) === 3, 30_000);

    // Concurrent writers in both tenants: each subscriber gets its scope's events in the order they committed.
    const ids = await Promise.all([
      escalate('610111', baqiao1, '共享执行 一'),
      escalate('610125', huxian1, '共享执行 二'),
      escalate('610111', baqiao2, '共享执行 三'),
    ]);
    const fenceId = await escalate('610111', baqiao3, '共享执行 栅栏');
    const all = [...cityFeeds, ...baqiaoFeeds];
    await Promise.all(all.map((feed) => feed.until((events) => events.some((e) => e.escalation.id === fenceId), 60_000, 'the fence')));
    await huxianFeed.until((events) => events.some((e) => e.escalation.id === ids[1]), 60_000, "户县's escalation");

    const cityOrder = cityFeeds[0].ids();
    expect(new Set(cityOrder).size).toBe(cityOrder.length);
    expect(cityOrder.filter((id) => [...ids, fenceId].includes(id)).sort()).toEqual([...ids, fenceId].sort());
    for (const feed of cityFeeds) expect(feed.ids()).toEqual(cityOrder);
    const positions = cityFeeds[0].events.map((e) => BigInt(Buffer.from(e.cursor, 'base64url').toString().slice(3)));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const feed of baqiaoFeeds) expect(feed.ids()).toEqual(cityOrder.filter((id) => id !== ids[1]));
    expect(huxianFeed.ids()).toEqual([ids[1]]);

    // The last of a scope to leave ends its upstream.
    await Promise.all(feeds.splice(0).map((feed) => feed.feed.stop()));
    await until('no upstream left', async () => (await upstreamSubscriptions()) === 0 && (await shared()).upstreams === 0);
  });

  it("carries the others on, from the last cursor, when the token the upstream runs with expires", async () => {
    const [first, second, third] = await raiseProblems('610111', 3, 'shared-execution-expiry');
    const leaderStatuses: FeedStatus[] = [];
    const heirStatuses: FeedStatus[] = [];
    // The leader's token lives 12 s: long enough for one escalation to reach everyone before it expires.
    const leader = follow(await tokenFor({ role: Role.CITY_ADMIN, sub: 'feeds:shared-execution:leader' }, { expiresIn: 12 }), leaderStatuses);
    await until('the leader subscribed', async () => (await shared()).subscribers === 1);
    const heir = follow(await tokenFor({ role: Role.CITY_ADMIN, sub: 'feeds:shared-execution:heir' }, { expiresIn: 3600 }), heirStatuses);
    await until('the heir shares its upstream', async () => {
      const now = await shared();
      return now.subscribers === 2 && now.upstreams === 1;
    });

    const a = await escalate('610111', first, '共享执行 到期前');
    await Promise.all([leader, heir].map((feed) => feed.until((events) => events.some((e) => e.escalation.id === a), 60_000, 'the escalation before the expiry')));

    // The leader's token expires: it is told so and stops; the upstream goes on with the heir's token.
    await expect(leader.feed.done).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await until('the heir alone on a resumed upstream', async () => {
      const now = await shared();
      return now.subscribers === 1 && now.upstreams === 1 && (await upstreamSubscriptions()) === 1;
    });
    const [b, c] = await Promise.all([escalate('610111', second, '共享执行 到期后 一'), escalate('610111', third, '共享执行 到期后 二')]);
    await heir.until((events) => [b, c].every((id) => events.some((e) => e.escalation.id === id)), 60_000, 'the escalations after the expiry');

    const mine = heir.ids().filter((id) => [a, b, c].includes(id));
    expect(mine[0]).toBe(a);
    expect(mine.slice(1).sort()).toEqual([b, c].sort());
    expect(new Set(heir.ids()).size).toBe(heir.ids().length);
    // The heir never saw its subscription drop: the handover is the gateway's.
    expect(heirStatuses.filter((status) => status.kind === 'dropped')).toEqual([]);
    expect(leaderStatuses.filter((status) => status.kind === 'dropped')).toEqual([]);
  });

  it('puts a subscriber resuming from a cursor on its scope\'s one upstream once its replay meets it, each event once, in order', async () => {
    const [first, second, third, fourth] = await raiseProblems('610111', 4, 'shared-execution-resume');
    const live = follow(await tokenFor({ role: Role.CITY_ADMIN, sub: 'feeds:shared-execution:live' }));
    await until('the live subscriber on its upstream', async () => (await shared()).upstreams === 1 && (await upstreamSubscriptions()) === 1);

    // Two escalations it gets live; a second office then resumes from a cursor before them.
    const before = await headCursor();
    const a = await escalate('610111', first, '共享续订 一');
    const b = await escalate('610111', second, '共享续订 二');
    await live.until((events) => [a, b].every((id) => events.some((e) => e.escalation.id === id)), 60_000, 'the first two, live');
    const statuses: FeedStatus[] = [];
    const resuming = follow(await tokenFor({ role: Role.CITY_ADMIN, sub: 'feeds:shared-execution:resuming' }), statuses, before);
    await resuming.until((events) => events.some((e) => e.escalation.id === b), 60_000, 'the replay of the first two');
    // A member of the live group from the start (replaying on an upstream of its own until the seam).
    expect(await shared()).toMatchObject({ upstreams: 1, subscribers: 2 });

    // The next event is on both streams: the replay ends there, and the group carries it on.
    const c = await escalate('610111', third, '共享续订 三');
    await until('the replay met the group and ended', async () => {
      const now = await shared();
      return now.replays === 0 && now.subscribers === 2 && (await upstreamSubscriptions()) === 1;
    });
    const d = await escalate('610111', fourth, '共享续订 四');
    await Promise.all([live, resuming].map((feed) => feed.until((events) => events.some((e) => e.escalation.id === d), 60_000, 'the last, shared')));

    const mine = [a, b, c, d];
    expect(resuming.ids().filter((id) => mine.includes(id))).toEqual(mine);
    expect(live.ids().filter((id) => mine.includes(id))).toEqual(mine);
    // Every event once, in the order they committed, and after the seam the same as the live subscriber's.
    expect(new Set(resuming.ids()).size).toBe(resuming.ids().length);
    const tail = (ids: string[]) => ids.slice(ids.indexOf(c));
    expect(tail(resuming.ids())).toEqual(tail(live.ids()));
    expect(statuses.filter((status) => status.kind === 'dropped')).toEqual([]);
  });
});
