import type { ExecutionResult } from 'graphql';

/**
 * Where a resuming subscriber's own replay (its upstream opened `after` its cursor) meets the
 * live results of the group it joined at the same time (issue 16: a subscriber that reconnects
 * with a cursor, as every feed client does after a drop, would otherwise keep an upstream of
 * its own for good; after a gateway restart that is every subscriber).
 *
 * Both streams are the same events of one scope in commit order, so once an event is on both the
 * rest of the replay is the group's stream: the seam is the first cursor seen on both. Cursors
 * are compared as strings, never decoded. Each side holds at most `bound` entries, the newest:
 * an older one is never needed, since the seam is found on a newer one as well.
 */
export class Seam {
  /** The group's results since the member joined that the replay has not reached. */
  private readonly live: Array<{ cursor: string; result: ExecutionResult }> = [];
  /** Cursors the replay delivered that the group has not sent. */
  private readonly replayed: string[] = [];

  constructor(private readonly bound: number) {}

  /**
   * The replay delivered `cursor`. At the seam: the group's results held after it (to deliver
   * next, and follow the group from then on); otherwise null.
   */
  replayDelivered(cursor: string): ExecutionResult[] | null {
    const at = this.live.findIndex((entry) => entry.cursor === cursor);
    if (at >= 0) return this.live.slice(at + 1).map((entry) => entry.result);
    this.replayed.push(cursor);
    if (this.replayed.length > this.bound) this.replayed.shift();
    return null;
  }

  /**
   * The group sent `result` (at `cursor`). At the seam: the cursors the replay delivered after
   * it (the group's next results, already delivered: to skip); otherwise null, and it is held.
   */
  liveArrived(cursor: string, result: ExecutionResult): string[] | null {
    const at = this.replayed.indexOf(cursor);
    if (at >= 0) return this.replayed.slice(at + 1);
    this.live.push({ cursor, result });
    if (this.live.length > this.bound) this.live.shift();
    return null;
  }
}
