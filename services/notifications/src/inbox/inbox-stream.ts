import { RateLimitedError } from '@qinshang/errors';

/** One inbox row as the live hub and the replay read it. */
export interface InboxRow {
  seq: string;
  id: string;
  account_id: string;
  kind: string;
  event_type: string;
  event_position: string;
  issue_id: string | null;
  ledger_no: string | null;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

export interface InboxStreamOptions {
  accountId: string;
  /** Replay the account's notifications strictly after this seq before going live; null: live only. */
  after: string | null;
  /** Reads a page of the account's notifications after a seq, in the subscriber's own scope. */
  readPage: (after: string, limit: number) => Promise<InboxRow[]>;
  maxQueue: number;
  onEnd: (stream: InboxStream) => void;
}

const PAGE = 100;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One subscriber's live inbox, as the escalation feed does it: registered with the hub BEFORE the
 * replay reads, live rows buffered meanwhile and kept only above the last replayed seq, so the seam
 * has neither gap nor duplicate. Bounded: a subscriber `maxQueue` behind is closed (RATE_LIMITED)
 * and resumes from its cursor.
 */
export class InboxStream implements AsyncIterableIterator<InboxRow> {
  private queue: InboxRow[] = [];
  private pending: InboxRow[] | null;
  private waiter: { resolve: (r: IteratorResult<InboxRow>) => void; reject: (e: unknown) => void } | null = null;
  private failure: unknown = null;
  private ended = false;
  private last: bigint;

  constructor(private readonly options: InboxStreamOptions) {
    this.pending = options.after === null ? null : [];
    this.last = BigInt(options.after ?? 0);
  }

  get accountId(): string {
    return this.options.accountId;
  }

  start(): void {
    if (this.options.after !== null) this.replay(this.options.after).catch((error) => this.fail(error));
  }

  offer(row: InboxRow): void {
    if (this.ended || row.account_id !== this.options.accountId) return;
    if (this.pending) {
      if (this.pending.length >= this.options.maxQueue) return this.fail(tooSlow(this.options.maxQueue));
      this.pending.push(row);
      return;
    }
    this.push(row);
  }

  next(): Promise<IteratorResult<InboxRow>> {
    const item = this.queue.shift();
    if (item) return Promise.resolve({ done: false, value: item });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  return(): Promise<IteratorResult<InboxRow>> {
    this.end();
    this.queue = [];
    this.failure = null;
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  fail(error: unknown): void {
    if (this.ended) return;
    this.queue = [];
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
    this.options.onEnd(this);
    if (this.waiter && !this.failure) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter.resolve(DONE);
    }
  }

  private push(row: InboxRow): void {
    const seq = BigInt(row.seq);
    if (seq <= this.last) return;
    if (this.queue.length >= this.options.maxQueue) return this.fail(tooSlow(this.options.maxQueue));
    this.last = seq;
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter.resolve({ done: false, value: row });
    } else {
      this.queue.push(row);
    }
  }

  private async replay(after: string): Promise<void> {
    let position = after;
    for (;;) {
      while (!this.ended && this.queue.length > this.options.maxQueue - PAGE) await new Promise((resolve) => setTimeout(resolve, 20));
      if (this.ended) return;
      const rows = await this.options.readPage(position, PAGE);
      if (this.ended) return;
      for (const row of rows) this.push(row);
      if (rows.length) position = rows[rows.length - 1].seq;
      if (rows.length < PAGE) break;
    }
    const buffered = this.pending ?? [];
    this.pending = null;
    if (BigInt(position) > this.last) this.last = BigInt(position);
    for (const row of buffered) this.push(row);
  }
}

function tooSlow(maxQueue: number) {
  const error = new RateLimitedError(`This subscriber fell more than ${maxQueue} notifications behind and was closed: resubscribe with the last cursor you received`);
  (error.details as Record<string, unknown>).reason = 'SLOW_SUBSCRIBER';
  return error;
}
