import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { appendEvents, appendEventsAtCommit, EventConsumer, EVENTLOG_CHANNEL, EventLogListener, headPosition, readEvents, type StoredEvent } from '@qinshang/eventlog';
import { stackInfo } from '@qinshang/testkit';
import { inTransaction as inTransactionOn, until, type TestSettings } from './helpers';

/**
 * The shared event log, spoken to as the services speak to it (the application role, under
 * row-level security). The classic failure is a reader that advances past a position a slower
 * writer has not committed yet and so loses that event for good: these tests write concurrently,
 * with deliberately uneven transactions, and check the live reader sees everything exactly once.
 */
describe('the event log', () => {
  let pool: Pool;

  beforeAll(() => {
    pool = new Pool({ connectionString: stackInfo().appDatabaseUrl, max: 25 });
  });
  afterAll(() => pool.end());

  const inTransaction = <T>(settings: TestSettings, work: (client: Client) => Promise<T>, options?: { commit?: boolean }) => inTransactionOn(pool, settings, work, options);

  const marker = (run: string, writer: number, n: number) => ({
    type: 'visit.recorded' as const,
    streamType: 'test',
    streamId: `${run}-${writer}`,
    districtId: '610111',
    payload: { visitId: `${run}-${writer}-${n}`, districtId: '610111', officialId: 'o', enterpriseId: 'e', visitedOn: '2016-07-01', period: '2016-07', mode: 'VISIT' as const },
  });

  it('delivers every event of many concurrent writers to a live reader exactly once, in position order', async () => {
    const run = randomUUID();
    const start = await inTransaction({ scope: 'city' }, (client) => headPosition(client));
    const received: StoredEvent[] = [];
    const listener = new EventLogListener({ url: stackInfo().appDatabaseUrl, pollMs: 5000 });
    listener.on('events', (events) => received.push(...events.filter((e) => e.streamId.startsWith(run))));
    await listener.start();
    // Beside it, one that reads at most every 200 ms (the gateway cache's kind): the same events.
    const throttled = new EventLogListener({ url: stackInfo().appDatabaseUrl, pollMs: 5000, minReadIntervalMs: 200 });
    const late: StoredEvent[] = [];
    const reads = { throttled: 0 };
    throttled.on('events', (events) => {
      reads.throttled++;
      late.push(...events.filter((e) => e.streamId.startsWith(run)));
    });
    await throttled.start();
    const began = Date.now();

    const writers = 20;
    const perWriter = 15;
    let rolledBack = 0;
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let n = 0; n < perWriter; n++) {
          // Uneven transactions: some hold their position a while before committing, some
          // write two events at once, some roll back (their positions must not become holes).
          const abort = (writer * perWriter + n) % 7 === 0;
          await inTransaction(
            { scope: 'tenant', districtId: '610111', actor: `writer-${writer}` },
            async (client) => {
              await appendEvents(client, 'test', n % 3 === 0 ? [marker(run, writer, n), { ...marker(run, writer, n), payload: { ...marker(run, writer, n).payload, visitId: `${run}-${writer}-${n}b` } }] : [marker(run, writer, n)]);
              if (n % 4 === 0) await client.query('SELECT pg_sleep(0.02)');
            },
            { commit: !abort },
          );
          if (abort) rolledBack++;
        }
      }),
    );

    const expected = await inTransaction({ scope: 'city' }, (client) => readEvents(client, { after: start, limit: 10_000 }));
    const ours = expected.filter((e) => e.streamId.startsWith(run));
    const deadline = Date.now() + 10_000;
    while ((received.length < ours.length || late.length < ours.length) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const elapsed = Date.now() - began;
    await listener.stop();
    await throttled.stop();
    expect(late.map((e) => e.position)).toEqual(ours.map((e) => e.position));
    expect(reads.throttled).toBeLessThanOrEqual(Math.ceil(elapsed / 200) + 2);

    expect(rolledBack).toBeGreaterThan(0);
    expect(ours.length).toBeGreaterThan(writers * perWriter - rolledBack);
    expect(received.map((e) => e.position)).toEqual(ours.map((e) => e.position));
    expect(new Set(received.map((e) => e.id)).size).toBe(received.length);
    // Positions are consecutive across the log: a rolled-back append leaves no hole.
    const all = expected.map((e) => BigInt(e.position));
    all.forEach((position, index) => expect(position).toBe(BigInt(start) + BigInt(index + 1)));
    // Each event records who wrote it, from the transaction's settings.
    expect(received[0].actor).toMatch(/^writer-\d+$/);
    expect(received[0].actorRole).toBe('DISTRICT_ADMIN');
  });

  it('lets a throttled listener read at most once per interval, and still deliver every event', async () => {
    const run = randomUUID();
    const immediate = new EventLogListener({ url: stackInfo().appDatabaseUrl, pollMs: 60_000 });
    const throttled = new EventLogListener({ url: stackInfo().appDatabaseUrl, pollMs: 60_000, minReadIntervalMs: 3000 });
    const seen = { immediate: [] as string[], throttled: [] as string[][] };
    immediate.on('events', (events) => seen.immediate.push(...events.filter((e) => e.streamId.startsWith(run)).map((e) => e.position)));
    throttled.on('events', (events) => {
      const ours = events.filter((e) => e.streamId.startsWith(run)).map((e) => e.position);
      if (ours.length) seen.throttled.push(ours);
    });
    await immediate.start();
    await throttled.start();
    try {
      // Three commits, each waited for by the immediate listener, so it reads three times; the
      // throttled one (which read the head as it started) reads them together when its interval ends.
      const began = Date.now();
      for (let n = 0; n < 3; n++) {
        await inTransaction({ scope: 'tenant', districtId: '610111' }, (client) => appendEvents(client, 'test', [marker(run, 0, n)]));
        await until(() => seen.immediate.length === n + 1, `the immediate listener's read of commit ${n + 1}`);
      }
      const wrote = Date.now() - began;
      await until(() => seen.throttled.flat().length === 3, 'the throttled listener to deliver all three');
      expect(seen.throttled.flat()).toEqual(seen.immediate);
      // One read per interval begun while writing, and one more at most (a slow machine may take longer than one).
      expect(seen.throttled.length).toBeLessThanOrEqual(Math.ceil(wrote / 3000) + 1);
      if (wrote < 3000) expect(seen.throttled.length).toBeLessThan(seen.immediate.length);
    } finally {
      await immediate.stop();
      await throttled.stop();
    }
  });

  it('names the types of each commit in its notification, and a listener of some types sleeps through the others', async () => {
    const run = randomUUID();
    const raw = new Client({ connectionString: stackInfo().appDatabaseUrl });
    const notices: string[] = [];
    raw.on('notification', (message) => notices.push(message.payload ?? ''));
    await raw.connect();
    await raw.query(`LISTEN ${EVENTLOG_CHANNEL}`);
    const every = new EventLogListener({ url: stackInfo().appDatabaseUrl, pollMs: 60_000 });
    const officials = new EventLogListener({ url: stackInfo().appDatabaseUrl, pollMs: 60_000, types: ['official.added'] });
    const seen = { every: [] as string[], positions: [] as string[], officials: [] as string[][] };
    const mine = (events: StoredEvent[]) => events.filter((e) => e.streamId.startsWith(run));
    const ours = (events: StoredEvent[]) => mine(events).map((e) => e.type);
    every.on('events', (events) => {
      seen.every.push(...ours(events));
      seen.positions.push(...mine(events).map((e) => e.position));
    });
    officials.on('events', (events) => {
      if (ours(events).length) seen.officials.push(ours(events));
    });
    await every.start();
    await officials.start();
    const official = { type: 'official.added' as const, streamType: 'test', streamId: `${run}-official`, districtId: '610111', payload: { officialId: `${run}-o`, districtId: '610111', name: 'probe', title: null, department: null } };
    try {
      // A visit numbered at commit (the trigger's notice), then an official appended at once.
      await inTransaction({ scope: 'tenant', districtId: '610111' }, (client) => appendEventsAtCommit(client, 'test', [marker(run, 0, 0)]));
      await until(() => seen.every.length === 1, 'the visit to be read');
      await inTransaction({ scope: 'city' }, (client) => appendEvents(client, 'test', [official, marker(run, 0, 1)]));
      await until(() => seen.every.length === 3 && seen.officials.flat().length === 3, 'both listeners to read all three');
      const [visit, , both] = seen.positions;
      expect(notices).toEqual(expect.arrayContaining([`${visit} visit.recorded`, `${both} official.added,visit.recorded`]));
      // The visit's commit did not wake the officials' listener: it came with the official's read.
      expect(seen.officials).toEqual([['visit.recorded', 'official.added', 'visit.recorded']]);
    } finally {
      await every.stop();
      await officials.stop();
      await raw.end();
    }
  });

  it('refuses to change or delete an event, even for the owner', async () => {
    const admin = new Client({ connectionString: stackInfo().adminDatabaseUrl });
    await admin.connect();
    try {
      await expect(admin.query("UPDATE eventlog.event SET type = 'x' WHERE position = 1")).rejects.toThrow(/append-only/);
      await expect(admin.query('DELETE FROM eventlog.event WHERE position = 1')).rejects.toThrow(/append-only/);
    } finally {
      await admin.end();
    }
  });

  it('shows a tenant only its own events', async () => {
    const run = randomUUID();
    await inTransaction({ scope: 'tenant', districtId: '610124' }, (client) =>
      appendEvents(client, 'test', [{ ...marker(run, 0, 0), districtId: '610124' }]),
    );
    await inTransaction({ scope: 'tenant', districtId: '610111' }, (client) =>
      appendEvents(client, 'test', [marker(run, 1, 0)]),
    );
    const seenBy = (districtId: string) =>
      inTransaction({ scope: 'tenant', districtId }, async (client) =>
        (await readEvents(client, { after: String(BigInt(await headPosition(client)) - 100n), limit: 10_000 })).filter((e) => e.streamId.startsWith(run)).map((e) => e.districtId),
      );
    expect(await seenBy('610111')).toEqual(['610111']);
    expect(await seenBy('610124')).toEqual(['610124']);
  });
});

describe('an event consumer with two replicas', () => {
  it('applies every event exactly once, whichever replica takes each batch, and survives a restart', async () => {
    const { adminDatabaseUrl, appDatabaseUrl } = stackInfo();
    const admin = new Client({ connectionString: adminDatabaseUrl });
    await admin.connect();
    const table = `public.consumer_probe_${randomUUID().slice(0, 8)}`;
    await admin.query(`CREATE TABLE ${table} (event_id uuid PRIMARY KEY, replica text NOT NULL); GRANT SELECT, INSERT ON ${table} TO qinshang_app`);
    const name = `probe-${randomUUID()}`;
    // The probe starts where the log is now (the seeded history is not its business).
    await admin.query('INSERT INTO eventlog.checkpoint (consumer, position) SELECT $1, position FROM eventlog.head', [name]);
    const errors: unknown[] = [];
    const replica = (label: string) =>
      new EventConsumer({
        name,
        url: appDatabaseUrl,
        batchSize: 7,
        pollMs: 100,
        onError: (error) => errors.push(error),
        handle: async (client, events) => {
          for (const event of events.filter((e) => e.streamId.startsWith(name))) {
            await client.query(`INSERT INTO ${table} (event_id, replica) VALUES ($1, $2)`, [event.id, label]);
          }
        },
      });
    const pool = new Pool({ connectionString: appDatabaseUrl, max: 10 });
    const append = async (count: number) =>
      Promise.all(
        Array.from({ length: count }, async (_, n) => {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            await client.query("SELECT set_config('qinshang.scope', 'city', true)");
            await appendEvents(client, 'test', [{ type: 'official.added', streamType: 'probe', streamId: `${name}-${n}`, districtId: '610111', payload: { officialId: `p${n}`, districtId: '610111', name: 'probe', title: null, department: null } }]);
            await client.query('COMMIT');
          } finally {
            client.release();
          }
        }),
      );
    try {
      const a = replica('a');
      const b = replica('b');
      await Promise.all([a.start(), b.start()]);
      await append(60);
      // One replica stops mid-stream and a fresh one takes its place.
      await a.stop();
      const c = replica('c');
      await c.start();
      await append(60);
      await c.catchUp();
      await b.catchUp();
      await Promise.all([b.stop(), c.stop()]);
      const applied = await admin.query(`SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS distinct_ids FROM ${table}`);
      const total = await admin.query('SELECT count(*)::int AS n FROM eventlog.event WHERE stream_id LIKE $1', [`${name}-%`]);
      const checkpoint = await admin.query('SELECT position::text AS position FROM eventlog.checkpoint WHERE consumer = $1', [name]);
      const last = await admin.query('SELECT max(position)::text AS position FROM eventlog.event WHERE stream_id LIKE $1', [`${name}-%`]);
      expect(errors).toEqual([]);
      expect(total.rows[0].n).toBe(120);
      expect(applied.rows[0]).toEqual({ n: 120, distinct_ids: 120 });
      expect(BigInt(checkpoint.rows[0].position)).toBeGreaterThanOrEqual(BigInt(last.rows[0].position));
    } finally {
      await pool.end();
      await admin.query(`DROP TABLE ${table}`);
      await admin.end();
    }
  });
});

describe('an event consumer under a steady stream of commits', () => {
  it('reads them in about ten batches a second, whatever the rate, and applies each exactly once', async () => {
    const { adminDatabaseUrl, appDatabaseUrl } = stackInfo();
    const admin = new Client({ connectionString: adminDatabaseUrl });
    await admin.connect();
    const name = `probe-stream-${randomUUID()}`;
    await admin.query('INSERT INTO eventlog.checkpoint (consumer, position) SELECT $1, position FROM eventlog.head', [name]);
    const applied: string[] = [];
    let batches = 0;
    const errors: unknown[] = [];
    const consumer = new EventConsumer({
      name,
      url: appDatabaseUrl,
      // Woken by notifications only (a poll would add a batch a second of its own).
      pollMs: 60_000,
      onError: (error) => errors.push(error),
      handle: async (_client, events) => {
        const mine = events.filter((e) => e.streamId.startsWith(name));
        if (mine.length) batches++;
        applied.push(...mine.map((e) => e.id));
      },
    });
    const writer = new Client({ connectionString: appDatabaseUrl });
    await writer.connect();
    try {
      await consumer.start();
      // One writer committing one event at a time for two seconds: a commit every few ms.
      const started = performance.now();
      let written = 0;
      while (performance.now() - started < 2000) {
        await writer.query('BEGIN');
        await writer.query("SELECT set_config('qinshang.scope', 'city', true)");
        await appendEvents(writer, 'test', [{ type: 'official.added', streamType: 'probe', streamId: `${name}-${written}`, districtId: '610111', payload: { officialId: `s${written}`, districtId: '610111', name: 'probe', title: null, department: null } }]);
        await writer.query('COMMIT');
        written++;
      }
      const seconds = (performance.now() - started) / 1000;
      await consumer.catchUp();
      expect(errors).toEqual([]);
      expect(applied).toHaveLength(written);
      expect(new Set(applied).size).toBe(written);
      // At most ~10 a second while busy (100 ms each), plus the first wake and catchUp's own read;
      // with 20 ms per wake alone it was one batch every 20-30 ms.
      expect(written).toBeGreaterThan(60);
      expect(batches).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 4);
    } finally {
      await consumer.stop();
      await writer.end();
      await admin.query('DELETE FROM eventlog.checkpoint WHERE consumer = $1', [name]);
      await admin.end();
    }
  });
});
