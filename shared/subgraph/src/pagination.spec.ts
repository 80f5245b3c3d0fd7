import { ErrorCode } from '@qinshang/errors';
import { decodeCursor, encodeCursor, pageSize } from './pagination';

describe('cursors', () => {
  it('round-trips a key', () => {
    expect(decodeCursor(encodeCursor('610111:abc'))).toBe('610111:abc');
  });
  it('refuses a cursor it did not make, naming the argument', () => {
    expect(() => decodeCursor('bm9wZQ', 'after')).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'after' } }));
  });
  it('bounds page sizes', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(() => pageSize(0)).toThrow(/between 1 and/);
    expect(() => pageSize(10_000)).toThrow(/between 1 and/);
  });
});
