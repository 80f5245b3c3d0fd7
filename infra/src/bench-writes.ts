import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Role, signDevToken } from '@qinshang/auth';
import { launchTestStack, STACK_ENV, type StackInfo } from '@qinshang/testkit';
import { Pool } from 'pg';
import { cpuByLabel, cpuSpent } from './bench/cpu';
import { median, round, type Operation } from './bench/growth-load';
import { repoRoot } from './processes';

/**
 * `npm run -s bench:writes [-- --writers 20 --seconds 5 --rounds 3]`: problems raised per second
 * through the gateway (the contract's `RaiseIssue`, W concurrent district offices spread over
 * the tenants) against the raw PostgreSQL insert rate of the same rows (the issue row and its
 * `issue.raised` event, copied from one the gateway wrote, one committed transaction per problem
 * on W connections, into scratch copies of the two tables with the same columns and indexes,
 * `CREATE TABLE … (LIKE … INCLUDING ALL)`, dropped afterwards), without and with a head row
 * locked the way every append locks `eventlog.head`. Interleaved rounds; medians. Not a test: figures depend on the machine.
 */
async function main() {
  const { values } = parseArgs({ options: { writers: { type: 'string', default: '20' }, seconds: { type: 'string', default: '5' }, rounds: { type: 'string', default: '3' } } });
  const writers = Number(values.writers);
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);

  let info: StackInfo;
  let stop = async () => undefined as void;
  if (process.env[STACK_ENV]) info = JSON.parse(process.env[STACK_ENV]!) as StackInfo;
  else {
    log('starting a fresh platform (set QINSHANG_TEST_STACK to reuse one)...');
    const launched = await launchTestStack(repoRoot, 600_000);
    info = launched.info;
    stop = async () => {
      launched.child.kill('SIGTERM');
      await new Promise((resolve) => launched.child.once('exit', resolve));
    };
  }
  const pool = new Pool({ connectionString: info.adminDatabaseUrl, max: writers + 2 });
  try {
    const { rows: tenants } = await pool.query<{ district_id: string; enterprise_id: string }>(
      `SELECT DISTINCT ON (district_id) district_id, id AS enterprise_id FROM districts.enterprise ORDER BY district_id, id`,
    );
    const mutation = readFileSync(path.join(repoRoot, 'test', 'contract', 'operations', 'district-portal.graphql'), 'utf8');
    const ops: Operation[] = await Promise.all(
      tenants.map(async (t) => ({
        name: 'RaiseIssue',
        query: mutation,
        variables: { input: { enterpriseId: t.enterprise_id, category: 'FINANCING', title: '基准测试: 融资', description: 'bench:writes' } },
        token: await signDevToken({ sub: `bench:office:${t.district_id}`, role: Role.DISTRICT_ADMIN, districtId: t.district_id } as never, { devKey: info.devKey, issuer: 'qinshang-dev', audience: 'qinshang', expiresIn: 7200 }),
      })),
    );
    // The template: one problem the gateway raised, its row and its event.
    await round(info.gatewayUrl, ops[0], 1, 0.01);
    const { rows: [template] } = await pool.query<{ issue: Record<string, unknown>; event: Record<string, unknown> }>(
      `SELECT to_jsonb(i) AS issue, to_jsonb(e) AS event FROM issues.issue i JOIN eventlog.event e ON e.stream_id = i.id::text AND e.type = 'issue.raised'
        ORDER BY i.raised_at DESC LIMIT 1`,
    );
    await pool.query(`DROP SCHEMA IF EXISTS bench_writes CASCADE; CREATE SCHEMA bench_writes;
      CREATE TABLE bench_writes.issue (LIKE issues.issue INCLUDING ALL);
      CREATE TABLE bench_writes.event (LIKE eventlog.event INCLUDING ALL);
      CREATE TABLE bench_writes.head (id int PRIMARY KEY, position bigint NOT NULL);
      INSERT INTO bench_writes.head VALUES (1, 1000000000000);
      CREATE SEQUENCE bench_writes.seq;`);

    // What a raise costs each process, and how many transactions PostgreSQL commits per raise (all of the platform's, over the gateway rounds).
    const spent = new Map<string, number>();
    let raised = 0;
    let commits = 0;
    const committed = async () => Number((await pool.query<{ n: string }>('SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()')).rows[0].n);
    const gateway = async () => {
      const cpuBefore = info.stackPid ? cpuByLabel(info.stackPid) : null;
      const commitsBefore = await committed();
      // Each writer its own tenant (round robin), as offices raise their own problems.
      const results = await Promise.all(Array.from({ length: writers }, (_, w) => round(info.gatewayUrl, ops[w % ops.length], 1, seconds)));
      if (cpuBefore) for (const [label, s] of cpuSpent(cpuBefore, cpuByLabel(info.stackPid!))) spent.set(label, (spent.get(label) ?? 0) + s);
      // (Each backend reports its counts to pg_stat_database at most every second or so: read them a little after.)
      await new Promise((resolve) => setTimeout(resolve, 1500));
      commits += (await committed()) - commitsBefore;
      raised += results.reduce((sum, r) => sum + r.requests, 0);
      return { rate: results.reduce((sum, r) => sum + r.requests / r.seconds, 0), errors: results.reduce((sum, r) => sum + r.errors, 0) };
    };
    const raw = async (headLock: boolean) => {
      let done = 0;
      const until = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: writers }, async () => {
          const client = await pool.connect();
          try {
            while (performance.now() < until) {
              await client.query('BEGIN');
              const { rows: [n] } = await client.query<{ n: string }>("SELECT nextval('bench_writes.seq')::text AS n");
              await client.query(
                `INSERT INTO bench_writes.issue SELECT (jsonb_populate_record(NULL::bench_writes.issue, $1::jsonb || jsonb_build_object('id', gen_random_uuid(), 'ledger_no', $2::text))).*`,
                [template.issue, `BENCH-${n.n}`],
              );
              const position = headLock
                ? (await client.query<{ p: string }>('UPDATE bench_writes.head SET position = position + 1 WHERE id = 1 RETURNING position::text AS p')).rows[0].p
                : null;
              await client.query(
                `INSERT INTO bench_writes.event SELECT (jsonb_populate_record(NULL::bench_writes.event, $1::jsonb || jsonb_build_object('id', gen_random_uuid(), 'position', coalesce($2::bigint, $3::bigint)))).*`,
                [template.event, position, n.n],
              );
              await client.query('COMMIT');
              done++;
            }
          } finally {
            client.release();
          }
        }),
      );
      return { rate: done / seconds, errors: 0 };
    };

    const results = new Map<string, number[]>();
    const add = (key: string, value: number) => results.set(key, [...(results.get(key) ?? []), value]);
    let errors = 0;
    // A round first that is not counted: a fresh platform's processes are not warm yet (the
    // compiler, each connection's prepared statements), and its consumers are still reading the seed.
    await gateway();
    spent.clear();
    raised = 0;
    commits = 0;
    for (let r = 1; r <= rounds; r++) {
      const g = await gateway();
      add('gateway', g.rate);
      errors += g.errors;
      add('raw', (await raw(false)).rate);
      add('rawLocked', (await raw(true)).rate);
      log(`round ${r}: gateway ${g.rate.toFixed(0)}/s, raw ${results.get('raw')!.at(-1)!.toFixed(0)}/s, raw with the head lock ${results.get('rawLocked')!.at(-1)!.toFixed(0)}/s`);
    }
    const g = median(results.get('gateway')!);
    const r0 = median(results.get('raw')!);
    const r1 = median(results.get('rawLocked')!);
    process.stdout.write(
      [
        `${writers} writers, ${rounds} interleaved rounds of ${seconds} s after one of warm-up, medians`,
        '| path | problems / s | vs raw |',
        '|---|---|---|',
        `| RaiseIssue through the gateway (${errors} errors) | ${g.toFixed(0)} | ${((100 * g) / r0).toFixed(0)}% |`,
        `| raw INSERT of the same rows (issue + event), no head lock | ${r0.toFixed(0)} | 100% |`,
        `| raw INSERT of the same rows with the head lock | ${r1.toFixed(0)} | ${((100 * r1) / r0).toFixed(0)}% |`,
        `goal: gateway ≥ 25% of raw`,
        '',
        `per raise through the gateway: ${(commits / raised).toFixed(2)} transactions committed (every process's), CPU ms by process:`,
        ...[...spent]
          .filter(([, s]) => s > 0)
          .sort((a, b) => b[1] - a[1])
          .map(([label, s]) => `  ${label.padEnd(20)} ${((1000 * s) / raised).toFixed(2)}`),
        `  ${'all'.padEnd(20)} ${((1000 * [...spent.values()].reduce((a, b) => a + b, 0)) / raised).toFixed(2)}`,
      ].join('\n') + '\n',
    );
  } finally {
    await pool.query('DROP SCHEMA IF EXISTS bench_writes CASCADE').catch(() => undefined);
    await pool.end();
    await stop();
  }
}

function log(line: string) {
  process.stderr.write(`[bench:writes] ${line}\n`);
}

main().catch((error) => {
  process.stderr.write(`[bench:writes] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
