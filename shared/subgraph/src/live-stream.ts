/**
 * One subscriber's stream over a sequence the platform commits in order (the event log's
 * positions, an inbox's seqs): first a replay of what came after the subscriber's cursor, then
 * live. Used by the escalation feed and the notification inbox.
 */
export interface LiveStreamOptions<T> {
  /** Where an item stands in its sequence, as a decimal string: strictly increasing in commit order. */
  keyOf: (item: T) => string;
  /** Whether this subscriber gets the item (live and replayed alike). */
  accepts: (item: T) => boolean;
  /** Replay strictly after this key before going live; null: live only. */
  after: string | null;
  /** The next items strictly after `after`, in order, at most `limit`, read in the subscriber's own scope. */
  readPage: (after: string, limit: number) => Promise<T[]>;
  /** Items it may fall behind by before it is closed with `tooSlow`. */
  maxQueue: number;
  /** The error a subscriber that fell `maxQueue` behind is closed with (it resumes from its last cursor). */
  tooSlow: (maxQueue: number) => Error;
  /** Called once when the stream ends, whatever the reason. */
  onEnd: (stream: LiveStream<T>) => void;
  /** Replay page size (default 200, at most half the queue). */
  pageSize?: number;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * A bounded queue filled by the process's live listener (via `offer`) and, first, by a replay.
 * The stream is registered live BEFORE the replay reads, so nothing committed meanwhile is
 * missed; live items that arrive during the replay wait in a buffer and only those after the
 * last replayed key are kept, so the seam has neither gap nor duplicate. A subscriber that falls
 * `maxQueue` behind is closed with a clear error rather than slowing the others or growing
 * without bound. The replay reads its next page only when the queue has room for all of it.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private queue: T[] = [];
  private pending: T[] | null;
  private waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | null = null;
  private failure: unknown = null;
  private ended = false;
  private room: (() => void) | null = null;
  /** The highest key queued: nothing at or below it is queued again. */
  private last: bigint;
  private readonly page: number;

  constructor(private readonly options: LiveStreamOptions<T>) {
    this.pending = options.after === null ? null : [];
    this.last = BigInt(options.after ?? 0);
    this.page = Math.max(1, Math.min(options.pageSize ?? 200, Math.floor(options.maxQueue / 2)));
  }

  /** Starts the replay (if any); call after the stream is registered with the live listener. */
  start(): void {
    if (this.options.after === null) return;
    this.replay(this.options.after).catch((error) => this.fail(error));
  }

  /** A live item from the listener (every item, in commit order). */
  offer(item: T): void {
    if (this.ended || !this.options.accepts(item)) return;
    if (this.pending) {
      if (this.pending.length >= this.options.maxQueue) return this.fail(this.options.tooSlow(this.options.maxQueue));
      this.pending.push(item);
      return;
    }
    this.push(item);
  }

  get size(): number {
    return this.queue.length + (this.pending?.length ?? 0);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length) {
      const item = this.queue.shift() as T;
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

  return(): Promise<IteratorResult<T>> {
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

  private push(item: T): void {
    const key = BigInt(this.options.keyOf(item));
    if (key <= this.last) return;
    if (this.queue.length >= this.options.maxQueue) return this.fail(this.options.tooSlow(this.options.maxQueue));
    this.last = key;
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter.resolve({ done: false, value: item });
    } else {
      this.queue.push(item);
    }
  }

  private async replay(after: string): Promise<void> {
    let key = after;
    for (;;) {
      while (!this.ended && this.queue.length > this.options.maxQueue - this.page) await new Promise<void>((resolve) => (this.room = resolve));
      if (this.ended) return;
      const items = await this.options.readPage(key, this.page);
      if (this.ended) return;
      for (const item of items) if (this.options.accepts(item)) this.push(item);
      if (items.length) key = this.options.keyOf(items[items.length - 1]);
      if (items.length < this.page) break;
    }
    // The seam: this read saw everything the listener had delivered when we registered, so a
    // buffered live item at or below `key` was replayed or never matched; keep the rest.
    const buffered = this.pending ?? [];
    this.pending = null;
    if (BigInt(key) > this.last) this.last = BigInt(key);
    for (const item of buffered) this.push(item);
  }
}
