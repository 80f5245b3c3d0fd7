import { ErrorCode } from '@qinshang/errors';
import { decodeCursor, encodeCursor, keysetPage, pageSize } from './pagination';

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

describe('keysetPage', () => {
  const params: unknown[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const keyset = { columns: ['i.raised_at', 'i.id'], casts: ['timestamptz', 'uuid'], order: 'DESC' as const };

  it('reads one row more than a page, and gives each row its cursor and the page its end', () => {
    const query = keysetPage(keyset, { first: 2 }, add);
    expect(query).toMatchObject({ size: 2, after: null, orderAndLimit: 'ORDER BY i.raised_at DESC, i.id DESC LIMIT 3' });
    const at = new Date('2016-07-01T00:00:00Z');
    const page = query.page([{ id: 'a' }, { id: 'b' }, { id: 'c' }], (row) => [at, row.id]);
    expect(page.rows.map((row) => row.id)).toEqual(['a', 'b']);
    expect(page.hasNextPage).toBe(true);
    expect(decodeCursor(page.endCursor!)).toBe('2016-07-01T00:00:00.000Z|b');
  });

  it('continues after a cursor with a row comparison in the key order, its parts bound as parameters', () => {
    const id = '00000000-0000-4000-8000-00000000000b';
    const cursor = encodeCursor(`2016-07-01T00:00:00.000Z|${id}`);
    expect(keysetPage(keyset, { first: 2, after: cursor }, add).after).toMatch(/^\(i\.raised_at, i\.id\) < \(\$\d+::timestamptz, \$\d+::uuid\)$/);
    expect(keysetPage({ columns: ['p.id'], order: 'ASC' }, { after: encodeCursor('P1') }, add).after).toMatch(/^p\.id > \$\d+$/);
    expect(params).toContain(id);
  });

  it('refuses a cursor of another shape, or one its check rejects, as BAD_USER_INPUT on the argument', () => {
    expect(() => keysetPage(keyset, { after: encodeCursor('only-one-part') }, add)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'after' } }));
    expect(() => keysetPage({ ...keyset, valid: ([, id]) => id.length === 36 }, { after: encodeCursor('2016-07-01|short') }, add)).toThrow(/not valid/);
    // A part that is not of its column's type never reaches the database.
    expect(() => keysetPage(keyset, { after: encodeCursor('yesterday|00000000-0000-4000-8000-00000000000b') }, add)).toThrow(/not valid/);
  });
});
