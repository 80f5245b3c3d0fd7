import type { Caller } from '@qinshang/auth';
import { ErrorCode } from '@qinshang/errors';
import { GraphQLError, print, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { callerOf } from '../auth';
import { isAsyncIterable } from '../bounded-subscriptions';
import { createPerAccountCheck, perAccountFields, scopeOf } from '../response-cache/scope';
import stableStringify from 'fast-json-stable-stringify';
import { SubscriptionGroup, type SubscribeFn } from './group';
import { shapeOf } from './shape';

export interface SharedSubscriptionsOptions {
  supergraph: GraphQLSchema;
  /** Results held for one subscriber before it is closed as too slow (RATE_LIMITED). */
  maxQueue: number;
  /** Live shared subscriptions one token subject may hold (RATE_LIMITED beyond), as each subgraph caps its own. */
  maxPerSubject: number;
}

/**
 * Subscriptions of one scope share one upstream execution (issue 16: a feed's cost per event was
 * one subgraph execution, one upstream frame and one gateway execution per subscriber).
 *
 * Subscribers share when they would get the same results: the same scope (the role and every
 * scope claim, as the response cache keys it; the account too when the document reads anything
 * answered for the account itself, such as the inbox), the same document, operation and
 * variables but for the `after` cursor. One that sends a cursor (a client resuming after a drop)
 * replays on an upstream of its own, joined to the live group at once, and leaves its replay for
 * the group's results where the two meet (seam.ts): a reconnecting crowd, after a gateway
 * restart say, is back on one upstream per scope after the first event. Each member keeps
 * its own bounded queue and its own token's expiry; the results pass through every plugin after
 * this one for each member as before (error masking, the per-subscription error filter).
 */
export function useSharedSubscriptions(options: SharedSubscriptionsOptions) {
  const touchesAccount = createPerAccountCheck(options.supergraph, perAccountFields(options.supergraph));
  const groups = new Map<string, SubscriptionGroup>();
  const held = new Map<string, number>();
  const release = (subject: string) => {
    const left = (held.get(subject) ?? 1) - 1;
    if (left > 0) held.set(subject, left);
    else held.delete(subject);
  };
  const printed = new WeakMap<DocumentNode, string>();
  const documentKey = (document: DocumentNode) => {
    let key = printed.get(document);
    if (key === undefined) printed.set(document, (key = print(document)));
    return key;
  };
  const keyOf = (caller: Caller, args: ExecutionArgs, afterVariable: string | null) => {
    const variables: Record<string, unknown> = { ...(args.variableValues ?? {}) };
    if (afterVariable) delete variables[afterVariable];
    return JSON.stringify([scopeOf(caller, touchesAccount(args.document)).key, args.operationName ?? null, stableStringify(variables), documentKey(args.document)]);
  };

  return {
    plugin: {
      onSubscribe({ args, subscribeFn, setSubscribeFn }: { args: ExecutionArgs; subscribeFn: SubscribeFn; setSubscribeFn: (fn: SubscribeFn) => void }) {
        const caller = callerOf(args.contextValue);
        const shape = caller ? shapeOf(args.document, args.operationName) : null;
        if (!caller || !shape) return;
        setSubscribeFn(async (executionArgs: ExecutionArgs) => {
          // The slot is taken before anything is awaited (operations on one socket run concurrently).
          const holding = held.get(caller.sub) ?? 0;
          if (holding >= options.maxPerSubject) {
            return { errors: [new GraphQLError(`At most ${options.maxPerSubject} live subscriptions per token`, { extensions: { code: ErrorCode.RATE_LIMITED, limit: options.maxPerSubject } })] };
          }
          held.set(caller.sub, holding + 1);
          let released = false;
          const done = () => {
            if (!released) (released = true), release(caller.sub);
          };
          const variables = (executionArgs.variableValues ?? {}) as Record<string, unknown>;
          const resumes = shape.afterVariable !== null && variables[shape.afterVariable] != null;
          const liveArgs = resumes ? { ...executionArgs, variableValues: { ...variables, [shape.afterVariable!]: null } } : executionArgs;
          let replay: AsyncIterator<ExecutionResult> | undefined;
          try {
            if (resumes) {
              const opened = await subscribeFn(executionArgs);
              if (!isAsyncIterable(opened)) {
                done();
                return opened;
              }
              replay = opened[Symbol.asyncIterator]();
            }
            const key = keyOf(caller, liveArgs, shape.afterVariable);
            let group = groups.get(key);
            if (!group) {
              const opened: SubscriptionGroup = new SubscriptionGroup(shape, subscribeFn, liveArgs, options.maxQueue, (closed) => {
                if (groups.get(key) === closed) groups.delete(key);
              });
              groups.set(key, (group = opened));
            }
            const joined = await group.join(liveArgs, caller, done, replay);
            if (!isAsyncIterable(joined)) done();
            return joined;
          } catch (error) {
            done();
            if (replay?.return) Promise.resolve(replay.return()).catch(() => undefined);
            throw error;
          }
        });
      },
    },
    /** Upstream executions and the subscribers they serve (for /metrics). */
    counts(): { groups: number; members: number; replaying: number } {
      let members = 0;
      let replaying = 0;
      for (const group of groups.values()) (members += group.size), (replaying += group.replaying);
      return { groups: groups.size, members, replaying };
    },
  };
}
