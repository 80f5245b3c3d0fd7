import type { StoredEvent } from '@qinshang/eventlog';
import { FeedStream } from './feed-stream';

const at = (position: number) => ({ position: String(position), type: 'issue.escalated', districtId: 'GX', payload: {} }) as unknown as StoredEvent;

/** A fake log for the replay: `rows` are the escalations in it; each read can be held open. */
function fakeLog(rows: StoredEvent[], hold?: Promise<void>) {
  return () =>
    ({
      query: async (_sql: string, params: unknown[]) => {
        await hold;
        const [after, , limit] = params as [string, unknown, number];
        return rows
          .filter((row) => BigInt(row.position) > BigInt(after))
          .slice(0, limit)
          .map((row) => ({ position: row.position, id: row.position, type: row.type, source: 's', stream_type: 'issue', stream_id: 'i', district_id: 'GX', actor: 'a', actor_role: 'r', occurred_at: new Date(), recorded_at: new Date(), payload: {} }));
      },
      finish: async () => undefined,
    }) as never;
}

async function take(stream: FeedStream, n: number): Promise<string[]> {
  const out: string[] = [];
  while (out.length < n) out.push(((await stream.next()).value as StoredEvent).position);
  return out;
}

describe('a subscriber stream', () => {
  it('replays, then continues live with no gap and no duplicate at the seam', async () => {
    let release!: () => void;
    const hold = new Promise<void>((resolve) => (release = resolve));
    const stream = new FeedStream({ accepts: () => true, after: '2', openDb: fakeLog([at(3), at(4), at(5)], hold), maxQueue: 100, onEnd: () => undefined });
    stream.start();
    // Live events arrive while the replay is still reading: 4 and 5 are in both, 6 only live.
    stream.offer(at(4));
    stream.offer(at(5));
    stream.offer(at(6));
    release();
    expect(await take(stream, 4)).toEqual(['3', '4', '5', '6']);
    stream.offer(at(6));
    stream.offer(at(7));
    expect(await take(stream, 1)).toEqual(['7']);
    await stream.return();
  });

  it('closes a subscriber that falls too far behind with RATE_LIMITED, and frees its queue', async () => {
    let ended = false;
    const stream = new FeedStream({ accepts: () => true, after: null, openDb: fakeLog([]), maxQueue: 3, onEnd: () => (ended = true) });
    stream.start();
    for (let i = 1; i <= 4; i++) stream.offer(at(i));
    expect(ended).toBe(true);
    expect(stream.size).toBe(0);
    await expect(stream.next()).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { reason: 'SLOW_SUBSCRIBER' } });
    expect((await stream.next()).done).toBe(true);
  });

  it('settles a pending read when it is returned (a token expiring, a socket closing)', async () => {
    const stream = new FeedStream({ accepts: () => true, after: null, openDb: fakeLog([]), maxQueue: 3, onEnd: () => undefined });
    const pending = stream.next();
    await stream.return();
    expect((await pending).done).toBe(true);
  });
});
