import type { Caller } from '@qinshang/auth';
import { guardPool } from '@qinshang/database';
import { EventLogListener, type SqlRunner, type StoredEvent } from '@qinshang/eventlog';
import type { Logger } from '@qinshang/logging';
import { feedDelivery, inSpan, linkTo, SpanKind } from '@qinshang/telemetry';
import { Pool } from 'pg';
import { FEED_EVENT, feedFilter, type FeedArgs } from './feed-scope';
import { citySnapshotReader, SnapshotCache, type FeedSnapshot } from './feed-snapshot';
import { FeedStream } from './feed-stream';

export interface FeedHubOptions {
  /** The application role's connection string (the listener reads in city scope). */
  url: string;
  logger: Logger;
  maxQueue: number;
  pollMs?: number;
  /** How long one read of an event serves its subscribers (ms; default 10 s). */
  snapshotTtlMs?: number;
}

/**
 * The process's one live view of the log for the escalation feeds: a single EventLogListener
 * (LISTEN/NOTIFY plus a safety poll, gap-free, in order), fanned out in memory to every
 * subscriber's bounded stream. Every replica runs its own, so a subscriber on any replica sees
 * an escalation written through any other.
 *
 * Each event's data is read ONCE per process (city scope, a small pool of its own), and every
 * subscriber's execution takes it from there, filtered in memory by the same rules row-level
 * security applies (see escalationFor): a thousand subscribers cost one read per event, not a
 * thousand transactions.
 */
export class EscalationFeedHub {
  private readonly listener: EventLogListener;
  private readonly streams = new Set<FeedStream>();
  private readonly pool: Pool;
  private readonly snapshots: SnapshotCache;

  constructor(private readonly options: FeedHubOptions) {
    this.pool = guardPool(new Pool({ connectionString: options.url, max: 2, application_name: 'qinshang-issues:escalation-feed' }), (error) =>
      options.logger.warn({ err: error }, 'escalation feed read connection failed'),
    );
    this.snapshots = new SnapshotCache(citySnapshotReader(this.pool), { ttlMs: options.snapshotTtlMs ?? 10_000, maxEntries: 1000 });
    this.listener = new EventLogListener({
      url: options.url,
      pollMs: options.pollMs ?? 1000,
      // Woken by escalations only: the other commits' events come with the next read, and are dropped.
      types: [FEED_EVENT],
      onError: (error) => options.logger.warn({ err: error }, 'escalation feed listener lost its connection; reconnecting'),
    });
    this.listener.on('events', (events) => this.deliver(events));
  }

  async start(): Promise<void> {
    await this.listener.start();
  }

  async stop(): Promise<void> {
    await this.listener.stop();
    for (const stream of [...this.streams]) void stream.return();
    await this.pool.end();
  }

  /** The event's escalation, problem and enterprise, read once for every subscriber (city scope: filter before use). */
  snapshot(position: string, escalationId: string): Promise<FeedSnapshot | null> {
    return this.snapshots.get(position, escalationId);
  }

  get subscribers(): number {
    return this.streams.size;
  }

  /**
   * A subscriber's stream: registered live first, then (with `after`) the replay starts, so
   * the seam has neither gap nor duplicate (see FeedStream).
   */
  open(caller: Caller, args: FeedArgs, after: string | null, openDb: () => SqlRunner & { finish: (commit: boolean) => Promise<void> }): FeedStream {
    const stream = new FeedStream({
      accepts: feedFilter(caller, args),
      after,
      openDb,
      maxQueue: this.options.maxQueue,
      onEnd: (ended) => this.streams.delete(ended),
    });
    this.streams.add(stream);
    stream.start();
    return stream;
  }

  /**
   * Hands each escalation to every subscriber's stream: one span per event, linked to the
   * request that wrote it (the event's traceparent), and its latency from commit to here.
   */
  private deliver(events: StoredEvent[]): void {
    for (const event of events) {
      if (event.type !== FEED_EVENT) continue;
      feedDelivery.observe({ feed: 'escalation' }, Math.max(0, Date.now() - event.recordedAt.getTime()) / 1000);
      void inSpan(
        'escalation-feed deliver',
        {
          kind: SpanKind.CONSUMER,
          root: true,
          links: [linkTo(event.traceparent)],
          attributes: { 'qinshang.event.position': event.position, 'qinshang.event.type': event.type, 'qinshang.feed.subscribers': this.streams.size },
        },
        async () => {
          for (const stream of this.streams) stream.offer(event);
        },
      );
    }
  }
}

let running: EscalationFeedHub | null = null;

/** The process's hub, set by the background work in main.ts (absent when only printing the SDL). */
export function setEscalationFeedHub(hub: EscalationFeedHub | null): void {
  running = hub;
}

export function escalationFeedHub(): EscalationFeedHub {
  if (!running) throw new Error('The escalation feed is not running in this process');
  return running;
}
