import { useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client';
import { codeOf } from '../../apollo/errors';
import { socketStatus } from '../../apollo/socket-status';
import { graphql } from '../../gql';
import type { WaitingEscalationFragment } from '../../gql/graphql';

/** The contract's EscalationFeed, with the fields the waiting list shows. */
export const EscalationFeedSubscription = graphql(`
  subscription EscalationFeed($level: EscalationLevel, $after: String) {
    escalationRaised(level: $level, after: $after) {
      cursor
      escalation {
        ...WaitingEscalation
      }
    }
  }
`);

export type FeedState = 'connecting' | 'live' | 'reconnecting' | 'stopped';

const FATAL = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT']);

/**
 * Follows the escalations of `level` live (the city's by default; a district office's are
 * DISTRICT, the feed's lowest level, which also brings its tenant's city-level ones). After any drop it resubscribes with the cursor of the last
 * event it saw, so the feed replays exactly what it missed (nothing missed, nothing twice). Before
 * the first event there is no cursor: then every (re)connection asks the page to re-read its list.
 */
export function useEscalationFeed(onEscalation: (escalation: WaitingEscalationFragment) => void, onResync: () => void, level: 'CITY' | 'DISTRICT' = 'CITY'): FeedState {
  const client = useApolloClient();
  const [state, setState] = useState<FeedState>('connecting');
  const handlers = useRef({ onEscalation, onResync });
  handlers.current = { onEscalation, onResync };

  useEffect(() => {
    let cursor: string | null = null;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let subscription: { unsubscribe: () => void } | undefined;
    let subscribed = false;

    // The socket's own state says when the subscription is live again.
    const unwatch = socketStatus.subscribe(() => {
      if (stopped || !subscribed) return;
      if (socketStatus.get() === 'live') {
        setState('live');
        attempt = 0;
        if (cursor === null) handlers.current.onResync();
      }
    });

    const retry = () => {
      subscription?.unsubscribe();
      subscribed = false;
      if (stopped) return;
      setState('reconnecting');
      // Exponential backoff with jitter, at most 10 s between attempts.
      const delay = Math.min(10_000, 500 * 2 ** attempt) * (0.5 + Math.random() / 2);
      attempt += 1;
      timer = setTimeout(start, delay);
    };

    const start = () => {
      if (stopped) return;
      subscribed = true;
      subscription = client.subscribe({ query: EscalationFeedSubscription, variables: { level, after: cursor } }).subscribe({
        next: (result) => {
          const event = result.data?.escalationRaised;
          if (event) {
            cursor = event.cursor;
            setState('live');
            handlers.current.onEscalation(event.escalation);
          } else if (result.errors?.length) {
            if (result.errors.some((e) => FATAL.has(codeOf(e)))) {
              stopped = true;
              setState('stopped');
            } else retry();
          }
        },
        error: (error: unknown) => {
          const codes = ((error as { graphQLErrors?: Array<{ extensions?: Record<string, unknown> }> }).graphQLErrors ?? []).map((e) => codeOf(e));
          if (codes.some((code) => FATAL.has(code))) {
            stopped = true;
            setState('stopped');
            return;
          }
          retry();
        },
        complete: retry,
      });
      if (socketStatus.get() === 'live') {
        setState('live');
        if (cursor === null) handlers.current.onResync();
      }
    };

    start();
    return () => {
      stopped = true;
      unwatch();
      clearTimeout(timer);
      subscription?.unsubscribe();
    };
  }, [client, level]);

  return state;
}
