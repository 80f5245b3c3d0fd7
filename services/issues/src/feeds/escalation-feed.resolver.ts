import type { IssueTransition, StoredEvent } from '@qinshang/eventlog';
import { SkipEvent } from '@qinshang/subgraph';
import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { IssuesContext } from '../context';
import { EscalationLevel } from '../ledger/types';
import { escalationFeedHub } from './escalation-feed.hub';
import { EscalationEvent } from './escalation-feed.types';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor';
import { escalationFor } from './feed-snapshot';

interface FeedArgsInput {
  level?: EscalationLevel | null;
  districtId?: string | null;
  after?: string | null;
}

/** The live escalation feed (上报领导小组, as it happens). */
@Resolver(() => EscalationEvent)
export class EscalationFeedResolver {
  @Subscription(() => EscalationEvent, {
    description:
      'Escalations as they are raised, in log order. `level` is the lowest level wanted (CITY: city-level only; DISTRICT: both); ' +
      "by default CITY for the city's roles and DISTRICT for the others. `after` replays everything since that cursor, then continues live " +
      'with no gap and no duplicate. Scope follows the token, checked for every event.',
    subscribe: ({ args, context }) => {
      const input = args as FeedArgsInput;
      const ctx = context as IssuesContext;
      const after = input.after ? decodeFeedCursor(input.after) : null;
      return escalationFeedHub().open(ctx.caller, { level: input.level, districtId: input.districtId }, after, ctx.openDb);
    },
  })
  async escalationRaised(
    @Root() event: StoredEvent,
    @Ctx() ctx: IssuesContext,
    @Arg('level', () => EscalationLevel, { nullable: true }) _level?: EscalationLevel,
    @Arg('districtId', () => ID, { nullable: true }) _districtId?: string,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from this feed' }) _after?: string,
  ): Promise<EscalationEvent> {
    // The event's data, read once per process and shared; then the subscriber's own scope, as
    // row-level security would apply it, on the escalation and its problem: out of reach is skipped.
    const payload = event.payload as IssueTransition;
    const snapshot = payload.escalationId ? await escalationFeedHub().snapshot(event.position, payload.escalationId) : null;
    const escalation = snapshot ? escalationFor(ctx.caller, snapshot) : null;
    if (!escalation) throw new SkipEvent();
    return { cursor: encodeFeedCursor(event.position), escalation };
  }
}
