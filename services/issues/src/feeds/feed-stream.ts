import { RateLimitedError } from '@qinshang/errors';
import { readEvents, type SqlRunner, type StoredEvent } from '@qinshang/eventlog';
import { LiveStream } from '@qinshang/subgraph';
import { FEED_EVENT } from './feed-scope';

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

/**
 * One subscriber's escalation feed: the log's escalations after its cursor, then live, through the
 * shared replay-then-live stream (`LiveStream`: no gap and no duplicate at the seam, bounded).
 */
export class FeedStream extends LiveStream<StoredEvent> {
  constructor(options: FeedStreamOptions) {
    super({
      keyOf: (event) => event.position,
      accepts: options.accepts,
      after: options.after,
      readPage: async (after, limit) => {
        const db = options.openDb();
        try {
          return await readEvents(db, { after, limit, types: [FEED_EVENT] });
        } finally {
          await db.finish(false);
        }
      },
      maxQueue: options.maxQueue,
      tooSlow,
      onEnd: (stream) => options.onEnd(stream as FeedStream),
    });
  }
}

function tooSlow(maxQueue: number) {
  return new RateLimitedError(`This subscriber fell more than ${maxQueue} escalations behind and was closed: resubscribe with the last cursor you received`, {
    reason: 'SLOW_SUBSCRIBER',
    limit: maxQueue,
  });
}
