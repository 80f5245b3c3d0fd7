import { BadUserInputError } from '@qinshang/errors';

/** Relay cursors are opaque to clients; here they wrap an offset-free key (`v1:<key>`). */
export function encodeCursor(key: string | number): string {
  return Buffer.from(`v1:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('v1:')) throw new BadUserInputError(field, 'The cursor is not valid');
  return decoded.slice(3);
}

export const MAX_PAGE_SIZE = 200;

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}
