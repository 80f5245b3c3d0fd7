import type http from 'node:http';
import type { Caller, TokenVerifier } from '@qinshang/auth';
import { ErrorCode, formatErrorForClient } from '@qinshang/errors';
import type { Logger } from '@qinshang/logging';
import {
  createSourceEventStream,
  execute,
  GraphQLError,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { inSpan, linkTo, SpanKind, withExtractedContext } from '@qinshang/telemetry';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { SubgraphContext } from './context';
import { checkInputText } from './input-guard';

/**
 * Thrown by a subscription field's resolver for an event that is not the subscriber's to see
 * (its data is out of the subscriber's scope): the event is dropped, never sent as an error.
 */
export class SkipEvent extends Error {
  constructor() {
    super('event skipped');
    this.name = 'SkipEvent';
  }
}

export interface SubscriptionServerOptions<Loaders> {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  verify: TokenVerifier;
  logger: Logger;
  /** A fresh context (its own RequestDb in the caller's scope); the caller finishes its db. */
  makeContext: (caller: Caller, requestId: string) => SubgraphContext<Loaders>;
  /** Live subscriptions one token subject may hold on this process (RATE_LIMITED beyond). */
  maxPerSubject: number;
  /** Ping interval; a socket that misses a pong is closed (graphql-ws keep-alive). */
  keepAliveMs: number;
  /**
   * Subscription events executed at once on this process. Each takes a pool connection while it
   * runs; keeping this below the pool size leaves connections for queries and mutations however
   * many subscribers an event fans out to (the others wait their turn, in their bounded queues).
   */
  eventConcurrency: number;
}

interface Connection {
  /** Null on a shared socket's own connection: each operation on it brings its own token. */
  caller: Caller | null;
  /** Why an operation's own token was refused (UNAUTHENTICATED for that operation only). */
  refused?: string;
  requestId: string;
  /** The W3C traceparent the operation came with (its `extensions`, else the socket's connection parameters). */
  traceparent?: string;
}

type Extra = { socket: WebSocket; request: http.IncomingMessage; connection?: Connection };

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });

/** The HTTP input guard's check for an operation on the socket: a refusal, or null. */
function refusedInput(args: ExecutionArgs): ExecutionResult | null {
  const refusal = checkInputText(args.document, (args.variableValues ?? undefined) as Record<string, unknown> | undefined);
  return refusal ? { errors: [new GraphQLError(refusal.message, { extensions: { ...refusal.details, code: refusal.code } })] } : null;
}

/**
 * graphql-ws on the subgraph's `/graphql` (the gateway's subscription transport). The token comes
 * in `connectionParams.authorization` and is verified on connect, or, on a socket opened with
 * `connectionParams.tokenPerOperation` (the gateway's one shared socket per subgraph), in each
 * operation's `extensions.authorization`, verified per operation. Its expiry is checked again
 * before every event, and a timer ends an idle subscription when it expires (UNAUTHENTICATED).
 *
 * Each event runs with a context of its own (a RequestDb in the subscriber's scope, fresh
 * loaders), opened for that event and released after it: a subscription never pins a
 * connection, and every event's data is read in the subscriber's scope as it is now.
 */
export function startSubscriptionServer<Loaders>(options: SubscriptionServerOptions<Loaders>) {
  const { logger } = options;
  const wss = new WebSocketServer({ server: options.httpServer, path: options.path });
  const active = new Map<string, number>();
  const slots = semaphore(options.eventConcurrency);
  let sequence = 0;

  const format = (result: ExecutionResult): ExecutionResult => {
    if (!result.errors?.length) return result;
    return {
      ...result,
      errors: result.errors.map((error) => {
        const formatted = formatErrorForClient(error.toJSON(), error, (internal) => logger.error({ err: internal }, 'internal error in a subscription'));
        return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
      }),
    };
  };

  async function runOperation(args: ExecutionArgs): Promise<ExecutionResult> {
    const connection = args.contextValue as Connection;
    const caller = connection.caller;
    if (!caller) return { errors: [unauthenticated(connection.refused ?? 'The operation carries no token')] };
    // A socket outlives its token: every operation on it checks the token again.
    if (isExpired(caller)) return { errors: [unauthenticated('The token has expired')] };
    const refused = refusedInput(args);
    if (refused) return refused;
    const context = options.makeContext(caller, `${connection.requestId}:${++sequence}`);
    let result: ExecutionResult | undefined;
    try {
      result = await withExtractedContext({ traceparent: connection.traceparent }, () => Promise.resolve(execute({ ...args, contextValue: context })));
      return format(result);
    } finally {
      const mutationFailed = Boolean(result?.errors?.length) && args.document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
      await context.db.finish(!mutationFailed);
    }
  }

  async function subscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
    const connection = args.contextValue as Connection;
    const { caller } = connection;
    if (!caller) return { errors: [unauthenticated(connection.refused ?? 'The operation carries no token')] };
    if (isExpired(caller)) return { errors: [unauthenticated('The token has expired')] };
    // The same input guard as over HTTP: a NUL or a lone surrogate in any argument, before anything is read.
    const refused = refusedInput(args);
    if (refused) return refused;
    const held = active.get(caller.sub) ?? 0;
    if (held >= options.maxPerSubject) {
      return {
        errors: [
          new GraphQLError(`At most ${options.maxPerSubject} live subscriptions per token`, {
            extensions: { code: ErrorCode.RATE_LIMITED, limit: options.maxPerSubject },
          }),
        ],
      };
    }
    // The slot is taken before anything is awaited: subscriptions arriving together on one
    // socket (graphql-ws handles them concurrently) cannot all pass the check at once.
    active.set(caller.sub, held + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (active.get(caller.sub) ?? 1) - 1;
      if (left > 0) active.set(caller.sub, left);
      else active.delete(caller.sub);
    };
    const requestId = `${connection.requestId}:${++sequence}`;
    const setup = options.makeContext(caller, requestId);
    let source: AsyncIterable<unknown> | ExecutionResult;
    try {
      source = await withExtractedContext({ traceparent: connection.traceparent }, () =>
        inSpan('graphql.subscribe', { kind: SpanKind.SERVER }, () => createSourceEventStream({ ...args, contextValue: setup })),
      );
    } catch (error) {
      release();
      throw error;
    } finally {
      await setup.db.finish(false);
    }
    if (!isAsyncIterable(source)) {
      release();
      return format(source);
    }
    const iterator = source[Symbol.asyncIterator]();
    const generator = events(args, caller, connection.traceparent, iterator, requestId, release);
    // An unsubscribe calls return(), which an async generator only honours at its next yield: it
    // would wait for the next event (or never run `finally` if it had not started). End the
    // source first, so a pending next() settles, and release the slot at once.
    const generatorReturn = generator.return.bind(generator);
    generator.return = async (value) => {
      await iterator.return?.().catch(() => undefined);
      release();
      return generatorReturn(value);
    };
    return generator;
  }

  async function* events(
    args: ExecutionArgs,
    caller: Caller,
    traceparent: string | undefined,
    iterator: AsyncIterator<unknown>,
    requestId: string,
    release: () => void,
  ): AsyncGenerator<ExecutionResult> {
    // At expiry the source is ended (a source must let `return()` settle a pending `next()`),
    // and the loop below reports why.
    let expiryTimer: NodeJS.Timeout | undefined;
    if (caller.expiresAt !== undefined) {
      // setTimeout caps at about 24.8 days; a token living longer is re-checked per event anyway.
      const ms = Math.min(caller.expiresAt * 1000 - Date.now() + 5, 2 ** 31 - 1);
      expiryTimer = setTimeout(() => void iterator.return?.().catch(() => undefined), Math.max(ms, 0));
    }
    let n = 0;
    try {
      for (;;) {
        let next: IteratorResult<unknown>;
        try {
          next = await iterator.next();
        } catch (error) {
          // The source ended with an error (e.g. a subscriber too slow): tell the client why.
          yield format({ errors: [error instanceof GraphQLError ? error : new GraphQLError((error as Error).message, { originalError: error as Error })] });
          return;
        }
        if (isExpired(caller)) {
          yield { errors: [unauthenticated('The token has expired: the subscription ends')] };
          return;
        }
        if (next.done) return;
        const context = options.makeContext(caller, `${requestId}:${++n}`);
        let result: ExecutionResult;
        await slots.acquire();
        try {
          // Each event is a unit of work of its own, linked to the subscription and to the request that wrote the event.
          result = await inSpan(
            'graphql.subscription event',
            { kind: SpanKind.PRODUCER, root: true, links: [linkTo(traceparent), linkTo(producerOf(next.value))] },
            () => Promise.resolve(execute({ ...args, rootValue: next.value, contextValue: context })),
          );
        } finally {
          await context.db.finish(false);
          slots.release();
        }
        if (result.errors?.some((error) => error.originalError instanceof SkipEvent)) continue;
        yield format(result);
      }
    } finally {
      clearTimeout(expiryTimer);
      release();
      await iterator.return?.().catch(() => undefined);
    }
  }

  const server = useServer<Record<string, unknown>, Extra>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        const requestId = `ws-${Math.random().toString(36).slice(2, 10)}`;
        // The gateway's shared socket: no token of its own, every operation brings one (below).
        if (authorization === undefined && ctx.connectionParams?.tokenPerOperation === true) {
          ctx.extra.connection = { caller: null, requestId };
          return true;
        }
        try {
          const caller = await options.verify(typeof authorization === 'string' ? authorization : undefined);
          ctx.extra.connection = { caller, requestId };
          return true;
        } catch {
          return false;
        }
      },
      context: async (ctx, _id, payload) => {
        const extensions = payload.extensions as Record<string, unknown> | undefined;
        const fromOperation = extensions?.traceparent;
        const fromSocket = ctx.connectionParams?.traceparent;
        const traceparent = typeof fromOperation === 'string' ? fromOperation : typeof fromSocket === 'string' ? fromSocket : undefined;
        const socket = ctx.extra.connection!;
        let connection: Connection = socket;
        // An operation's own token (a shared socket's operations) is verified like a socket's;
        // a refusal ends that operation only, never the socket that other callers share.
        if (typeof extensions?.authorization === 'string') {
          try {
            connection = { ...socket, caller: await options.verify(extensions.authorization) };
          } catch (error) {
            connection = { ...socket, caller: null, refused: error instanceof Error ? error.message : 'The token was refused' };
          }
        }
        return (traceparent ? { ...connection, traceparent } : connection) as never;
      },
      execute: (args) => runOperation(args as ExecutionArgs),
      subscribe: (args) => subscribe(args as ExecutionArgs),
    },
    wss,
    options.keepAliveMs,
  );

  return {
    /** Live subscriptions per token subject (for tests and metrics). */
    active,
    /** Open sockets (the gateway shares one per subgraph among all its subscribers). */
    sockets: () => wss.clients.size,
    async stop() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function semaphore(size: number) {
  let free = Math.max(1, size);
  const waiting: Array<() => void> = [];
  return {
    acquire: (): Promise<void> => {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}

/** The traceparent of the event behind a subscription's root value (a StoredEvent, or `{ event }`), if any. */
function producerOf(value: unknown): string | null {
  const root = value as { traceparent?: unknown; event?: { traceparent?: unknown } } | null;
  const traceparent = root?.traceparent ?? root?.event?.traceparent;
  return typeof traceparent === 'string' ? traceparent : null;
}

function isExpired(caller: Caller): boolean {
  return caller.expiresAt !== undefined && caller.expiresAt * 1000 <= Date.now();
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';
}
