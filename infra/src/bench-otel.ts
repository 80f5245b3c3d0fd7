import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Role, signDevToken } from '@qinshang/auth';
import { launchTestStack, type StackInfo } from '@qinshang/testkit';
import { repoRoot } from './processes';

/**
 * `npm run -s bench:otel [-- --seconds 10 --concurrency 4]`: the contract's CityDashboard through
 * the gateway, as fast as C concurrent clients can send it for S seconds, on a fresh platform
 * without any OTEL_* variable, then on one with OTEL_EXPORTER_OTLP_ENDPOINT pointing at an
 * OTLP/HTTP sink in this process. Prints both side by side (and what each exported). Not a test.
 */
async function main() {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '4' } } });
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  const query = readFileSync(path.join(repoRoot, 'test', 'contract', 'operations', 'city-dashboard.graphql'), 'utf8');

  const sink = await startSink();
  const rows: Row[] = [];
  for (const mode of ['off', 'on'] as const) {
    log(`starting a fresh platform with tracing ${mode}...`);
    const env: Record<string, string> = { SEED_HISTORY: 'false', LOG_LEVEL: 'warn' };
    if (mode === 'on') env.OTEL_EXPORTER_OTLP_ENDPOINT = sink.url;
    else for (const name of Object.keys(process.env)) if (name.startsWith('OTEL_')) delete process.env[name];
    const { info, child } = await launchTestStack(repoRoot, undefined, env);
    try {
      const spansBefore = sink.spans;
      rows.push({ mode, ...(await measure(info, query, seconds, concurrency)), spans: 0 });
      // What the run exported arrives within the batch processor's delay (5 s by default).
      await new Promise((resolve) => setTimeout(resolve, mode === 'on' ? 6000 : 2000));
      rows[rows.length - 1].spans = sink.spans - spansBefore;
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  sink.server.close();
  const base = rows[0].perSecond;
  process.stdout.write(`\nCityDashboard through the gateway, ${concurrency} concurrent clients, ${seconds} s each (after a 2 s warm-up)\n`);
  process.stdout.write(`${'tracing'.padEnd(10)}${'requests'.padStart(10)}${'req/s'.padStart(10)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}${'errors'.padStart(8)}${'spans exported'.padStart(16)}${'vs off'.padStart(9)}\n`);
  for (const row of rows) {
    process.stdout.write(
      `${row.mode.padEnd(10)}${String(row.requests).padStart(10)}${row.perSecond.toFixed(1).padStart(10)}${row.p50.toFixed(0).padStart(10)}${row.p95.toFixed(0).padStart(10)}${String(row.errors).padStart(8)}${String(row.spans).padStart(16)}${`${((row.perSecond / base) * 100).toFixed(0)}%`.padStart(9)}\n`,
    );
  }
}

interface Row {
  mode: 'off' | 'on';
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  errors: number;
  spans: number;
}

async function measure(info: StackInfo, query: string, seconds: number, concurrency: number) {
  const token = await signDevToken({ sub: 'bench:otel:city', role: Role.CITY_ADMIN }, { devKey: info.devKey, issuer: 'qinshang-dev', audience: 'qinshang', expiresIn: 3600 });
  const body = JSON.stringify({ query, variables: { period: '2016-07' } });
  const send = async () => {
    const response = await fetch(info.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const json = (await response.json()) as { errors?: unknown[] };
    return response.ok && !json.errors;
  };
  const run = async (untilMs: number, latencies: number[] | null) => {
    let errors = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < untilMs) {
          const started = performance.now();
          const ok = await send().catch(() => false);
          if (!ok) errors++;
          latencies?.push(performance.now() - started);
        }
      }),
    );
    return errors;
  };
  await run(Date.now() + 2000, null);
  const latencies: number[] = [];
  const started = Date.now();
  const errors = await run(started + seconds * 1000, latencies);
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, perSecond: latencies.length / elapsed, p50: at(0.5), p95: at(0.95), errors };
}

/** An OTLP/HTTP sink: counts the spans it is sent (JSON encoding). */
async function startSink(): Promise<{ server: http.Server; url: string; readonly spans: number }> {
  let spans = 0;
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      try {
        const body = JSON.parse(text) as { resourceSpans?: Array<{ scopeSpans?: Array<{ spans?: unknown[] }> }> };
        for (const resource of body.resourceSpans ?? []) for (const scope of resource.scopeSpans ?? []) spans += scope.spans?.length ?? 0;
      } catch {
        // not OTLP JSON
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get spans() {
      return spans;
    },
  };
}

function log(line: string) {
  process.stderr.write(`[bench:otel] ${line}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
