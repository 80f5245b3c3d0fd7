import { Client } from 'pg';

/**
 * A feed cursor for the log's head now (tests and benchmarks may build one; clients must not):
 * a subscriber started `after` it gets every event written from now on however long its
 * subscription takes to go live, where a subscription "live from now" would miss what is
 * written before it is.
 */
export async function feedHeadCursor(adminDatabaseUrl: string): Promise<string> {
  const client = new Client({ connectionString: adminDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ position: string }>('SELECT position::text AS position FROM eventlog.head WHERE id = 1');
    return Buffer.from(`f1:${rows[0]?.position ?? '0'}`, 'utf8').toString('base64url');
  } finally {
    await client.end();
  }
}
