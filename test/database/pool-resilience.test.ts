import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client, Pool } from 'pg';
import { guardPool } from '@qinshang/database';
import { stackInfo } from '@qinshang/testkit';

/**
 * The cause behind "restarting PostgreSQL kills the subgraphs": a pooled client checked out
 * inside a transaction whose connection drops between two statements emits 'error' with nobody
 * listening. Here one backend is terminated (ours only, nobody else's).
 */
const run = promisify(execFile);

async function terminate(pid: number) {
  const admin = new Client({ connectionString: stackInfo().adminDatabaseUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
  } finally {
    await admin.end();
  }
}

describe('a pool whose connection drops mid-transaction', () => {
  it('ends an unguarded process (the fault), while a guarded pool reports it and serves on', async () => {
    const script = `
      const { Pool, Client } = require('pg');
      const pool = new Pool({ connectionString: process.env.APP_URL, max: 1 });
      pool.on('error', () => undefined);
      (async () => {
        const client = await pool.connect();
        await client.query('BEGIN');
        const { rows } = await client.query('SELECT pg_backend_pid() AS pid');
        const admin = new Client({ connectionString: process.env.ADMIN_URL });
        await admin.connect();
        await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
        await admin.end();
        setTimeout(() => process.exit(0), 2000);
      })();`;
    const unguarded = await run(process.execPath, ['-e', script], {
      cwd: path.resolve(__dirname, '..'),
      env: { ...process.env, APP_URL: stackInfo().appDatabaseUrl, ADMIN_URL: stackInfo().adminDatabaseUrl },
    }).then(
      () => 0,
      (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? '' }),
    );
    expect(unguarded).toMatchObject({ code: 1, stderr: expect.stringMatching(/terminat/i) });

    const errors: Error[] = [];
    const pool = guardPool(new Pool({ connectionString: stackInfo().appDatabaseUrl, max: 1 }), (error) => errors.push(error));
    try {
      const client = await pool.connect();
      await client.query('BEGIN');
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await terminate(rows[0].pid);
      const deadline = Date.now() + 10_000;
      while (!errors.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(errors.length).toBeGreaterThan(0);
      await expect(client.query('SELECT 1')).rejects.toThrow();
      client.release();
      // A new connection, the same pool.
      expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows[0].one).toBe(1);
    } finally {
      await pool.end();
    }
  });
});
