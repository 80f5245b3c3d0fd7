import { ForbiddenError } from '@qinshang/errors';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { myAccount } from '../accounts/me';
import type { NotificationsContext } from '../context';
import { decodeInboxCursor, encodeInboxCursor, toNotification } from './inbox-cursor';
import type { InboxRow } from './inbox-stream';
import { inboxHub } from './inbox.hub';
import { InboxService } from './inbox.service';
import { MarkNotificationsReadPayload, NotificationConnection, NotificationEvent } from './inbox.types';

/** The inbox (站内信): what the ledger told you, newest first, with a live badge. */
@Resolver()
export class InboxResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first (the token names your account)' })
  async notifications(
    @Ctx() ctx: NotificationsContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from this list: the page after it (older)' }) after?: string,
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false }) unreadOnly?: boolean,
  ): Promise<NotificationConnection> {
    const page = await ctx.services.inbox.page({ first, after, unreadOnly });
    const edges = page.rows.map((row) => ({ cursor: encodeInboxCursor(row.seq), node: toNotification(row) }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: page.totalCount,
      unreadCount: page.unreadCount,
    };
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Mark some (ids) or all of your unread notifications read' })
  async markNotificationsRead(
    @Ctx() ctx: NotificationsContext,
    @Arg('ids', () => [ID], { nullable: true }) ids?: string[],
    @Arg('all', () => Boolean, { nullable: true }) all?: boolean,
  ): Promise<MarkNotificationsReadPayload> {
    return ctx.services.inbox.markRead({ ids, all });
  }

  @Subscription(() => NotificationEvent, {
    description:
      'Your notifications as they arrive, oldest first. `after` replays everything since that cursor (from this feed or the inbox list), ' +
      'then continues live with no gap and no duplicate.',
    subscribe: async ({ args, context }) => {
      const ctx = context as NotificationsContext;
      const after = (args as { after?: string | null }).after;
      const seq = after ? decodeInboxCursor(after) : null;
      if (!(await myAccount(ctx.db, ctx.caller))) throw new ForbiddenError('This token names no active account of the identity provider: it has no inbox');
      const accountId = ctx.caller.sub;
      return inboxHub().open(accountId, seq, async (from, limit) => {
        const db = ctx.openDb();
        try {
          return await new InboxService(db, ctx.caller).after(from, limit);
        } finally {
          await db.finish(false);
        }
      });
    },
  })
  notificationReceived(@Root() row: InboxRow, @Arg('after', () => String, { nullable: true }) _after?: string): NotificationEvent {
    const notification = toNotification(row);
    return { cursor: notification.cursor, notification };
  }
}
