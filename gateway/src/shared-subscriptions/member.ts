import type { Caller } from '@qinshang/auth';
import { ErrorCode } from '@qinshang/errors';
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { internalError, slowSubscriber } from '../bounded-subscriptions';
import { Seam } from './seam';
import { isExpiry } from './shape';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One subscriber of a shared subscription: its own bounded queue of the group's results (a
 * subscriber that stops reading is closed once `maxQueue` behind, as `bounded` does for one that
 * is not shared), ended at its own token's expiry with the error the subgraph would send.
 *
 * A member that resumes from a cursor is given its own replay (its upstream opened `after` it):
 * it gets the replay's results until the replay meets the group's (see seam.ts), then ends the
 * replay and gets the group's, without a gap or a duplicate, and without noticing the switch.
 */
export class SharedMember implements AsyncIterableIterator<ExecutionResult> {
  /** When the member's token expires, ms (Infinity: never). */
  readonly expiresAt: number;
  private queue: ExecutionResult[] = [];
  private waiter: ((result: IteratorResult<ExecutionResult>) => void) | null = null;
  private finished = false;
  private timer: NodeJS.Timeout | undefined;
  /** While replaying: its own upstream, and where it meets the group's. */
  private replay: AsyncIterator<ExecutionResult> | null = null;
  private seam: Seam | null = null;
  /** After the seam: the group's next cursors, which the replay already delivered. */
  private skip: string[] = [];

  constructor(
    /** Its own execution arguments (its context and token): what the upstream is opened with when it inherits it. */
    readonly args: ExecutionArgs,
    caller: Caller,
    private readonly maxQueue: number,
    /** The cursor of a result of this subscription's, if it has one. */
    private readonly cursorOf: (result: ExecutionResult) => string | null,
    private readonly onLeave: (member: SharedMember) => void,
    /** Called once when the member ends, however it ends. */
    private readonly onEnd: () => void = () => undefined,
    /** Its own replay, when it resumes from a cursor. */
    replay?: AsyncIterator<ExecutionResult>,
  ) {
    this.expiresAt = caller.expiresAt === undefined ? Number.POSITIVE_INFINITY : caller.expiresAt * 1000;
    if (Number.isFinite(this.expiresAt)) {
      this.timer = setTimeout(() => this.expire(), Math.min(Math.max(this.expiresAt - Date.now() + 5, 0), 2 ** 31 - 1));
      this.timer.unref();
    }
    if (replay) {
      this.replay = replay;
      this.seam = new Seam(maxQueue);
      void this.follow(replay);
    }
  }

  /** Whether it still reads its own replay (for /metrics and the tests). */
  get replaying(): boolean {
    return this.replay !== null;
  }

  /** A result of the group's (the same object for every member: read-only from here on). */
  push(result: ExecutionResult): void {
    if (this.finished) return;
    if (Date.now() >= this.expiresAt) return this.expire();
    const cursor = this.cursorOf(result);
    if (this.seam) {
      // An error of the group's is delivered (the group closes after it); an event waits for the seam.
      if (!cursor) return this.enqueue(result);
      const skip = this.seam.liveArrived(cursor, result);
      if (skip) (this.skip = skip), this.endReplay();
      return;
    }
    if (this.skip.length) {
      if (cursor === this.skip[0]) return void this.skip.shift();
      this.skip.length = 0;
    }
    this.enqueue(result);
  }

  /** Reads its own replay until the seam (or until it ends: then the member ends too). */
  private async follow(replay: AsyncIterator<ExecutionResult>): Promise<void> {
    for (;;) {
      let next: IteratorResult<ExecutionResult>;
      try {
        next = await replay.next();
      } catch {
        if (this.finished || this.replay !== replay) return;
        this.enqueue(internalError());
        return this.leave();
      }
      if (this.finished || this.replay !== replay) return;
      if (next.done) return this.leave();
      const result = next.value;
      // An expiry may repeat the previous event's data: the member's own expiry is sent instead.
      if (isExpiry(result)) return this.expire();
      if (result.errors?.length) {
        // Not an event to find the seam by (the upstream ends after it).
        this.enqueue(result);
        continue;
      }
      this.enqueue(result);
      const cursor = this.cursorOf(result);
      const rest = cursor && !this.finished ? this.seam!.replayDelivered(cursor) : null;
      if (rest) {
        this.endReplay();
        for (const held of rest) this.enqueue(held);
      }
    }
  }

  private endReplay(): void {
    const replay = this.replay;
    this.replay = null;
    this.seam = null;
    if (replay?.return) Promise.resolve(replay.return()).catch(() => undefined);
  }

  private enqueue(result: ExecutionResult): void {
    if (this.finished) return;
    if (this.queue.length >= this.maxQueue) {
      this.queue.length = 0;
      this.send(slowSubscriber(this.maxQueue));
      return this.leave();
    }
    this.send(result);
  }

  /** Ends the member without another result (the group closed). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.timer);
    this.endReplay();
    this.onEnd();
    if (this.waiter && !this.queue.length) {
      const resolve = this.waiter;
      this.waiter = null;
      resolve(DONE);
    }
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const item = this.queue.shift();
    if (item) return Promise.resolve({ done: false, value: item });
    if (this.finished) return Promise.resolve(DONE);
    return new Promise((resolve) => (this.waiter = resolve));
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.queue.length = 0;
    this.leave();
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private expire(): void {
    if (this.finished) return;
    this.queue.length = 0;
    this.send({ errors: [new GraphQLError('The token has expired: the subscription ends', { extensions: { code: ErrorCode.UNAUTHENTICATED } })] });
    this.leave();
  }

  private send(result: ExecutionResult): void {
    if (this.waiter) {
      const resolve = this.waiter;
      this.waiter = null;
      resolve({ done: false, value: result });
    } else {
      this.queue.push(result);
    }
  }

  /** Leaves the group and ends after what is queued. */
  private leave(): void {
    const was = this.finished;
    this.finish();
    if (!was) this.onLeave(this);
  }
}
