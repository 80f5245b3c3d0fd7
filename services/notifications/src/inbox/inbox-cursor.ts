import { BadUserInputError } from '@qinshang/errors';
import type { InboxRow } from './inbox-stream';
import type { Notification } from './inbox.types';

/** An inbox cursor is the notification's seq, opaque to clients (`n1:<seq>`). */
export const encodeInboxCursor = (seq: string) => Buffer.from(`n1:${seq}`, 'utf8').toString('base64url');

export function decodeInboxCursor(cursor: string, field = 'after'): string {
  const match = /^n1:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInputError(field, 'The cursor is not valid: pass a cursor your inbox gave you');
  return match[1];
}

export function toNotification(row: InboxRow): Notification {
  return {
    id: row.id,
    cursor: encodeInboxCursor(row.seq),
    kind: row.kind as Notification['kind'],
    eventType: row.event_type,
    title: row.title,
    body: row.body,
    ledgerNo: row.ledger_no,
    issue: row.issue_id ? { id: row.issue_id } : null,
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
    read: row.read_at !== null,
  };
}
