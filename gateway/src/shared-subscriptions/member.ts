import type { Caller } from '@qinshang/auth';
import { ErrorCode } from '@qinshang/errors';
import { GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { slowSubscriber } from '../bounded-subscriptions';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One subscriber of a shared subscription: its own bounded queue of the group's results (a
 * subscriber that stops reading is closed once `maxQueue` behind, as `bounded` does for one that
 * is not shared), ended at its own token's expiry with the error the subgraph would send.
 */
export class SharedMember implements AsyncIterableIterator<ExecutionResult> {
  /** When the member's token expires, ms (Infinity: never). */
  readonly expiresAt: number;
  private queue: ExecutionResult[] = [];
  private waiter: ((result: IteratorResult<ExecutionResult>) => void) | null = null;
  private finished = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** Its own execution arguments (its context and token): what the upstream is opened with when it inherits it. */
    readonly args: ExecutionArgs,
    caller: Caller,
    private readonly maxQueue: number,
    private readonly onLeave: (member: SharedMember) => void,
    /** Called once when the member ends, however it ends. */
    private readonly onEnd: () => void = () => undefined,
  ) {
    this.expiresAt = caller.expiresAt === undefined ? Number.POSITIVE_INFINITY : caller.expiresAt * 1000;
    if (Number.isFinite(this.expiresAt)) {
      this.timer = setTimeout(() => this.expire(), Math.min(Math.max(this.expiresAt - Date.now() + 5, 0), 2 ** 31 - 1));
      this.timer.unref();
    }
  }

  /** A result of the group's (the same object for every member: read-only from here on). */
  push(result: ExecutionResult): void {
    if (this.finished) return;
    if (Date.now() >= this.expiresAt) return this.expire();
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
