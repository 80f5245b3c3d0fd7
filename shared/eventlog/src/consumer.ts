import { beginSystemTransactionSql, guardPool, readInSystemScope } from '@qinshang/database';
import { Client, escapeLiteral, Pool, type PoolClient } from 'pg';
import { EVENTLOG_CHANNEL, PROJECTION_CHANNEL, type StoredEvent } from './append';
import type { EventType } from './catalogue';
import { concerns, parseNotice } from './notification';
import { loadCheckpoint, readEvents, saveCheckpoint } from './read';
import { inSpan, linkTo, observeConsumerLag, SpanKind } from '@qinshang/telemetry';

const running = new Set<EventConsumer>();

/** The consumers started in this process (readiness and metrics ask each for its lag). */
export function runningConsumers(): EventConsumer[] {
  return [...running];
}

/** At most this many links on a batch's span (one per event, to the request that wrote it). */
const MAX_LINKS = 32;
/**
 * How long a consumer that reads only some types lets its saved checkpoint trail behind events of
 * other types it skipped without a transaction (a restart re-reads at most that much, and finds
 * nothing in it to apply).
 */
const SKIPPED_SAVE_MS = 5000;
/**
 * A notification this soon after the last one's wake finds the consumer busy (see busyCoalesceMs).
 * Measured with `bench:writes`: at 20 ms alone every consumer woke up to 50 times a second, one
 * transaction each, ~10 transactions and ~24 ms of CPU per problem raised; with 100 ms when busy,
 * ~5 and ~15 ms, and twice the raises per second.
 */
const BUSY_WITHIN_MS = 250;

export interface ConsumerOptions {
  /** The consumer's name: its checkpoint's key. Replicas of one service share it. */
  name: string;
  /** The application role's connection string. */
  url: string;
  /** Only these event types reach `handle` (the checkpoint still only moves past what was read). */
  types?: readonly EventType[];
  /**
   * Applies a batch inside the consumer's transaction (scope `city`, actor `system:<name>`).
   * The checkpoint moves in the same transaction: a crash replays the batch, never skips it.
   */
  handle: (client: PoolClient, events: StoredEvent[]) => Promise<void>;
  batchSize?: number;
  pollMs?: number;
  /**
   * How long a notification waits before the batch is read (default 20 ms), so that the commits
   * of that moment make one batch (one transaction) instead of one each.
   */
  coalesceMs?: number;
  /**
   * The wait instead when a notification woke it less than BUSY_WITHIN_MS before (default
   * 100 ms): under a steady stream of commits it reads about ten batches a second, whatever the
   * rate, while an event on a quiet platform is applied after coalesceMs.
   */
  busyCoalesceMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Applies the log to a projection, restart-safe and with exactly one replica at work: each batch
 * runs in one transaction that locks the consumer's checkpoint row (`FOR UPDATE SKIP LOCKED`: a
 * replica that finds it taken does nothing this round), applies the events and saves the new
 * position. Woken by NOTIFY on every commit, and by a poll in case a notification was missed.
 */
export class EventConsumer {
  private readonly pool: Pool;
  private listenClient: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private draining: Promise<void> | null = null;
  private again = false;
  private relistening: NodeJS.Timeout | null = null;
  private unobserve: (() => void) | null = null;
  /** Positions up to this one are applied, or hold nothing of the consumer's types (null: not known yet). */
  private seen: bigint | null = null;
  /** When this process last saved the checkpoint, and where to. */
  private savedAt = 0;
  private saved: string | null = null;
  /** The checkpoint row exists (made once per process). */
  private checkpointMade = false;
  /** A notification's wake, waiting coalesceMs for the commits arriving with it. */
  private coalescing: NodeJS.Timeout | null = null;
  /** When a notification last woke it (performance.now()). */
  private wokeAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: ConsumerOptions) {
    this.pool = guardPool(new Pool({ connectionString: options.url, max: 2, application_name: `consumer:${options.name}` }), (error) => options.onError?.(error));
  }

  get name(): string {
    return this.options.name;
  }

  /** Positions between the log's head and this consumer's checkpoint (a committed read). */
  async lag(): Promise<number> {
    // Past the saved checkpoint, what this process skipped as none of its types counts as done.
    const { rows } = await this.pool.query<{ lag: string }>(
      `SELECT (h.position - greatest(coalesce((SELECT position FROM eventlog.checkpoint WHERE consumer = $1), 0), $2::bigint))::text AS lag FROM eventlog.head h WHERE h.id = 1`,
      [this.options.name, (this.seen ?? 0n).toString()],
    );
    return Number(rows[0]?.lag ?? 0);
  }

  async start(): Promise<void> {
    this.running = true;
    running.add(this);
    this.unobserve = observeConsumerLag(async () => [{ labels: { consumer: this.options.name }, value: await this.lag() }]);
    await this.listen().catch((error) => this.relisten(error));
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 1000);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    running.delete(this);
    this.unobserve?.();
    if (this.timer) clearInterval(this.timer);
    if (this.coalescing) clearTimeout(this.coalescing);
    if (this.relistening) clearTimeout(this.relistening);
    await this.draining?.catch(() => undefined);
    await this.listenClient?.end().catch(() => undefined);
    this.listenClient = null;
    await this.pool.end().catch(() => undefined);
  }

  /** Wakes after coalesceMs (busyCoalesceMs when busy): the commits notified meanwhile are read with this one. */
  private wakeSoon(): void {
    if (this.coalescing) return;
    const busy = performance.now() - this.wokeAt < BUSY_WITHIN_MS;
    const delay = busy ? (this.options.busyCoalesceMs ?? 100) : (this.options.coalesceMs ?? 20);
    if (delay <= 0) return this.wake();
    this.coalescing = setTimeout(() => {
      this.coalescing = null;
      this.wokeAt = performance.now();
      this.wake();
    }, delay);
    this.coalescing.unref();
  }

  wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drainAll()
      .catch((error) => this.options.onError?.(error))
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Resolves once the consumer has applied everything committed before the call (tests, tools). */
  async catchUp(): Promise<void> {
    for (;;) {
      const applied = await this.applyBatch();
      if (applied === 'idle') return;
      if (applied === 'busy') await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async drainAll(): Promise<void> {
    while (this.running) {
      if (await this.nothingToApply()) return;
      const result = await this.applyBatch();
      if (result !== 'more') return;
    }
  }

  /**
   * For a consumer of some types only: true when nothing of its types was committed since what it
   * has seen, asked in one round trip without taking the checkpoint (most wakes, on a platform
   * where every service's writes wake every consumer). The checkpoint is then saved by a batch
   * at most SKIPPED_SAVE_MS later.
   */
  private async nothingToApply(): Promise<boolean> {
    const types = this.options.types;
    if (!types?.length || this.seen === null) return false;
    const seen = this.seen.toString();
    const client = await this.pool.connect();
    let state: { head: string; checkpoint: string | null; relevant: boolean };
    try {
      [state] = await readInSystemScope<typeof state>(
        client,
        { actor: `system:${this.options.name}` },
        `SELECT h.position::text AS head, (SELECT position::text FROM eventlog.checkpoint WHERE consumer = ${escapeLiteral(this.options.name)}) AS checkpoint,
                EXISTS (SELECT 1 FROM eventlog.event ev WHERE ev.type = ANY(${escapeLiteral(`{${types.join(',')}}`)}::text[])
                  AND ev.position > ${seen} AND ev.position <= h.position) AS relevant
           FROM eventlog.head h WHERE h.id = 1`,
      );
    } finally {
      client.release();
    }
    const { head, checkpoint, relevant } = state;
    // Someone else moved the checkpoint (another replica, a rebuild's reset): the full path reads it.
    if (relevant || checkpoint !== this.saved) return false;
    if (BigInt(head) > this.seen) this.seen = BigInt(head);
    return Date.now() - this.savedAt < SKIPPED_SAVE_MS;
  }

  /** One transaction: 'more' if a full batch was applied, 'idle' if nothing was left, 'busy' if another replica holds the consumer. */
  private async applyBatch(): Promise<'more' | 'idle' | 'busy'> {
    // readEvents caps a read at 10,000: a larger batch would look short and skip the rest.
    const batchSize = Math.min(this.options.batchSize ?? 500, 10_000);
    const client = await this.pool.connect();
    try {
      if (!this.checkpointMade) {
        await client.query('INSERT INTO eventlog.checkpoint (consumer, position) VALUES ($1, 0) ON CONFLICT (consumer) DO NOTHING', [this.options.name]);
        this.checkpointMade = true;
      }
      await client.query(beginSystemTransactionSql({ actor: `system:${this.options.name}` }));
      // The consumer's checkpoint (skipped when another replica holds it) and the log's head, at once.
      // Every position up to the head read here is committed (appends commit in position order),
      // so a short batch lets the checkpoint move to the head: events of other types are not
      // scanned again on the next wake.
      const { rows: [row] } = await client.query<{ position: string; head: string }>(
        `SELECT c.position::text AS position, h.position::text AS head FROM eventlog.checkpoint c, eventlog.head h
          WHERE c.consumer = $1 AND h.id = 1 FOR UPDATE OF c SKIP LOCKED`,
        [this.options.name],
      );
      if (!row) {
        await client.query('ROLLBACK');
        return 'busy';
      }
      const { position, head } = row;
      if (BigInt(head) <= BigInt(position)) {
        await client.query('ROLLBACK');
        this.seen = BigInt(position);
        this.saved = position;
        return 'idle';
      }
      const events = await readEvents(client, { after: position, upTo: head, limit: batchSize, types: this.options.types });
      // A batch carrying traced events is a unit of work of its own, linked to the requests that
      // wrote them; one of untraced events only (a seed, a rebuild, a catch-up on old events) makes
      // no trace, so a replay of the whole log costs no spans.
      if (events.some((event) => event.traceparent))
        await inSpan(
          `eventlog.consume ${this.options.name}`,
          {
            kind: SpanKind.CONSUMER,
            root: true,
            links: events.slice(0, MAX_LINKS).map((event) => linkTo(event.traceparent, { 'qinshang.event.position': event.position, 'qinshang.event.type': event.type })),
            attributes: { 'qinshang.consumer': this.options.name, 'qinshang.events': events.length },
          },
          () => this.options.handle(client, events),
        );
      else if (events.length > 0) await this.options.handle(client, events);
      const full = events.length === batchSize;
      const saved = full ? events[events.length - 1].position : head;
      // The checkpoint moved and, on commit, whoever caches answers derived from projections
      // hears which tenants moved: one statement.
      await client.query(
        `WITH saved AS (UPDATE eventlog.checkpoint SET position = $2, updated_at = now() WHERE consumer = $1 RETURNING 1)
         SELECT CASE WHEN $4::text IS NOT NULL THEN pg_notify($3, $4) END FROM saved`,
        [this.options.name, saved, PROJECTION_CHANNEL, events.length > 0 ? projectionPayload(events) : null],
      );
      await client.query('COMMIT');
      this.seen = BigInt(saved);
      this.saved = saved;
      this.savedAt = Date.now();
      return full ? 'more' : 'idle';
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.url, application_name: `consumer:${this.options.name}:listen` });
    // A commit of none of its types is not worth a wake (the poll still comes by): most of them, for most consumers.
    client.on('notification', (message) => {
      if (concerns(parseNotice(message.payload), this.options.types)) this.wakeSoon();
    });
    client.on('error', (error) => {
      if (this.listenClient === client) this.listenClient = null;
      client.end().catch(() => undefined);
      this.relisten(error);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTLOG_CHANNEL}`);
    } catch (error) {
      client.end().catch(() => undefined);
      throw error;
    }
    this.listenClient = client;
    // Anything committed while nobody listened is read now.
    this.wake();
  }

  /** The poll keeps the consumer going meanwhile; listen again in a second, and again until it works. */
  private relisten(error: unknown): void {
    this.options.onError?.(error);
    if (!this.running || this.relistening) return;
    this.relistening = setTimeout(() => {
      this.relistening = null;
      if (this.running && !this.listenClient) this.listen().catch((e) => this.relisten(e));
    }, 1000);
    this.relistening.unref();
  }
}

/**
 * Resets a consumer to the beginning of the log inside the caller's transaction (with the
 * projection's own tables cleared in the same transaction, this is a rebuild from scratch).
 */
export async function resetConsumer(client: PoolClient | Client, name: string): Promise<void> {
  await loadCheckpoint(client, name, { lock: 'wait' });
  await saveCheckpoint(client, name, '0');
}

/**
 * The payload of a projection's NOTIFY: the tenants its batch concerned, as a JSON array (null
 * for a city-wide event), or `*` when the list would not fit in a notification.
 */
export function projectionPayload(events: ReadonlyArray<Pick<StoredEvent, 'districtId'>>): string {
  const tenants = [...new Set(events.map((event) => event.districtId))];
  const payload = JSON.stringify(tenants);
  return payload.length > 7000 ? '*' : payload;
}

/** The tenants a projection NOTIFY names: null stands for city-wide; `*` (or a bad payload) for every tenant. */
export function tenantsOfProjectionPayload(payload: string | undefined): Array<string | null> {
  if (!payload || payload === '*') return [null];
  try {
    const parsed = JSON.parse(payload) as unknown;
    if (Array.isArray(parsed) && parsed.every((item) => item === null || typeof item === 'string')) return parsed as Array<string | null>;
  } catch {
    // fall through: treat as city-wide
  }
  return [null];
}
