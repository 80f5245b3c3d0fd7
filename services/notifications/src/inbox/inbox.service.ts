import type { Caller } from '@qinshang/auth';
import type { RequestDb } from '@qinshang/database';
import { BadUserInputError } from '@qinshang/errors';
import { appendEvents, rowsOf } from '@qinshang/eventlog';
import { pageSize } from '@qinshang/subgraph';
import { notificationPermissions } from '../access/permissions';
import { myAccount } from '../accounts/me';
import { decodeInboxCursor, encodeInboxCursor } from './inbox-cursor';
import { INBOX_COLUMNS } from './inbox.hub';
import type { InboxRow } from './inbox-stream';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The caller's own inbox. Row-level security lets a transaction see its own account's rows only. */
export class InboxService {
  constructor(
    private readonly db: RequestDb,
    private readonly caller: Caller,
  ) {}

  async page(args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }) {
    notificationPermissions.assertCan(this.caller, 'READ_INBOX');
    const size = pageSize(args.first, 20);
    const before = args.after ? decodeInboxCursor(args.after) : null;
    const account = await myAccount(this.db, this.caller);
    if (!account) return { rows: [] as InboxRow[], hasNextPage: false, totalCount: 0, unreadCount: 0 };
    const unread = args.unreadOnly ? 'AND read_at IS NULL' : '';
    const rows = await rowsOf<InboxRow>(
      this.db,
      `SELECT ${INBOX_COLUMNS} FROM notifications.notification WHERE account_id = $1 ${unread} AND ($2::bigint IS NULL OR seq < $2) ORDER BY seq DESC LIMIT $3`,
      [account.account_id, before, size + 1],
    );
    const [counts] = await rowsOf<{ total: number; unread: number }>(
      this.db,
      `SELECT count(*) FILTER (WHERE true ${unread ? 'AND read_at IS NULL' : ''})::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notifications.notification WHERE account_id = $1`,
      [account.account_id],
    );
    return { rows: rows.slice(0, size), hasNextPage: rows.length > size, totalCount: counts.total, unreadCount: counts.unread };
  }

  /** The account's notifications after a seq, oldest first (the subscription's replay). */
  async after(seq: string, limit: number): Promise<InboxRow[]> {
    return rowsOf<InboxRow>(this.db, `SELECT ${INBOX_COLUMNS} FROM notifications.notification WHERE account_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`, [
      this.caller.sub,
      seq,
      limit,
    ]);
  }

  async markRead(input: { ids?: string[] | null; all?: boolean | null }): Promise<{ marked: number; unreadCount: number }> {
    notificationPermissions.assertCan(this.caller, 'READ_INBOX');
    const ids = input.ids ?? [];
    if (!input.all && ids.length === 0) throw new BadUserInputError('ids', 'Name the notifications to mark read, or pass all: true');
    const bad = ids.find((id) => !UUID.test(id));
    if (bad) throw new BadUserInputError('ids', `${bad} is not a notification id`);
    const account = await myAccount(this.db, this.caller);
    if (!account) return { marked: 0, unreadCount: 0 };
    const marked = await rowsOf<{ id: string }>(
      this.db,
      `UPDATE notifications.notification SET read_at = now() WHERE account_id = $1 AND read_at IS NULL AND ($2 OR id = ANY($3::uuid[])) RETURNING id`,
      [account.account_id, input.all === true, ids],
    );
    if (marked.length) {
      await appendEvents(this.db, 'notifications', [
        {
          type: 'notification.read',
          streamType: 'account',
          streamId: account.account_id,
          districtId: account.district_id,
          payload: { accountId: account.account_id, districtId: account.district_id, notificationIds: marked.map((row) => row.id) },
        },
      ]);
    }
    const [counts] = await rowsOf<{ unread: number }>(this.db, 'SELECT count(*)::int AS unread FROM notifications.notification WHERE account_id = $1 AND read_at IS NULL', [account.account_id]);
    return { marked: marked.length, unreadCount: counts.unread };
  }

  static cursor = encodeInboxCursor;
}
