import type { Logger } from '@qinshang/logging';
import { periodOf, previousPeriod } from '../common/period';
import { consumerLag } from '../projection/projector';
import type { SystemDb } from '../system-db';
import { dueForPublishing, isPublished, publishPeriod } from './publish';

/**
 * Publishes months automatically: the last month that is over (on a timer), and any past month
 * when it is first asked for. Only when the projections have caught up with the log, so a month
 * is never frozen half-counted. Safe with several replicas (publishing takes a lock and finds a
 * month already published).
 */
export class Publisher {
  private readonly inFlight = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: SystemDb,
    private readonly logger: Pick<Logger, 'info' | 'warn'>,
  ) {}

  start(intervalMs = 60_000): void {
    const tick = () => {
      const current = periodOf(new Date());
      for (const period of [previousPeriod(current), previousPeriod(previousPeriod(current))]) void this.ensurePublished(period);
    };
    setTimeout(tick, 5_000).unref();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled(this.inFlight.values());
  }

  /** Publishes the month if it is due and not yet published; never throws. */
  ensurePublished(period: string): Promise<void> {
    if (period >= periodOf(new Date())) return Promise.resolve();
    let running = this.inFlight.get(period);
    if (!running) {
      running = this.db
        .transaction(async (client) => {
          if (await isPublished(client, period)) return;
          if (!(await dueForPublishing(client, period))) return;
          const lag = await consumerLag(client);
          if (BigInt(lag.checkpoint) < BigInt(lag.head)) return;
          const result = await publishPeriod(client, period, { publishedBy: 'system:evaluation', automatic: true });
          this.logger.info(result, 'period published automatically');
        })
        .catch((error) => this.logger.warn({ err: error, period }, 'automatic publishing failed'))
        .finally(() => this.inFlight.delete(period));
      this.inFlight.set(period, running);
    }
    return running;
  }
}

let current: Publisher | null = null;

/** The process's publisher (set by main); absent in tools that only compute. */
export function setPublisher(publisher: Publisher | null): void {
  current = publisher;
}

export function publisher(): Publisher | null {
  return current;
}

/**
 * Whether the month is published, publishing it first if it is over and due (see `Publisher`):
 * one statement for a month already published or still running, two only on the request that
 * finds a past month not yet published.
 */
export async function publishedNow(runner: Parameters<typeof isPublished>[0], period: string): Promise<boolean> {
  if (await isPublished(runner, period)) return true;
  if (!current || period >= periodOf(new Date())) return false;
  await current.ensurePublished(period);
  return isPublished(runner, period);
}
