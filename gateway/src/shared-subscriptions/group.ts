import type { Caller } from '@qinshang/auth';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { internalError, isAsyncIterable } from '../bounded-subscriptions';
import { SharedMember } from './member';
import { cursorOf, isExpiry, type SubscriptionShape } from './shape';

export type SubscribeFn = (args: ExecutionArgs) => unknown;

/**
 * One upstream execution of a subscription, shared by every subscriber of one scope who sent the
 * same document and variables (see index.ts). Results fan out to each member's own bounded queue.
 *
 * The upstream runs with one member's token (the leader's, the latest to expire when it was
 * opened). When the subgraph ends it because that token expired while other members' have not,
 * the group opens it again with the latest member token, from the last cursor it delivered
 * (`after`), so the members see neither gap nor duplicate; where there is no cursor yet (or the
 * document has no `after` variable) their subscriptions complete, and they subscribe again (a
 * live-only subscriber has no cursor to lose). Each member is ended at its own token's expiry, as the subgraph ends its own.
 */
export class SubscriptionGroup {
  readonly members = new Set<SharedMember>();
  private iterator: AsyncIterator<ExecutionResult> | null = null;
  private readonly started: Promise<ExecutionResult | null>;
  private lastCursor: string | null = null;
  private closed = false;

  constructor(
    private readonly shape: SubscriptionShape,
    private readonly subscribeFn: SubscribeFn,
    args: ExecutionArgs,
    private readonly maxQueue: number,
    private readonly onClosed: (group: SubscriptionGroup) => void,
  ) {
    this.started = this.open(args);
  }

  get size(): number {
    return this.members.size;
  }

  /**
   * A new member: its own stream of the group's results, or the upstream's refusal. One that
   * resumes from a cursor brings its own `replay`, which it reads until that meets the group's.
   */
  async join(
    args: ExecutionArgs,
    caller: Caller,
    onEnd: () => void,
    replay?: AsyncIterator<ExecutionResult>,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const cursor = (result: ExecutionResult) => cursorOf(result, this.shape.responseKey);
    const member = new SharedMember(args, caller, this.maxQueue, cursor, (left) => this.leave(left), onEnd, replay);
    this.members.add(member);
    const refused = await this.started;
    if (refused) {
      this.members.delete(member);
      member.finish();
      return refused;
    }
    return member;
  }

  /** Members still reading their own replay. */
  get replaying(): number {
    let count = 0;
    for (const member of this.members) if (member.replaying) count++;
    return count;
  }

  private async open(args: ExecutionArgs): Promise<ExecutionResult | null> {
    let result: unknown;
    try {
      result = await this.subscribeFn(args);
    } catch (error) {
      this.close();
      throw error;
    }
    if (!isAsyncIterable(result)) {
      // Refused (a validation error, say): every member of this key would be refused the same way.
      this.close();
      return result as ExecutionResult;
    }
    this.adopt(result);
    return null;
  }

  /** Follows a new upstream, unless the group closed while it was being opened (then it is ended). */
  private adopt(result: AsyncIterable<unknown>): void {
    const iterator = result[Symbol.asyncIterator]() as AsyncIterator<ExecutionResult>;
    if (this.closed || !this.members.size) {
      void iterator.return?.()?.catch?.(() => undefined);
      return this.close();
    }
    this.iterator = iterator;
    void this.pump();
  }

  private async pump(): Promise<void> {
    const iterator = this.iterator!;
    for (;;) {
      let next: IteratorResult<ExecutionResult>;
      try {
        next = await iterator.next();
      } catch {
        this.deliver(internalError());
        return this.close();
      }
      if (this.closed || iterator !== this.iterator) return;
      if (next.done) return this.close();
      const result = next.value;
      if (isExpiry(result)) return void (await this.resume());
      const cursor = cursorOf(result, this.shape.responseKey);
      if (cursor) this.lastCursor = cursor;
      this.deliver(result);
    }
  }

  /**
   * The leader's token expired: opens the upstream again with the member token that expires last,
   * after the last cursor delivered; where it cannot, the members' subscriptions complete.
   */
  private async resume(): Promise<void> {
    const now = Date.now();
    const heir = [...this.members].filter((m) => m.expiresAt > now).sort((a, b) => b.expiresAt - a.expiresAt)[0];
    const old = this.iterator;
    if (!heir || !this.shape.afterVariable || !this.lastCursor) {
      return this.close();
    }
    const args: ExecutionArgs = { ...heir.args, variableValues: { ...(heir.args.variableValues ?? {}), [this.shape.afterVariable]: this.lastCursor } };
    void old?.return?.();
    this.iterator = null;
    let result: unknown;
    try {
      result = await this.subscribeFn(args);
    } catch {
      result = null;
    }
    if (!isAsyncIterable(result)) {
      if (!this.closed && result && typeof result === 'object') this.deliver(result as ExecutionResult);
      return this.close();
    }
    this.adopt(result);
  }

  private deliver(result: ExecutionResult): void {
    for (const member of this.members) member.push(result);
  }

  private leave(member: SharedMember): void {
    this.members.delete(member);
    if (!this.members.size) this.close();
  }

  /** Ends the upstream and every member still here; the key's next subscriber opens a new group. */
  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClosed(this);
    const iterator = this.iterator;
    this.iterator = null;
    void iterator?.return?.()?.catch?.(() => undefined);
    for (const member of [...this.members]) member.finish();
    this.members.clear();
  }
}
