import { inSystemTransaction, readInSystemScope, type DbScope } from '@qinshang/database';
import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import { EVENTLOG_CHANNEL, EVENT_COLUMNS, toStoredEvent, type EventRow, type StoredEvent } from './append';
import { concerns, parseNotice } from './notification';
import { headPosition } from './read';
import type { SqlRunner } from './sql';

export interface ListenerOptions {
  /** A connection string for the LISTEN connection and the reads. */
  url: string;
  /** Settings for the read transaction (row-level security); the platform's readers use city scope. */
  scope?: { scope: DbScope; actor: string };
  /** Start after this position; by default at the current head (only new events). */
  after?: string;
  /** A safety poll, in case a notification is lost with its connection. */
  pollMs?: number;
  batchSize?: number;
  /**
   * Reads at most this often (default 0: every wake reads at once). For a follower that may lag
   * a little (a cache's invalidation has a second), a busy log then costs one read per interval
   * instead of one per commit; a wake after a quiet spell still reads at once.
   */
  minReadIntervalMs?: number;
  /**
   * The types its subscribers want (default: all). A commit whose notification names only other
   * types does not wake it; the events are still delivered, with the next read (a wanted type's
   * commit, or the poll). For a follower that wants few types of a busy log.
   */
  types?: readonly string[];
  onError?: (error: unknown) => void;
}

/**
 * Follows the log live: one LISTEN connection per process, woken by NOTIFY on commit, reading
 * every event after the last one it delivered, in order, and handing each batch to `onEvents`
 * subscribers. Reconnects by itself; since it reads by position, nothing is lost across a
 * reconnect (it only arrives later).
 */
export class EventLogListener extends EventEmitter<{ events: [StoredEvent[]]; error: [unknown]; connected: [] }> {
  private client: Client | null = null;
  private position: string | null;
  private running = false;
  private reading: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private lastReadAt = 0;
  private deferred: NodeJS.Timeout | null = null;
  private reconnecting: NodeJS.Timeout | null = null;

  constructor(private readonly options: ListenerOptions) {
    super();
    this.position = options.after ?? null;
    this.setMaxListeners(0);
  }

  /** The last position delivered to subscribers. */
  get lastPosition(): string | null {
    return this.position;
  }

  async start(): Promise<void> {
    this.running = true;
    await this.connect();
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    if (this.deferred) clearTimeout(this.deferred);
    if (this.reconnecting) clearTimeout(this.reconnecting);
    await this.reading?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Reads now (coalesced: one read at a time, and one more if woken meanwhile). */
  wake(): void {
    if (!this.running || !this.client) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    const wait = this.lastReadAt + (this.options.minReadIntervalMs ?? 0) - Date.now();
    if (wait > 0) {
      this.deferred ??= setTimeout(() => {
        this.deferred = null;
        this.wake();
      }, wait);
      return;
    }
    this.lastReadAt = Date.now();
    this.reading = this.drain()
      .catch((error) => this.fail(error))
      .finally(() => {
        this.reading = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.options.url, application_name: 'eventlog-listener' });
    client.on('error', (error) => this.fail(error));
    // A notification of a position already delivered needs no read (under load most of them:
    // one read delivers the events of many commits).
    client.on('notification', (message) => {
      const notice = parseNotice(message.payload);
      if (notice.position !== null && this.position !== null && notice.position <= BigInt(this.position)) return;
      if (!concerns(notice, this.options.types)) return;
      this.wake();
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTLOG_CHANNEL}`);
    this.client = client;
    if (this.position === null) this.position = await this.inScope(client, (runner) => headPosition(runner));
    // Listening (again): what was committed meanwhile is read next, from the last position.
    this.emit('connected');
    this.wake();
  }

  private async drain(): Promise<void> {
    const client = this.client;
    if (!client) return;
    for (;;) {
      const events = await this.read(client, this.position ?? '0', this.options.batchSize ?? 500);
      if (events.length === 0) return;
      this.position = events[events.length - 1].position;
      // Every subscriber gets the batch, whatever another one does with it.
      for (const listener of this.listeners('events') as Array<(batch: StoredEvent[]) => void>) {
        try {
          listener(events);
        } catch (error) {
          this.options.onError?.(error);
        }
      }
      if (events.length < (this.options.batchSize ?? 500)) return;
    }
  }

  /** The events after a position, in the reader's scope: one round trip (BEGIN and the scope, the read, COMMIT). */
  private async read(client: Client, after: string, batchSize: number): Promise<StoredEvent[]> {
    const limit = Math.min(Math.max(batchSize, 1), 10_000);
    const rows = await readInSystemScope<EventRow>(
      client,
      this.options.scope ?? { scope: 'city', actor: 'system:eventlog-listener' },
      `SELECT ${EVENT_COLUMNS} FROM eventlog.event ev WHERE ev.position > ${BigInt(after).toString()} ORDER BY ev.position LIMIT ${limit}`,
    );
    return rows.map(toStoredEvent);
  }

  private async inScope<T>(client: Client, work: (runner: SqlRunner) => Promise<T>): Promise<T> {
    const scope = this.options.scope ?? { scope: 'city', actor: 'system:eventlog-listener' };
    return inSystemTransaction(client, { ...scope, readOnly: true }, () => work(client));
  }

  private fail(error: unknown): void {
    this.options.onError?.(error);
    if (this.listenerCount('error') > 0) this.emit('error', error);
    const client = this.client;
    this.client = null;
    client?.end().catch(() => undefined);
    if (this.running && !this.reconnecting) {
      this.reconnecting = setTimeout(() => {
        this.reconnecting = null;
        if (this.running) this.connect().catch((e) => this.fail(e));
      }, 500);
      this.reconnecting.unref();
    }
  }
}
