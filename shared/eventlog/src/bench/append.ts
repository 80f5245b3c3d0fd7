import { enterSystemScope } from '@qinshang/database';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { bootstrapDatabase, runMigrations } from '@qinshang/database';
import { Client, Pool } from 'pg';
import { appendEvents } from '../append';
import { EventLogListener } from '../listener';
import { migrations } from '../migrations';

/**
 * How fast the log takes appends, and how soon a live reader sees them, with N concurrent
 * writers (appends serialise from the append to the commit: this measures what that costs).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run -s bench:eventlog -- [--writers 20] [--seconds 10]
 *
 * Works in a scratch database it drops afterwards. Prints appends per second, append-to-commit
 * latency and commit-to-reader latency percentiles.
 */
async function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  const writers = option('writers', 20);
  const seconds = option('seconds', 10);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL (an admin connection) is required');
  const name = `qinshang_bench_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await bootstrapDatabase(url.toString(), 'qinshang-app-dev');
    await runMigrations({ url: url.toString(), schema: 'eventlog', entities: [], migrations });
    const app = new URL(url.toString());
    app.username = 'qinshang_app';
    app.password = 'qinshang-app-dev';
    const pool = new Pool({ connectionString: app.toString(), max: writers + 2 });
    const committedAt = new Map<string, number>();
    const readLatency: number[] = [];
    const listener = new EventLogListener({ url: app.toString(), pollMs: 1000 });
    listener.on('events', (events) => {
      const now = performance.now();
      for (const event of events) {
        const at = committedAt.get(event.id);
        if (at !== undefined) readLatency.push(now - at);
      }
    });
    await listener.start();

    const appendLatency: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        while (performance.now() < deadline) {
          const client = await pool.connect();
          try {
            const started = performance.now();
            await client.query('BEGIN');
            await enterSystemScope(client, { actor: `bench-${writer}`, scope: 'tenant', districtId: '610111' });
            const [event] = await appendEvents(client, 'bench', [
              { type: 'visit.recorded', streamType: 'bench', streamId: String(writer), districtId: '610111', payload: { visitId: 'v', districtId: '610111', officialId: 'o', enterpriseId: 'e', visitedOn: '2016-07-01', period: '2016-07', mode: 'VISIT' } },
            ]);
            await client.query('COMMIT');
            const done = performance.now();
            committedAt.set(event.id, done);
            appendLatency.push(done - started);
          } finally {
            client.release();
          }
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await listener.stop();
    await pool.end();
    const pct = (values: number[], p: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]?.toFixed(2);
    };
    process.stdout.write(
      `${writers} writers, ${seconds} s: ${appendLatency.length} appends, ${(appendLatency.length / seconds).toFixed(0)}/s\n` +
        `append+commit ms: p50 ${pct(appendLatency, 50)} p95 ${pct(appendLatency, 95)} p99 ${pct(appendLatency, 99)}\n` +
        `commit to live reader ms: p50 ${pct(readLatency, 50)} p95 ${pct(readLatency, 95)} p99 ${pct(readLatency, 99)} (measured for ${readLatency.length}; an event read before its writer saw the commit return is not timed)\n`,
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
