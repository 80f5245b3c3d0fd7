import { enterSystemScope } from '@qinshang/database';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { bootstrapDatabase, runMigrations } from '@qinshang/database';
import { Client, Pool } from 'pg';
import { appendEvents, appendEventsAtCommit } from '../append';
import { EventLogListener } from '../listener';
import { migrations } from '../migrations';

/**
 * How fast the log takes appends, and how soon a live reader sees them, with N concurrent
 * writers, numbered at once (`appendEvents`: the head lock from the append to the commit) against
 * numbered at commit (`appendEventsAtCommit`: the lock inside COMMIT only), side by side in
 * interleaved rounds. Each transaction does what a request does after its append before it
 * commits: `--reads-after` round trips (default 2) and `--hold-ms` of waiting (default 0).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run -s bench:eventlog -- [--writers 20] [--seconds 5] [--rounds 3]
 *
 * Works in a scratch database it drops afterwards. Prints appends per second, append-to-commit
 * latency and commit-to-reader latency percentiles, and how many of the events the reader got.
 */
type Mode = 'at once' | 'at commit';

async function main() {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? Number(args[index + 1]) : fallback;
  };
  const writers = option('writers', 20);
  const seconds = option('seconds', 5);
  const rounds = option('rounds', 3);
  const readsAfter = option('reads-after', 2);
  const holdMs = option('hold-ms', 0);
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
    let readLatency: number[] = [];
    const received = new Set<string>();
    const listener = new EventLogListener({ url: app.toString(), pollMs: 1000 });
    listener.on('events', (events) => {
      const now = performance.now();
      for (const event of events) {
        received.add((event.payload as { visitId: string }).visitId);
        const at = committedAt.get((event.payload as { visitId: string }).visitId);
        if (at !== undefined) readLatency.push(now - at);
      }
    });
    await listener.start();

    let sequence = 0;
    const run = async (mode: Mode) => {
      committedAt.clear();
      received.clear();
      readLatency = [];
      const appendLatency: number[] = [];
      const deadline = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: writers }, async (_, writer) => {
          while (performance.now() < deadline) {
            const client = await pool.connect();
            try {
              const started = performance.now();
              const visitId = `v${++sequence}`;
              await client.query('BEGIN');
              await enterSystemScope(client, { actor: `bench-${writer}`, scope: 'tenant', districtId: '610111' });
              const event = { type: 'visit.recorded' as const, streamType: 'bench', streamId: String(writer), districtId: '610111', payload: { visitId, districtId: '610111', officialId: 'o', enterpriseId: 'e', visitedOn: '2016-07-01', period: '2016-07', mode: 'VISIT' as const } };
              if (mode === 'at once') await appendEvents(client, 'bench', [event]);
              else await appendEventsAtCommit(client, 'bench', [event]);
              // What a request still does after its append before it commits (its answer's reads).
              for (let i = 0; i < readsAfter; i++) await client.query('SELECT 1');
              if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
              await client.query('COMMIT');
              const done = performance.now();
              committedAt.set(visitId, done);
              appendLatency.push(done - started);
            } finally {
              client.release();
            }
          }
        }),
      );
      // Every committed event reaches the live reader (waited on, not slept).
      const waitUntil = performance.now() + 10_000;
      const missing = () => [...committedAt.keys()].filter((id) => !received.has(id)).length;
      while (missing() > 0 && performance.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 20));
      // Timed only where the writer saw its commit return before the reader got the event.
      return { appends: appendLatency.length, appendLatency, readLatency: [...readLatency], read: committedAt.size - missing() };
    };

    const pct = (values: number[], p: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
    };
    const rows = new Map<Mode, Array<Awaited<ReturnType<typeof run>>>>([['at once', []], ['at commit', []]]);
    for (let round = 1; round <= rounds; round++) {
      for (const mode of rows.keys()) {
        const result = await run(mode);
        rows.get(mode)!.push(result);
        process.stderr.write(`[bench:eventlog] round ${round}, numbered ${mode}: ${(result.appends / seconds).toFixed(0)}/s\n`);
      }
    }
    await listener.stop();
    await pool.end();
    const median = (values: number[]) => pct(values, 50);
    const lines = [
      `${writers} writers, ${rounds} interleaved rounds of ${seconds} s, ${readsAfter} round trip(s) and ${holdMs} ms between the append and the commit; medians over rounds`,
      '| numbered | appends / s | append+commit p50 / p99 ms | commit to live reader p50 / p99 ms | read by the reader |',
      '|---|---|---|---|---|',
      ...[...rows].map(([mode, results]) => {
        const f = (values: number[]) => median(values).toFixed(1);
        return `| ${mode} | ${median(results.map((r) => r.appends / seconds)).toFixed(0)} | ${f(results.map((r) => pct(r.appendLatency, 50)))} / ${f(results.map((r) => pct(r.appendLatency, 99)))} | ${f(results.map((r) => pct(r.readLatency, 50)))} / ${f(results.map((r) => pct(r.readLatency, 99)))} | ${results.reduce((n, r) => n + r.read, 0)} of ${results.reduce((n, r) => n + r.appends, 0)} |`;
      }),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
