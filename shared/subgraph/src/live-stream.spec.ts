import { LiveStream } from './live-stream';

interface Row {
  seq: string;
  owner: string;
}

const row = (seq: number, owner = 'a'): Row => ({ seq: String(seq), owner });

function stream(rows: Row[], options: { after?: string | null; maxQueue?: number; owner?: string } = {}) {
  const reads: string[] = [];
  const live = new LiveStream<Row>({
    keyOf: (r) => r.seq,
    accepts: (r) => r.owner === (options.owner ?? 'a'),
    after: options.after === undefined ? '0' : options.after,
    readPage: async (after, limit) => {
      reads.push(after);
      return rows.filter((r) => BigInt(r.seq) > BigInt(after)).slice(0, limit);
    },
    maxQueue: options.maxQueue ?? 100,
    tooSlow: (max) => new Error(`more than ${max} behind`),
    onEnd: () => undefined,
  });
  return { live, reads };
}

async function take(live: LiveStream<Row>, n: number): Promise<string[]> {
  const out: string[] = [];
  while (out.length < n) out.push(((await live.next()).value as Row).seq);
  return out;
}

describe('LiveStream: replay, then live', () => {
  it('replays only what the subscriber may see, then keeps live items after the last replayed one', async () => {
    const { live } = stream([row(1), row(2, 'b'), row(3)]);
    live.offer(row(3));
    live.offer(row(4, 'b'));
    live.offer(row(5));
    live.start();
    expect(await take(live, 3)).toEqual(['1', '3', '5']);
    await live.return();
  });

  it('reads the next replay page only once the queue has room for it', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(i + 1));
    const { live, reads } = stream(rows, { maxQueue: 4 });
    live.start();
    await new Promise((resolve) => setImmediate(resolve));
    // Pages of 2 (half the queue): two pages fill it, and it waits.
    expect(reads).toEqual(['0', '2']);
    expect(await take(live, 10)).toEqual(rows.map((r) => r.seq));
    expect(reads.length).toBeGreaterThanOrEqual(5);
    await live.return();
  });

  it('closes a subscriber that falls behind with the error it is given', async () => {
    const { live } = stream([], { after: null, maxQueue: 2 });
    for (let i = 1; i <= 3; i++) live.offer(row(i));
    await expect(live.next()).rejects.toThrow('more than 2 behind');
    expect((await live.next()).done).toBe(true);
  });
});
