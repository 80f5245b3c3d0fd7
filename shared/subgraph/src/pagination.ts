import { BadUserInputError } from '@qinshang/errors';

/** Relay cursors are opaque to clients; here they wrap an offset-free key (`v1:<key>`). */
export function encodeCursor(key: string | number): string {
  return Buffer.from(`v1:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  // Only what encodeCursor writes: printable text (no NUL, no control, no undecodable byte).
  if (!decoded.startsWith('v1:') || /[\u0000-\u001f\u007f\ufffd]/.test(decoded)) throw new BadUserInputError(field, 'The cursor is not valid');
  return decoded.slice(3);
}

const TIMESTAMP = /^([1-9][0-9]{3})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:?[0-9]{2})$/;

/** True for an ISO 8601 instant with a real calendar day and time (what `toISOString` writes). */
export function isTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A keyset cursor of `parts` pieces joined by `|` whose first piece is an instant (the ledger's
 * `raisedAt|id`): the pieces, or BAD_USER_INPUT on `field` for anything else (a cursor holding
 * a bad date answers that, not a database error).
 */
export function decodeTimestampCursor(cursor: string, field = 'after', parts = 2): string[] {
  const pieces = decodeCursor(cursor, field).split('|');
  if (pieces.length !== parts || !isTimestamp(pieces[0]) || pieces.some((piece) => !piece)) throw new BadUserInputError(field, 'The cursor is not valid');
  return pieces;
}

export const MAX_PAGE_SIZE = 200;

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}
