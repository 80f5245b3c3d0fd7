import { RateLimitedError } from '@qinshang/errors';
import { readEvents, type SqlRunner, type StoredEvent } from '@qinshang/eventlog';
import { FEED_EVENT } from './feed-scope';

/** What one subscriber's stream yields: a log event it may see. */
export interface FeedItem {
  position: string;
  event: StoredEvent;
}

export interface FeedStreamOptions {
  /** Decides, from the event alone, whether this subscriber gets it. */
  accepts: (event: StoredEvent) => boolean;
  /** Replay the log strictly after this position before going live; null: live only. */
  after: string | null;
  /** A transaction in the subscriber's own scope for the replay reads (finished here). */
  openDb: () => SqlRunner & { finish: (commit: boolean) => Promise<void> };
  /** Events it may fall behind by before it is closed (RATE_LIMITED, SLOW_SUBSCRIBER). */
  maxQueue: number;
  /** Called once when the stream ends, whatever the reason. */
  onEnd: (stream: FeedStream) => void;
}

const REPLAY_PAGE = 200;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One subscriber's feed: a bounded queue filled by the process's live listener (via `offer`)
 * and, first, by a replay of the log. The stream is registered live BEFORE the replay reads, so
 * nothing committed meanwhile is missed; live events that arrive during the replay wait in a
 * buffer and only those after the last replayed position are kept (no duplicate at the seam).
 * A subscriber that falls `maxQueue` events behind is closed with a clear error rather than
 * slowing the others or growing without bound: it resumes from its last cursor.
 */
export class FeedStream implements AsyncIterableIterator<FeedItem> {
  private queue: FeedItem[] = [];
  private pending: StoredEvent[] | null;
  private waiter: { resolve: (r: IteratorResult<FeedItem>) => void; reject: (e: unknown) => void } | null = null;
  private failure: unknown = null;
  private ended = false;
  private room: (() => void) | null = null;
  /** The highest position queued: nothing at or below it is queued again. */
  private last: bigint;
  private readonly page: number;

  constructor(private readonly options: FeedStreamOptions) {
    this.pending = options.after === null ? null : [];
    this.last = BigInt(options.after ?? 0);
    this.page = Math.max(1, Math.min(REPLAY_PAGE, Math.floor(options.maxQueue / 2)));
  }

  /** Starts the replay (if any); call after the stream is registered with the live listener. */
  start(): void {
    if (this.options.after === null) return;
    this.replay(this.options.after).catch((error) => this.fail(error));
  }

  /** A live event from the listener (every event, in log order). */
  offer(event: StoredEvent): void {
    if (this.ended || !this.options.accepts(event)) return;
    if (this.pending) {
      if (this.pending.length >= this.options.maxQueue) return this.fail(tooSlow(this.options.maxQueue));
      this.pending.push(event);
      return;
    }
    this.push(event);
  }

  get size(): number {
    return this.queue.length + (this.pending?.length ?? 0);
  }

  next(): Promise<IteratorResult<FeedItem>> {
    const item = this.queue.shift();
    if (item) {
      if (this.room && this.queue.length <= this.options.maxQueue - this.page) {
        const room = this.room;
        this.room = null;
        room();
      }
      return Promise.resolve({ done: false, value: item });
    }
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  return(): Promise<IteratorResult<FeedItem>> {
    this.end();
    this.queue = [];
    this.failure = null;
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  /** Ends with an error the client sees (after which it is done). */
  fail(error: unknown): void {
    if (this.ended) return;
    this.queue = [];
    this.pending = null;
    this.end();
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter.reject(error);
    } else {
      this.failure = error;
    }
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.pending = null;
    this.room?.();
    this.room = null;
    this.options.onEnd(this);
    if (this.waiter && !this.failure) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter.resolve(DONE);
    }
  }

  private push(event: StoredEvent): void {
    const position = BigInt(event.position);
    if (position <= this.last) return;
    if (this.queue.length >= this.options.maxQueue) return this.fail(tooSlow(this.options.maxQueue));
    this.last = position;
    const item = { position: event.position, event };
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter.resolve({ done: false, value: item });
    } else {
      this.queue.push(item);
    }
  }

  private async replay(after: string): Promise<void> {
    let position = after;
    for (;;) {
      // Back-pressure: read the next page only once the queue has room for all of it.
      while (!this.ended && this.queue.length > this.options.maxQueue - this.page) await new Promise<void>((resolve) => (this.room = resolve));
      if (this.ended) return;
      const db = this.options.openDb();
      let events: StoredEvent[];
      try {
        events = await readEvents(db, { after: position, limit: this.page, types: [FEED_EVENT] });
      } finally {
        await db.finish(false);
      }
      if (this.ended) return;
      for (const event of events) if (this.options.accepts(event)) this.push(event);
      if (events.length) position = events[events.length - 1].position;
      if (events.length < this.page) break;
    }
    // The seam: this read saw everything the listener had delivered when we registered, so a
    // buffered live event at or below `position` was replayed or never matched; keep the rest.
    const buffered = this.pending ?? [];
    this.pending = null;
    if (BigInt(position) > this.last) this.last = BigInt(position);
    for (const event of buffered) this.push(event);
  }
}

function tooSlow(maxQueue: number) {
  const error = new RateLimitedError(
    `This subscriber fell more than ${maxQueue} escalations behind and was closed: resubscribe with the last cursor you received`,
    { reason: 'SLOW_SUBSCRIBER', limit: maxQueue },
  );
  return error;
}
