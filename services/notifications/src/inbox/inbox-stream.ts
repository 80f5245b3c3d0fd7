import { RateLimitedError } from '@qinshang/errors';
import { LiveStream } from '@qinshang/subgraph';

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

/**
 * One subscriber's live inbox, as the escalation feed does it (the shared `LiveStream`): registered
 * with the hub BEFORE the replay reads, live rows buffered meanwhile and kept only above the last
 * replayed seq, so the seam has neither gap nor duplicate. Bounded: a subscriber `maxQueue` behind
 * is closed (RATE_LIMITED) and resumes from its cursor.
 */
export class InboxStream extends LiveStream<InboxRow> {
  constructor(private readonly inbox: InboxStreamOptions) {
    super({
      keyOf: (row) => row.seq,
      accepts: (row) => row.account_id === inbox.accountId,
      after: inbox.after,
      readPage: inbox.readPage,
      maxQueue: inbox.maxQueue,
      pageSize: 100,
      tooSlow,
      onEnd: (stream) => inbox.onEnd(stream as InboxStream),
    });
  }

  get accountId(): string {
    return this.inbox.accountId;
  }
}

function tooSlow(maxQueue: number) {
  return new RateLimitedError(`This subscriber fell more than ${maxQueue} notifications behind and was closed: resubscribe with the last cursor you received`, {
    reason: 'SLOW_SUBSCRIBER',
    limit: maxQueue,
  });
}
