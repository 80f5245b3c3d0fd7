import { Role, type Caller } from '@qinshang/auth';
import { parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { SubscriptionGroup } from './group';
import { shapeOf } from './shape';

/** An upstream the test drives: each `subscribe` opens one, recorded with its arguments. */
class Upstream {
  readonly opened: Array<{ args: ExecutionArgs; push: (result: ExecutionResult) => void; end: () => void; ended: () => boolean }> = [];

  readonly subscribe = (args: ExecutionArgs) => {
    const queue: ExecutionResult[] = [];
    let waiting: ((r: IteratorResult<ExecutionResult>) => void) | null = null;
    let done = false;
    const settle = () => {
      if (!waiting) return;
      const resolve = waiting;
      if (queue.length) (waiting = null), resolve({ done: false, value: queue.shift()! });
      else if (done) (waiting = null), resolve({ done: true, value: undefined });
    };
    this.opened.push({
      args,
      push: (result) => (queue.push(result), settle()),
      end: () => ((done = true), settle()),
      ended: () => done,
    });
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: () => new Promise((resolve) => ((waiting = resolve), settle())),
      return: async () => ((done = true), settle(), { done: true, value: undefined }),
      [Symbol.asyncIterator]: () => iterator,
    };
    return Promise.resolve(iterator);
  };
}

const DOC = parse('subscription ($after: String) { escalationRaised(after: $after) { cursor } }');
const shape = shapeOf(DOC, undefined)!;
const args = (who: string): ExecutionArgs => ({ schema: null as never, document: DOC, variableValues: { after: null }, contextValue: { who } });
const caller = (sub: string, expiresInS: number): Caller => ({ sub, role: Role.CITY_ADMIN, expiresAt: Math.floor(Date.now() / 1000) + expiresInS }) as Caller;
const event = (n: number): ExecutionResult => ({ data: { escalationRaised: { cursor: `c${n}` } } });
const expired: ExecutionResult = { data: { escalationRaised: { cursor: 'c1' } }, errors: [{ message: 'The token has expired: the subscription ends', extensions: { code: 'UNAUTHENTICATED' } } as never] };

async function take(iterator: AsyncIterator<ExecutionResult>, n: number): Promise<unknown[]> {
  const seen: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value.data ?? next.value.errors?.map((e) => e.extensions?.code));
  }
  return seen;
}

describe('a shared subscription group', () => {
  it('opens one upstream for every member, hands each every result, and closes it with the last member', async () => {
    const upstream = new Upstream();
    let closed = false;
    const group = new SubscriptionGroup(shape, upstream.subscribe, args('a'), 10, () => (closed = true));
    const a = (await group.join(args('a'), caller('a', 3600), () => undefined)) as AsyncIterableIterator<ExecutionResult>;
    const b = (await group.join(args('b'), caller('b', 3600), () => undefined)) as AsyncIterableIterator<ExecutionResult>;
    expect(upstream.opened).toHaveLength(1);
    upstream.opened[0].push(event(1));
    upstream.opened[0].push(event(2));
    expect(await take(a, 2)).toEqual([event(1).data, event(2).data]);
    expect(await take(b, 2)).toEqual([event(1).data, event(2).data]);
    await a.return!();
    expect(closed).toBe(false);
    await b.return!();
    expect(closed).toBe(true);
    expect(upstream.opened[0].ended()).toBe(true);
  });

  it("carries on from the last cursor with the latest token when the leader's expires, and the others never notice", async () => {
    const upstream = new Upstream();
    const group = new SubscriptionGroup(shape, upstream.subscribe, args('leader'), 10, () => undefined);
    const leader = (await group.join(args('leader'), caller('leader', 1), () => undefined)) as AsyncIterableIterator<ExecutionResult>;
    const heir = (await group.join(args('heir'), caller('heir', 3600), () => undefined)) as AsyncIterableIterator<ExecutionResult>;
    const other = (await group.join(args('other'), caller('other', 600), () => undefined)) as AsyncIterableIterator<ExecutionResult>;
    upstream.opened[0].push(event(1));
    expect(await take(heir, 1)).toEqual([event(1).data]);

    // The leader's own end, at its expiry: its error, from the gateway, not the upstream's.
    expect(await take(leader, 3)).toEqual([event(1).data, ['UNAUTHENTICATED']]);
    upstream.opened[0].push(expired);
    upstream.opened[0].end();
    await new Promise((resolve) => setImmediate(resolve));
    expect(upstream.opened).toHaveLength(2);
    expect((upstream.opened[1].args.contextValue as { who: string }).who).toBe('heir');
    expect(upstream.opened[1].args.variableValues).toEqual({ after: 'c1' });
    upstream.opened[1].push(event(2));
    expect(await take(heir, 1)).toEqual([event(2).data]);
    expect(await take(other, 2)).toEqual([event(1).data, event(2).data]);
  });

  it('completes the members instead when there is no cursor to resume from', async () => {
    const upstream = new Upstream();
    const group = new SubscriptionGroup(shape, upstream.subscribe, args('leader'), 10, () => undefined);
    await group.join(args('leader'), caller('leader', 3600), () => undefined);
    const member = (await group.join(args('m'), caller('m', 3600), () => undefined)) as AsyncIterableIterator<ExecutionResult>;
    upstream.opened[0].push(expired);
    expect(await member.next()).toEqual({ done: true, value: undefined });
    expect(upstream.opened).toHaveLength(1);
  });

  it('gives every member the refusal of an upstream that does not open, and frees their slots', async () => {
    const refusal: ExecutionResult = { errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT' } } as never] };
    let ends = 0;
    const group = new SubscriptionGroup(shape, () => Promise.resolve(refusal), args('a'), 10, () => undefined);
    const [a, b] = await Promise.all([group.join(args('a'), caller('a', 60), () => ends++), group.join(args('b'), caller('b', 60), () => ends++)]);
    expect(a).toBe(refusal);
    expect(b).toBe(refusal);
    expect(ends).toBe(2);
  });

  it('closes a member that falls behind with RATE_LIMITED, and only that member', async () => {
    const upstream = new Upstream();
    const group = new SubscriptionGroup(shape, upstream.subscribe, args('a'), 2, () => undefined);
    const slow = (await group.join(args('slow'), caller('slow', 3600), () => undefined)) as AsyncIterableIterator<ExecutionResult>;
    const quick = (await group.join(args('quick'), caller('quick', 3600), () => undefined)) as AsyncIterableIterator<ExecutionResult>;
    const quickSeen: unknown[] = [];
    for (let n = 1; n <= 3; n++) {
      upstream.opened[0].push(event(n));
      quickSeen.push(...(await take(quick, 1)));
    }
    expect(quickSeen).toEqual([1, 2, 3].map((n) => event(n).data));
    expect(await take(slow, 5)).toEqual([['RATE_LIMITED']]);
    expect(group.size).toBe(1);
  });
});

describe('a member resuming from a cursor', () => {
  /** A group on `live`, and a member joining it with its own replay on `own`. */
  async function resuming() {
    const live = new Upstream();
    const own = new Upstream();
    const replay = (await own.subscribe({ ...args('resuming'), variableValues: { after: 'c0' } }))[Symbol.asyncIterator]();
    // Joined at once, as index.ts does (a group with nobody in it when its upstream opens closes).
    const group = new SubscriptionGroup(shape, live.subscribe, args('live'), 10, () => undefined);
    const member = (await group.join(args('resuming'), caller('resuming', 3600), () => undefined, replay)) as AsyncIterableIterator<ExecutionResult>;
    return { live: live.opened[0], own: own.opened[0], group, member };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('reads its replay until it reaches what the group holds for it, then the group, each event once', async () => {
    const { live, own, group, member } = await resuming();
    live.push(event(3));
    live.push(event(4));
    own.push(event(1));
    own.push(event(2));
    expect(await take(member, 2)).toEqual([event(1).data, event(2).data]);
    expect(group.replaying).toBe(1);
    own.push(event(3));
    expect(await take(member, 2)).toEqual([event(3).data, event(4).data]);
    expect(own.ended()).toBe(true);
    expect(group.replaying).toBe(0);
    live.push(event(5));
    expect(await take(member, 1)).toEqual([event(5).data]);
  });

  it('skips what its replay delivered before the group sent it', async () => {
    const { live, own, member } = await resuming();
    own.push(event(3));
    own.push(event(4));
    expect(await take(member, 2)).toEqual([event(3).data, event(4).data]);
    live.push(event(3));
    await settle();
    expect(own.ended()).toBe(true);
    live.push(event(4));
    live.push(event(5));
    expect(await take(member, 1)).toEqual([event(5).data]);
  });

  it('ends when its replay ends before the seam, and leaves the group to the others', async () => {
    const { own, group, member } = await resuming();
    own.push(event(1));
    own.end();
    expect(await take(member, 3)).toEqual([event(1).data]);
    expect(group.size).toBe(0);
  });

  it("ends at its replay's expiry with the gateway's error, without the event the error repeats", async () => {
    const { own, member } = await resuming();
    own.push(event(1));
    own.push(expired);
    expect(await take(member, 3)).toEqual([event(1).data, ['UNAUTHENTICATED']]);
    expect(own.ended()).toBe(true);
  });
});

describe('the shape of a shareable subscription', () => {
  it('is one root field, with where its cursor and its `after` variable are', () => {
    expect(shapeOf(parse('subscription F($a: String) { feed: escalationRaised(after: $a) { cursor } }'), 'F')).toEqual({ responseKey: 'feed', afterVariable: 'a' });
    expect(shapeOf(parse('subscription { notificationReceived { cursor } }'), undefined)).toEqual({ responseKey: 'notificationReceived', afterVariable: null });
  });

  it('is none for two root fields, a fragment at the root, or a literal cursor', () => {
    expect(shapeOf(parse('subscription { a: escalationRaised { cursor } b: escalationRaised { cursor } }'), undefined)).toBeNull();
    expect(shapeOf(parse('subscription { ...F } fragment F on Subscription { escalationRaised { cursor } }'), undefined)).toBeNull();
    expect(shapeOf(parse('subscription { escalationRaised(after: "ZjE6MQ") { cursor } }'), undefined)).toBeNull();
    expect(shapeOf(parse('query { city { id } }'), undefined)).toBeNull();
  });
});
