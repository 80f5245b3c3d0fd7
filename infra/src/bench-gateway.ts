import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Role } from '@qinshang/auth';
import { load, type LoadResult } from './bench/load';
import { startRecorder } from './bench/recorder';
import { benchLog, benchPlatform, freePort, startReporting } from './bench/stack';
import type { RecordedPlan } from './bench/direct-calls';
import { repoRoot, startNode, waitForHttp } from './processes';

/**
 * `npm run -s bench:gateway [-- --rounds 3 --seconds 10 --connections 20 --profile DIR]`:
 * the contract's CityDashboard and DistrictEnterprises through our gateway (response cache on, as
 * the platform runs it) and through `@apollo/gateway` 2.x over the same subgraphs and data, with
 * one shared token and with 200 distinct ones, interleaved round after round; then our gateway
 * with the cache off against the same subgraph calls made directly (the gateway's overhead).
 * Prints medians over the rounds. Not a test: the figures depend on the machine.
 */
const log = benchLog('bench:gateway');
const contract = (file: string) => readFileSync(path.join(repoRoot, 'test', 'contract', 'operations', file), 'utf8');
const DISTRICT = '610111';

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  claims: { role: Role; districtId?: string };
}

const OPERATIONS: Operation[] = [
  { name: 'CityDashboard', query: contract('city-dashboard.graphql'), variables: { period: '2016-07' }, claims: { role: Role.CITY_ADMIN } },
  // The district portal's list alone (the file's mutations stay out of the document).
  { name: 'DistrictEnterprises', query: contract('district-portal.graphql').split(/\n(?=# A problem raised)/)[0], variables: { districtId: DISTRICT, first: 20 }, claims: { role: Role.DISTRICT_ADMIN, districtId: DISTRICT } },
];

async function main() {
  const { values } = parseArgs({
    options: { rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '20' }, profile: { type: 'string' } },
  });
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const platform = await benchPlatform('bench:gateway');
  const { info } = platform;
  const stops: Array<() => Promise<void>> = [];
  try {
    const tokens = new Map<string, { one: string[]; many: string[] }>();
    for (const op of OPERATIONS) {
      const many = await Promise.all(Array.from({ length: 200 }, (_, i) => platform.token({ ...op.claims, sub: `bench:${op.name}:${i}` })));
      tokens.set(op.name, { one: [many[0]], many });
    }

    // Our gateway, the cache off, first in front of a recorder: the plan's subgraph calls, once.
    const authEnv = Object.fromEntries(Object.entries(info.notifier.env).filter(([name]) => name.startsWith('AUTH_') || name === 'NODE_ENV'));
    const bare = async (urls: Record<string, string>, profileDir?: string) => {
      const port = await freePort();
      const proc = startNode({
        name: 'gateway (cache off)',
        script: path.join(repoRoot, 'gateway', 'dist', 'main.js'),
        logFile: path.join(info.logDir, `bench-gateway-${port}.log`),
        env: {
          ...authEnv,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          RESPONSE_CACHE: 'false',
          ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
        },
        ...(profileDir ? { execArgv: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {}),
      });
      await waitForHttp(`http://127.0.0.1:${port}/readiness`, proc, 120_000);
      return { url: `http://127.0.0.1:${port}/graphql`, stop: () => proc.stop() };
    };
    const recorder = await startRecorder(info.subgraphUrls);
    const recording = await bare(recorder.urls);
    const plans: Record<string, RecordedPlan> = {};
    for (const op of OPERATIONS) {
      recorder.begin();
      await send(recording.url, op, tokens.get(op.name)!.one[0]);
      plans[op.name] = recorder.plan();
      log(`${op.name}: ${plans[op.name].map((stage) => stage.length).join(' + ')} subgraph requests (stages)`);
    }
    await recording.stop();
    await recorder.close();

    const uncached = await bare(info.subgraphUrls, values.profile);
    stops.push(uncached.stop);
    const apollo = await startReporting(path.join(repoRoot, 'infra', 'dist', 'bench', 'apollo-gateway.js'), {
      PORT: String(await freePort()),
      SUPERGRAPH_PATH: path.join(repoRoot, 'gateway', 'supergraph.graphql'),
      SUBGRAPH_URLS: JSON.stringify(info.subgraphUrls),
      NODE_ENV: 'production',
    });
    stops.push(apollo.stop);
    const direct = await startReporting(path.join(repoRoot, 'infra', 'dist', 'bench', 'direct-calls.js'), { PORT: String(await freePort()), PLANS: JSON.stringify(plans) });
    stops.push(direct.stop);
    const targets = { ours: info.gatewayUrl, apollo: apollo.url, uncached: uncached.url, direct: direct.url } as const;
    type Target = keyof typeof targets;

    // Every target answers every operation, the gateways alike.
    for (const op of OPERATIONS) {
      const token = tokens.get(op.name)!.one[0];
      const [ours, theirs] = [await send(targets.ours, op, token), await send(targets.apollo, op, token)];
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) log(`warning: ${op.name} answers differ between the gateways`);
      await send(targets.uncached, op, token);
      await send(targets.direct, op, token);
    }

    const cases = OPERATIONS.flatMap((op) => [
      { op, tokens: 'one' as const, targets: ['ours', 'apollo'] as Target[] },
      { op, tokens: 'many' as const, targets: ['ours', 'apollo', 'uncached', 'direct'] as Target[] },
    ]);
    const results = new Map<string, LoadResult[]>();
    const run = async (target: Target, op: Operation, which: 'one' | 'many', secs: number) =>
      load({ url: targets[target], operationName: op.name, query: op.query, variables: op.variables, tokens: tokens.get(op.name)![which], connections, seconds: secs });
    log('warming up every target');
    for (const c of cases) for (const target of c.targets) await run(target, c.op, c.tokens, 2);
    for (let round = 1; round <= rounds; round++) {
      for (const c of cases) {
        // Interleaved, and in the other order every other round.
        const order = round % 2 ? c.targets : [...c.targets].reverse();
        for (const target of order) {
          const result = await run(target, c.op, c.tokens, seconds);
          const key = `${c.op.name}|${c.tokens}|${target}`;
          results.set(key, [...(results.get(key) ?? []), result]);
          log(`round ${round} ${c.op.name} ${c.tokens === 'one' ? '1 token' : '200 tokens'} ${target}: ${result.rps.toFixed(0)} req/s (${result.total}), p50 ${result.p50} ms, p99 ${result.p99} ms${result.failed ? `, ${result.failed} FAILED` : ''}`);
        }
      }
    }
    process.stdout.write(report(results, { rounds, seconds, connections }));
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await platform.stop();
  }
}

async function send(url: string, op: Operation, token: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ operationName: op.name, query: op.query, variables: op.variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${op.name} at ${url}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Medians over the rounds of each run's figures, and of the per-round ratios. */
function report(results: Map<string, LoadResult[]>, settings: { rounds: number; seconds: number; connections: number }): string {
  const get = (op: string, tokens: string, target: string) => results.get(`${op}|${tokens}|${target}`) ?? [];
  const ratio = (a: LoadResult[], b: LoadResult[], pick: (r: LoadResult) => number) => median(a.map((r, i) => pick(r) / Math.max(pick(b[i]), 0.001)));
  const fmt = (r: LoadResult[]) => `${median(r.map((x) => x.rps)).toFixed(0)} req/s, p50 ${median(r.map((x) => x.p50))} ms, p99 ${median(r.map((x) => x.p99))} ms`;
  const failed = [...results.values()].flat().reduce((sum, r) => sum + r.failed, 0);
  const lines = [
    `bench:gateway: ${settings.rounds} interleaved rounds of ${settings.seconds} s, ${settings.connections} connections (autocannon); medians over the rounds`,
    '',
    '| operation | tokens | ours (cache on) | @apollo/gateway | throughput ratio | p50 ratio | p99 ratio |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const op of OPERATIONS) {
    for (const tokens of ['one', 'many']) {
      const ours = get(op.name, tokens, 'ours');
      const apollo = get(op.name, tokens, 'apollo');
      lines.push(
        `| ${op.name} | ${tokens === 'one' ? '1' : '200'} | ${fmt(ours)} | ${fmt(apollo)} | ${ratio(ours, apollo, (r) => r.rps).toFixed(2)}× | ${ratio(ours, apollo, (r) => r.p50).toFixed(2)}× | ${ratio(ours, apollo, (r) => r.p99).toFixed(2)}× |`,
      );
    }
  }
  lines.push('', '| operation (200 tokens) | ours, cache off | the same subgraph calls made directly | overhead (p50 ratio) | p99 ratio | throughput ratio | cache off vs @apollo/gateway (throughput) |', '|---|---|---|---|---|---|---|');
  for (const op of OPERATIONS) {
    const uncached = get(op.name, 'many', 'uncached');
    const direct = get(op.name, 'many', 'direct');
    const apollo = get(op.name, 'many', 'apollo');
    lines.push(
      `| ${op.name} | ${fmt(uncached)} | ${fmt(direct)} | ${ratio(uncached, direct, (r) => r.p50).toFixed(2)}× | ${ratio(uncached, direct, (r) => r.p99).toFixed(2)}× | ${ratio(uncached, direct, (r) => r.rps).toFixed(2)}× | ${ratio(uncached, apollo, (r) => r.rps).toFixed(2)}× |`,
    );
  }
  lines.push('', failed ? `WARNING: ${failed} answers failed (errors or non-200); see the log lines above` : 'every answer was 200 with data and no errors', '');
  return lines.join('\n');
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
