import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Role, signDevToken } from '@qinshang/auth';
import { launchTestStack, type StackInfo } from '@qinshang/testkit';
import { Client } from 'pg';
import { median, percentile, round, send, sqlPerRequest, type Operation } from './bench/growth-load';
import { repoRoot } from './processes';

/**
 * `npm run -s bench:growth [-- --scales 1,10 --connections 1,20 --rounds 3 --seconds 5
 * --periods current,2017-06 --history true]`: one
 * fresh platform per scale (SEED_SCALE=N: N× the enterprises, officials, visits and problems),
 * all running side by side, then the contract's `CityDashboard` and `DistrictEnterprises`
 * through each gateway in interleaved rounds (every scale in every round, so a busy moment of
 * the machine hits them all). Prints p50 and p99 latency, throughput, and the SQL statements
 * (and round trips) PostgreSQL received per request, and the ratio of each scale to the first.
 * Not a test: figures depend on the machine.
 */
const CONTRACT = path.join(repoRoot, 'test', 'contract', 'operations');
const TENANT = '610111';

async function main() {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1,10' },
      connections: { type: 'string', default: '1,20' },
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      periods: { type: 'string', default: 'current,2017-06' },
      history: { type: 'string', default: 'true' },
    },
  });
  const scales = values.scales!.split(',').map(Number);
  const connections = values.connections!.split(',').map(Number);
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  // The dashboard's month: the current one (live figures) and a closed, published one.
  const periods = values.periods!.split(',').map((p) => (p === 'current' ? new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7) : p));

  log(`starting ${scales.length} fresh platforms (SEED_SCALE ${scales.join(', ')}) side by side...`);
  const stacks = await Promise.all(
    scales.map(async (scale) => {
      const started = Date.now();
      const stack = await launchTestStack(repoRoot, 3_600_000, { SEED_SCALE: String(scale), SEED_HISTORY: values.history!, LOG_LEVEL: 'info' });
      const sizes = await dataSizes(stack.info);
      log(`${scale}×: ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${Object.entries(sizes).map(([k, v]) => `${v} ${k}`).join(', ')}`);
      return { scale, ...stack, sizes };
    }),
  );
  const stopAll = () => Promise.all(stacks.map((s) => new Promise((resolve) => { s.child.once('exit', resolve); s.child.kill('SIGTERM'); })));
  try {
    const dashboard = readFileSync(path.join(CONTRACT, 'city-dashboard.graphql'), 'utf8');
    const portal = readFileSync(path.join(CONTRACT, 'district-portal.graphql'), 'utf8');
    const ops = async (info: StackInfo): Promise<Array<Operation & { label: string }>> => {
      const sign = (claims: Record<string, string>) =>
        signDevToken({ sub: `bench:${claims.role}`, ...claims } as never, { devKey: info.devKey, issuer: 'qinshang-dev', audience: 'qinshang', expiresIn: 7200 });
      const city = await sign({ role: Role.CITY_ADMIN });
      return [
        ...periods.map((period) => ({ name: 'CityDashboard', label: `CityDashboard ${period}`, query: dashboard, variables: { period }, token: city })),
        { name: 'DistrictEnterprises', label: 'DistrictEnterprises', query: portal, variables: { districtId: TENANT, first: 20 }, token: await sign({ role: Role.DISTRICT_ADMIN, districtId: TENANT }) },
      ];
    };
    const perStack = await Promise.all(stacks.map(async (s) => ({ ...s, ops: await ops(s.info) })));

    // Warm up (plans, pools, caches of the database) and count statements on a quiet platform.
    const sql = new Map<string, Awaited<ReturnType<typeof sqlPerRequest>>>();
    for (const s of perStack) {
      for (const op of s.ops) {
        for (let i = 0; i < 20; i++) await send(s.info.gatewayUrl, op);
        sql.set(`${s.scale}:${op.label}`, await sqlPerRequest(s.info.gatewayUrl, op, s.info.logDir));
      }
    }

    const results = new Map<string, { p50: number[]; p99: number[]; rps: number[]; errors: number }>();
    for (let r = 1; r <= rounds; r++) {
      for (const c of connections) {
        for (const opIndex of perStack[0].ops.keys()) {
          for (const s of perStack) {
            const op = s.ops[opIndex];
            const result = await round(s.info.gatewayUrl, op, c, seconds);
            const sorted = result.latenciesMs.sort((a, b) => a - b);
            const key = `${op.label}:${c}:${s.scale}`;
            const entry = results.get(key) ?? { p50: [], p99: [], rps: [], errors: 0 };
            entry.p50.push(percentile(sorted, 50));
            entry.p99.push(percentile(sorted, 99));
            entry.rps.push(result.requests / result.seconds);
            entry.errors += result.errors;
            results.set(key, entry);
          }
        }
      }
      log(`round ${r} of ${rounds} done`);
    }

    const first = scales[0];
    const lines = [
      `${rounds} interleaved rounds of ${seconds} s; medians of the rounds`,
      `| operation | connections | scale | p50 ms | p99 ms | req/s | p50 vs ${first}× | p99 vs ${first}× | statements / request | round trips | transactions | errors |`,
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ];
    for (const name of perStack[0].ops.map((op) => op.label)) {
      for (const c of connections) {
        const base = results.get(`${name}:${c}:${first}`)!;
        for (const scale of scales) {
          const e = results.get(`${name}:${c}:${scale}`)!;
          const q = sql.get(`${scale}:${name}`)!;
          lines.push(
            `| ${name} | ${c} | ${scale}× | ${median(e.p50).toFixed(1)} | ${median(e.p99).toFixed(1)} | ${median(e.rps).toFixed(1)} | ` +
              `${(median(e.p50) / median(base.p50)).toFixed(2)} | ${(median(e.p99) / median(base.p99)).toFixed(2)} | ${q.statements.toFixed(1)} | ${q.roundTrips.toFixed(1)} | ${q.subgraphRequests.toFixed(1)} | ${e.errors} |`,
          );
        }
      }
    }
    lines.push('', 'data: ' + stacks.map((s) => `${s.scale}×: ${Object.entries(s.sizes).map(([k, v]) => `${v} ${k}`).join(', ')}`).join('; '));
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    await stopAll();
  }
}

async function dataSizes(info: StackInfo): Promise<Record<string, number>> {
  const client = new Client({ connectionString: info.adminDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM districts.enterprise)::int AS enterprises, (SELECT count(*) FROM districts.official)::int AS officials,
              (SELECT count(*) FROM districts.visit)::int AS visits, (SELECT count(*) FROM issues.issue)::int AS problems,
              (SELECT count(*) FROM eventlog.event)::int AS events`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

function log(line: string) {
  process.stderr.write(`[bench:growth] ${line}\n`);
}

main().catch((error) => {
  process.stderr.write(`[bench:growth] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
