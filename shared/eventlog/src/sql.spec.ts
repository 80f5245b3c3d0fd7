import { rowsOf } from './sql';

const answering = (result: unknown) => ({ query: async () => result });

describe('rowsOf', () => {
  it('reads rows from every kind of runner', async () => {
    const rows = [{ position: '7' }];
    expect(await rowsOf(answering(rows), 'SELECT')).toEqual(rows); // TypeORM SELECT / INSERT
    expect(await rowsOf(answering({ rows }), 'SELECT')).toEqual(rows); // pg Client
    expect(await rowsOf(answering([rows, 1]), 'UPDATE ... RETURNING')).toEqual(rows); // TypeORM UPDATE: [rows, count]
    expect(await rowsOf(answering([]), 'SELECT')).toEqual([]);
  });
});
