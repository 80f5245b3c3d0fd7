import type { Caller } from '@qinshang/auth';
import { ErrorCode } from '@qinshang/errors';
import { GraphQLError, print, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
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
 * variables, and no `after` cursor (a replay is the subscriber's own; it subscribes live-only,
 * and so shares, once it has caught up and resubscribes, or from the start). Each member keeps
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
  const keyOf = (caller: Caller, args: ExecutionArgs) =>
    JSON.stringify([scopeOf(caller, touchesAccount(args.document)).key, args.operationName ?? null, stableStringify(args.variableValues ?? {}), documentKey(args.document)]);

  return {
    plugin: {
      onSubscribe({ args, subscribeFn, setSubscribeFn }: { args: ExecutionArgs; subscribeFn: SubscribeFn; setSubscribeFn: (fn: SubscribeFn) => void }) {
        const caller = callerOf(args.contextValue);
        const shape = caller ? shapeOf(args.document, args.operationName) : null;
        if (!caller || !shape) return;
        if (shape.afterVariable && (args.variableValues as Record<string, unknown> | undefined)?.[shape.afterVariable] != null) return;
        setSubscribeFn((executionArgs: ExecutionArgs) => {
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
          const key = keyOf(caller, executionArgs);
          let group = groups.get(key);
          if (!group) {
            const opened: SubscriptionGroup = new SubscriptionGroup(shape, subscribeFn, executionArgs, options.maxQueue, (closed) => {
              if (groups.get(key) === closed) groups.delete(key);
            });
            groups.set(key, (group = opened));
          }
          return group.join(executionArgs, caller, done).then(
            (joined) => {
              if (!isAsyncIterable(joined)) done();
              return joined;
            },
            (error: unknown) => {
              done();
              throw error;
            },
          );
        });
      },
    },
    /** Upstream executions and the subscribers they serve (for /metrics). */
    counts(): { groups: number; members: number } {
      let members = 0;
      for (const group of groups.values()) members += group.size;
      return { groups: groups.size, members };
    },
  };
}
