import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** The contract's operation exactly as written (`shared/contract/escalation-feed.graphql`). */
export const CONTRACT_ESCALATION_FEED = `subscription EscalationFeed($level: EscalationLevel, $after: String) {
  escalationRaised(level: $level, after: $after) {
    cursor
    escalation {
      id
      level
      reason
      raisedAt
      issue {
        ledgerNo
        title
        category
        enterprise {
          name
          district {
            id
            name
          }
        }
      }
    }
  }
}`;

/** The contract's operation with the optional tenant filter (what the helper sends by default). */
export const ESCALATION_FEED = `subscription EscalationFeed($level: EscalationLevel, $districtId: ID, $after: String) {
  escalationRaised(level: $level, districtId: $districtId, after: $after) {
    cursor
    escalation {
      id
      level
      reason
      raisedAt
      issue {
        ledgerNo
        title
        category
        enterprise {
          name
          district {
            id
            name
          }
        }
      }
    }
  }
}`;

export interface FeedEvent {
  cursor: string;
  escalation: {
    id: string;
    level: 'DISTRICT' | 'CITY';
    reason: string;
    raisedAt: string;
    issue: {
      ledgerNo: string;
      title: string;
      category: string;
      enterprise: { name: string; district: { id: string; name: string } | null } | null;
    };
  };
}

export type FeedStatus =
  | { kind: 'subscribed'; after: string | null }
  | { kind: 'dropped'; reason: string; code?: string; cursor: string | null; retryInMs: number }
  | { kind: 'stopped' };

export interface FollowOptions {
  /** The gateway's GraphQL URL (http or ws; `/graphql`). */
  url: string;
  /** The bearer token, or a function giving a fresh one for each (re)connection. */
  token: string | (() => string | Promise<string>);
  level?: 'DISTRICT' | 'CITY';
  districtId?: string;
  /** Resume after this cursor (the last one the subscriber saw); none: live from now. */
  after?: string | null;
  /** Another selection, which must select `escalationRaised { cursor }` with the same variables. */
  query?: string;
  onEvent: (event: FeedEvent) => void;
  onStatus?: (status: FeedStatus) => void;
  /** Backoff between resubscriptions: doubles from `initialMs` to `maxMs`, with jitter. */
  backoff?: { initialMs?: number; maxMs?: number };
  /** How often the client pings; no pong within that time drops the socket (and resubscribes). */
  keepAliveMs?: number;
}

export interface FeedHandle {
  /** The cursor of the last event received (what a resubscription passes as `after`). */
  readonly cursor: string | null;
  /** Closes the socket as a network failure would (for tests): the helper resumes by itself. */
  drop(): void;
  stop(): Promise<void>;
  /** Settles when stopped; rejects when the feed refuses for good (bad token, bad input). */
  readonly done: Promise<void>;
}

/** Errors that resubscribing cannot fix: the helper stops and rejects `done`. */
const FATAL = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);

export class FeedError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/**
 * Follows the escalation feed and never misses an event: after any drop (socket closed, server
 * restarted, subscriber closed for being slow, gateway gone) it resubscribes with the last cursor
 * it received, with exponential backoff, so the server replays exactly what was missed.
 */
export function followEscalations(options: FollowOptions): FeedHandle {
  const initialMs = options.backoff?.initialMs ?? 250;
  const maxMs = options.backoff?.maxMs ?? 10_000;
  const wsUrl = options.url.replace(/^http/, 'ws');
  let cursor: string | null = options.after ?? null;
  let stopped = false;
  let client: Client | null = null;
  let socket: WebSocket | null = null;
  let wakeUp: (() => void) | null = null;
  let resolveDone!: () => void;
  let rejectDone!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  done.catch(() => undefined);

  const token = async () => (typeof options.token === 'function' ? options.token() : options.token);

  /** One subscription attempt; resolves with why it ended. */
  const attempt = (): Promise<{ reason: string; code?: string; fatal: boolean; received: number }> =>
    new Promise((resolve) => {
      let received = 0;
      let settled = false;
      const finish = (outcome: { reason: string; code?: string; fatal: boolean }) => {
        if (settled) return;
        settled = true;
        resolve({ ...outcome, received });
      };
      client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        keepAlive: options.keepAliveMs ?? 10_000,
        connectionParams: async () => ({ authorization: `Bearer ${await token()}` }),
        on: {
          opened: (opened) => (socket = opened as WebSocket),
          closed: (event) => {
            const close = event as { code?: number; reason?: string };
            finish({ reason: `socket closed (${close.code ?? '?'}${close.reason ? ` ${close.reason}` : ''})`, fatal: close.code === 4403 });
          },
          error: (error) => finish({ reason: `socket error: ${(error as Error)?.message ?? String(error)}`, fatal: false }),
        },
      });
      options.onStatus?.({ kind: 'subscribed', after: cursor });
      client.subscribe<{ escalationRaised: FeedEvent }>(
        { query: options.query ?? ESCALATION_FEED, variables: { level: options.level ?? null, districtId: options.districtId ?? null, after: cursor } },
        {
          next: (result) => {
            if (result.errors?.length) {
              const error = result.errors[0] as { message: string; extensions?: { code?: string } };
              const code = error.extensions?.code;
              finish({ reason: error.message, code, fatal: code !== undefined && FATAL.has(code) });
              return;
            }
            const event = result.data?.escalationRaised;
            if (!event) return;
            received++;
            cursor = event.cursor;
            options.onEvent(event);
          },
          error: (error) => {
            const first = Array.isArray(error) ? (error[0] as { message?: string; extensions?: { code?: string } }) : null;
            const code = first?.extensions?.code;
            const reason = first?.message ?? (error as { reason?: string })?.reason ?? (error as Error)?.message ?? 'subscription failed';
            finish({ reason, code, fatal: code !== undefined && FATAL.has(code) });
          },
          complete: () => finish({ reason: 'the server ended the subscription', fatal: false }),
        },
      );
    });

  void (async () => {
    let delay = initialMs;
    while (!stopped) {
      const outcome = await attempt();
      const closing = client as Client | null;
      client = null;
      socket = null;
      await closing?.dispose();
      if (stopped) break;
      if (outcome.fatal) {
        stopped = true;
        options.onStatus?.({ kind: 'stopped' });
        rejectDone(new FeedError(outcome.reason, outcome.code));
        return;
      }
      // A subscription that delivered events was healthy: start the backoff over.
      if (outcome.received > 0) delay = initialMs;
      const wait = Math.round(delay * (0.5 + Math.random() * 0.5));
      options.onStatus?.({ kind: 'dropped', reason: outcome.reason, code: outcome.code, cursor, retryInMs: wait });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = null;
      delay = Math.min(delay * 2, maxMs);
    }
    options.onStatus?.({ kind: 'stopped' });
    resolveDone();
  })();

  return {
    get cursor() {
      return cursor;
    },
    done,
    drop() {
      socket?.terminate();
    },
    async stop() {
      stopped = true;
      wakeUp?.();
      const closing = client as Client | null;
      client = null;
      await closing?.dispose();
      await done.catch(() => undefined);
    },
  };
}
