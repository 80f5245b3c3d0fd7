import { GraphQLError, type ExecutionResult } from 'graphql';
import { ErrorCode } from '@qinshang/errors';

/** The last result a subscriber gets when it fell more than `max` events behind and is closed. */
export function slowSubscriber(max: number): ExecutionResult {
  return {
    errors: [
      new GraphQLError(`This subscriber fell more than ${max} events behind and was closed: resubscribe with the last cursor you received`, {
        extensions: { code: ErrorCode.RATE_LIMITED, reason: 'SLOW_SUBSCRIBER' },
      }),
    ],
  };
}

/** What a subscriber gets when its upstream throws: an error result, then the end. */
export function internalError(): ExecutionResult {
  return { errors: [new GraphQLError('Internal server error', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } })] };
}

/**
 * Bounds what the gateway holds for one subscriber. Upstream events arrive as fast as the
 * subgraph sends them, but a subscriber is written to only as fast as it reads; without a bound,
 * a stalled client would grow the gateway's memory without end. Results are pulled ahead into
 * a queue of at most `max`; beyond that the subscription ends with RATE_LIMITED (reason
 * SLOW_SUBSCRIBER), and the client resumes from the last cursor it did receive.
 */
export function bounded<T extends ExecutionResult>(source: AsyncIterable<T>, max: number): AsyncIterableIterator<T | ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  const queue: Array<T | ExecutionResult> = [];
  let waiting: ((result: IteratorResult<T | ExecutionResult>) => void) | null = null;
  let finished = false;

  const deliver = (item: T | ExecutionResult | null) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(item === null ? { done: true, value: undefined } : { done: false, value: item });
    } else if (item !== null) {
      queue.push(item);
    }
  };
  const finish = () => {
    if (finished) return;
    finished = true;
    deliver(null);
  };

  void (async () => {
    try {
      for (;;) {
        const next = await iterator.next();
        if (finished) return;
        if (next.done) return finish();
        if (queue.length >= max) {
          queue.length = 0;
          deliver(slowSubscriber(max));
          finish();
          await iterator.return?.();
          return;
        }
        deliver(next.value);
      }
    } catch (error) {
      if (!finished) {
        deliver(error instanceof GraphQLError ? { errors: [error] } : internalError());
        finish();
      }
    }
  })();

  const self: AsyncIterableIterator<T | ExecutionResult> = {
    next: () => {
      const item = queue.shift();
      if (item) return Promise.resolve({ done: false, value: item });
      if (finished) return Promise.resolve({ done: true, value: undefined });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: async () => {
      queue.length = 0;
      if (!finished) {
        finished = true;
        deliver(null);
        await iterator.return?.();
      }
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => self,
  };
  return self;
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}
