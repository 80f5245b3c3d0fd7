import type { Caller } from '@qinshang/auth';
import { EventLogListener, type SqlRunner, type StoredEvent } from '@qinshang/eventlog';
import type { Logger } from '@qinshang/logging';
import { FEED_EVENT, feedFilter, type FeedArgs } from './feed-scope';
import { FeedStream } from './feed-stream';

export interface FeedHubOptions {
  /** The application role's connection string (the listener reads in city scope). */
  url: string;
  logger: Logger;
  maxQueue: number;
  pollMs?: number;
}

/**
 * The process's one live view of the log for the escalation feeds: a single EventLogListener
 * (LISTEN/NOTIFY plus a safety poll, gap-free, in order), fanned out in memory to every
 * subscriber's bounded stream. Every replica runs its own, so a subscriber on any replica sees
 * an escalation written through any other.
 */
export class EscalationFeedHub {
  private readonly listener: EventLogListener;
  private readonly streams = new Set<FeedStream>();

  constructor(private readonly options: FeedHubOptions) {
    this.listener = new EventLogListener({
      url: options.url,
      pollMs: options.pollMs ?? 1000,
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

  private deliver(events: StoredEvent[]): void {
    for (const event of events) {
      if (event.type !== FEED_EVENT) continue;
      for (const stream of this.streams) stream.offer(event);
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
