import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { appendEvents, appendEventsAtCommit, EventLogListener, headPosition, numberPendingEvents, readEvents, type StoredEvent } from '@qinshang/eventlog';
import { stackInfo } from '@qinshang/testkit';
import { inTransaction as inTransactionOn } from './helpers';

/**
 * Events numbered at commit (`appendEventsAtCommit`): the head lock is taken inside COMMIT, so a
 * writer holds it only while PostgreSQL commits. The log must keep every promise it made: gap-free
 * positions in commit order, a live reader that sees every event exactly once, the order a
 * transaction wrote its events in (mixed with `appendEvents`, which numbers at once), nothing
 * left behind by a rollback, and a transaction able to read back what it wrote.
 */
describe('events numbered at commit', () => {
  let pool: Pool;
  let admin: Client;

  beforeAll(async () => {
    pool = new Pool({ connectionString: stackInfo().appDatabaseUrl, max: 25 });
    admin = new Client({ connectionString: stackInfo().adminDatabaseUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await pool.end();
    await admin.end();
  });

  // City scope, so the tests read back every tenant's events; the actor names the writer.
  const inTransaction = <T>(actor: string, work: (client: Client) => Promise<T>, options?: { commit?: boolean }) => inTransactionOn(pool, { scope: 'city', actor }, work, options);

  const marker = (stream: string, step: string) => ({
    type: 'visit.recorded' as const,
    streamType: 'test',
    streamId: stream,
    districtId: '610112',
    // Its own official and enterprise: the projections key a month's visits on them, not on the tenant.
    payload: { visitId: `${stream}/${step}`, districtId: '610112', officialId: 'o-numbered-at-commit', enterpriseId: 'e-numbered-at-commit', visitedOn: '2016-07-01', period: '2016-07', mode: 'VISIT' as const },
  });
  const stepOf = (event: StoredEvent) => (event.payload as { visitId: string }).visitId.split('/')[1];

  it('keeps positions gap-free, in commit order and in each transaction\'s writing order, with concurrent writers of both kinds', async () => {
    const run = randomUUID();
    const start = await inTransaction('reader', (client) => headPosition(client));
    const received: StoredEvent[] = [];
    const listener = new EventLogListener({ url: stackInfo().appDatabaseUrl, pollMs: 5000 });
    listener.on('events', (events) => received.push(...events.filter((e) => e.streamId.startsWith(run))));
    await listener.start();

    const writers = 16;
    const perWriter = 12;
    const committed = new Set<string>();
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let n = 0; n < perWriter; n++) {
          const stream = `${run}-${writer}-${n}`;
          const abort = (writer + n) % 5 === 0;
          await inTransaction(
            `writer-${writer}`,
            async (client) => {
              // Every third transaction mixes the kinds: numbered at commit, at once, at commit again.
              await appendEventsAtCommit(client, 'test', [marker(stream, '1'), marker(stream, '2')]);
              if (n % 4 === 0) await client.query('SELECT pg_sleep(0.02)');
              if (n % 3 === 0) {
                await appendEvents(client, 'test', [marker(stream, '3')]);
                await appendEventsAtCommit(client, 'test', [marker(stream, '4')]);
              }
            },
            { commit: !abort },
          );
          if (!abort) committed.add(stream);
        }
      }),
    );

    const logged = (await inTransaction('reader', (client) => readEvents(client, { after: start, limit: 10_000 }))).filter((e) => e.streamId.startsWith(run));
    const deadline = Date.now() + 10_000;
    while (received.length < logged.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await listener.stop();

    expect(committed.size).toBeLessThan(writers * perWriter);
    expect(new Set(logged.map((e) => e.streamId))).toEqual(committed);
    expect(received.map((e) => e.position)).toEqual(logged.map((e) => e.position));
    expect(new Set(received.map((e) => e.id)).size).toBe(received.length);
    // Each transaction's events in the order it wrote them, and next to each other: commit order.
    const byStream = new Map<string, StoredEvent[]>();
    for (const event of logged) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
    for (const [stream, events] of byStream) {
      const n = Number(stream.split('-').at(-1));
      expect(events.map(stepOf)).toEqual(n % 3 === 0 ? ['1', '2', '3', '4'] : ['1', '2']);
    }
    // No hole anywhere in the log since the start, whatever rolled back.
    const { rows } = await admin.query<{ position: string }>('SELECT position::text FROM eventlog.event WHERE position > $1 ORDER BY position', [start]);
    rows.forEach((row, index) => expect(BigInt(row.position)).toBe(BigInt(start) + BigInt(index + 1)));
    // The actor and role of the writing transaction, as for events numbered at once.
    expect(logged[0].actor).toMatch(/^writer-\d+$/);
    expect(logged[0].actorRole).toBe('DISTRICT_ADMIN');
    // Nothing of this run waits in the pending table (moved at commit, or gone with the rollback).
    const { rows: left } = await admin.query('SELECT count(*)::int AS n FROM eventlog.pending WHERE stream_id LIKE $1', [`${run}%`]);
    expect(left).toEqual([{ n: 0 }]);
  });

  it('does not hold the head lock while the writing transaction is still open', async () => {
    const stream = `held-${randomUUID()}`;
    const first = (await pool.connect()) as unknown as Client & { release: () => void };
    try {
      await first.query("BEGIN; SELECT set_config('qinshang.scope', 'city', true), set_config('qinshang.actor', 'slow-writer', true)");
      await appendEventsAtCommit(first, 'test', [marker(stream, 'slow')]);
      // Another writer appends and commits meanwhile; were the head locked, it would wait for `first` and time out.
      const [quick] = await inTransaction('quick-writer', async (client) => {
        await client.query("SET LOCAL lock_timeout = '3s'");
        return appendEvents(client, 'test', [marker(stream, 'quick')]);
      });
      await first.query('COMMIT');
      const events = await inTransaction('reader', (client) => readEvents(client, { after: String(BigInt(quick.position) - 1n), limit: 10_000 }));
      const ours = events.filter((e) => e.streamId === stream);
      // Numbered as it committed: after the one that committed first.
      expect(ours.map(stepOf)).toEqual(['quick', 'slow']);
    } finally {
      await first.query('ROLLBACK').catch(() => undefined);
      first.release();
    }
  });

  it('lets the writing transaction read back what it wrote, with its position', async () => {
    const stream = `readback-${randomUUID()}`;
    const { before, after } = await inTransaction('reader-writer', async (client) => {
      const head = await headPosition(client);
      await appendEventsAtCommit(client, 'test', [marker(stream, 'mine')]);
      const before = (await readEvents(client, { after: head, limit: 10_000 })).filter((e) => e.streamId === stream);
      await numberPendingEvents(client);
      const after = (await readEvents(client, { after: head, limit: 10_000 })).filter((e) => e.streamId === stream);
      return { before, after };
    });
    expect(before).toEqual([]);
    expect(after.map(stepOf)).toEqual(['mine']);
    const logged = await inTransaction('reader', (client) => readEvents(client, { after: String(BigInt(after[0].position) - 1n), limit: 1 }));
    expect(logged.map((e) => e.id)).toEqual([after[0].id]);
  });
});
