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

/** The key a list is ordered by: columns (most significant first), each with an optional cast. */
export interface Keyset {
  columns: readonly string[];
  /** SQL casts for the cursor's parts (`timestamptz`, `uuid`, `date`), in column order. */
  casts?: readonly (string | null)[];
  /** Newest first (`DESC`) or oldest first (`ASC`). */
  order: 'ASC' | 'DESC';
  /** Checks a decoded cursor's parts (e.g. that an id is a UUID); false means BAD_USER_INPUT. */
  valid?: (parts: string[]) => boolean;
}

export interface KeysetQuery {
  /** How many rows a page holds. */
  size: number;
  /** The condition for the rows after the cursor, or null on the first page. */
  after: string | null;
  /** `ORDER BY ... LIMIT size + 1` (one more row says whether another page follows). */
  orderAndLimit: string;
  /** The page from the rows read with `orderAndLimit`: at most `size`, with a cursor each. */
  page<R>(rows: readonly R[], keyOf: (row: R) => ReadonlyArray<string | number | Date>): KeysetPage<R>;
}

export interface KeysetPage<R> {
  rows: R[];
  cursors: string[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A cursor's part must be a value of its column's type, or the cursor is BAD_USER_INPUT (never a database error). */
const CAST_CHECKS: Record<string, (value: string) => boolean> = {
  timestamptz: isTimestamp,
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value,
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
};

const part = (value: string | number | Date) => (value instanceof Date ? value.toISOString() : String(value));

/**
 * Keyset pagination (no offset, stable under inserts), once for every list: the page size from
 * `first`, the condition after the opaque cursor `after` (its parts bound through `add`), the
 * order and limit, and the page with its cursors.
 */
export function keysetPage(keyset: Keyset, args: { first?: number | null; after?: string | null; fallback?: number; field?: string }, add: (value: unknown) => string): KeysetQuery {
  const size = pageSize(args.first, args.fallback);
  const order = keyset.columns.map((column) => `${column} ${keyset.order}`).join(', ');
  let after: string | null = null;
  if (args.after) {
    const decoded = decodeCursor(args.after, args.field ?? 'after');
    const parts = keyset.columns.length === 1 ? [decoded] : decoded.split('|');
    const typed = parts.every((value, index) => CAST_CHECKS[keyset.casts?.[index] ?? '']?.(value) ?? true);
    if (parts.length !== keyset.columns.length || parts.some((p) => p === '') || !typed || (keyset.valid && !keyset.valid(parts))) {
      throw new BadUserInputError(args.field ?? 'after', 'The cursor is not valid');
    }
    const values = parts.map((value, index) => `${add(value)}${keyset.casts?.[index] ? `::${keyset.casts[index]}` : ''}`);
    const tuple = (items: readonly string[]) => (items.length === 1 ? items[0] : `(${items.join(', ')})`);
    after = `${tuple(keyset.columns)} ${keyset.order === 'DESC' ? '<' : '>'} ${tuple(values)}`;
  }
  return {
    size,
    after,
    orderAndLimit: `ORDER BY ${order} LIMIT ${size + 1}`,
    page<R>(rows: readonly R[], keyOf: (row: R) => ReadonlyArray<string | number | Date>): KeysetPage<R> {
      const kept = rows.slice(0, size);
      const cursors = kept.map((row) => encodeCursor(keyOf(row).map(part).join('|')));
      return { rows: kept, cursors, hasNextPage: rows.length > size, endCursor: cursors.at(-1) ?? null };
    },
  };
}
