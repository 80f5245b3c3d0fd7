import { BadUserInputError } from '@qinshang/errors';

/** A feed cursor is the event's position in the log, opaque to clients (`f1:<position>`). */
export function encodeFeedCursor(position: string): string {
  return Buffer.from(`f1:${position}`, 'utf8').toString('base64url');
}

export function decodeFeedCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^f1:(\d{1,19})$/.exec(decoded);
  if (!match) throw new BadUserInputError('after', 'The cursor is not valid: pass a cursor this feed gave you');
  return match[1];
}
