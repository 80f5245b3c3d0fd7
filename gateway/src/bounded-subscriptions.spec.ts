import { bounded } from './bounded-subscriptions';

async function* numbers(n: number) {
  for (let i = 0; i < n; i++) yield { data: { i } };
}

describe('bounded subscriptions', () => {
  it('passes every result through to a subscriber that keeps up', async () => {
    const seen: unknown[] = [];
    for await (const result of bounded(numbers(5), 3)) seen.push(result);
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => ({ data: { i } })));
  });

  it('ends a subscriber that falls behind with RATE_LIMITED and stops the source', async () => {
    let returned = false;
    const source = {
      i: 0,
      [Symbol.asyncIterator]() {
        return this;
      },
      async next() {
        return { done: false as const, value: { data: { i: this.i++ } } };
      },
      async return() {
        returned = true;
        return { done: true as const, value: undefined };
      },
    };
    const stream = bounded(source, 10);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the subscriber reads nothing meanwhile
    const first = await stream.next();
    expect(JSON.stringify(first.value)).toContain('SLOW_SUBSCRIBER');
    expect((await stream.next()).done).toBe(true);
    expect(returned).toBe(true);
  });
});
