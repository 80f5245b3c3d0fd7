import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One GraphQL request as the benchmark sends it. */
export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  token: string;
}

export interface RoundResult {
  requests: number;
  errors: number;
  latenciesMs: number[];
  seconds: number;
}

/** Sends the operation to the gateway and fails on any GraphQL error (a benchmark of errors measures nothing). */
export async function send(url: string, op: Operation): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${op.token}` },
    body: JSON.stringify({ query: op.query, variables: op.variables, operationName: op.name }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${op.name}: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
}

/** Closed loop: `connections` callers, each sending the next request when the last one answered, for `seconds`. */
export async function round(url: string, op: Operation, connections: number, seconds: number): Promise<RoundResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          await send(url, op);
          latenciesMs.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return { requests: latenciesMs.length, errors, latenciesMs, seconds: (performance.now() - started) / 1000 };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

/**
 * SQL statements (and round trips) PostgreSQL received per request of an operation, from the
 * subgraphs' own request log lines (`sql` in "graphql request", what `RequestDb` counted): sends
 * `times` requests one after another and sums what the subgraph logs gained meanwhile.
 */
export async function sqlPerRequest(url: string, op: Operation, logDir: string, times = 10): Promise<{ statements: number; roundTrips: number; subgraphRequests: number }> {
  const before = logSizes(logDir);
  for (let i = 0; i < times; i++) await send(url, op);
  // The loggers write asynchronously: read until the lines stop growing.
  let last = -1;
  let lines: Array<{ statements: number; roundTrips: number }> = [];
  for (let attempt = 0; attempt < 40; attempt++) {
    lines = newRequestLines(logDir, before);
    if (lines.length === last) break;
    last = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const sum = (key: 'statements' | 'roundTrips') => lines.reduce((acc, line) => acc + line[key], 0) / times;
  return { statements: sum('statements'), roundTrips: sum('roundTrips'), subgraphRequests: lines.length / times };
}

function logSizes(logDir: string): Map<string, number> {
  return new Map(readdirSync(logDir).map((file) => [file, statSync(path.join(logDir, file)).size]));
}

function newRequestLines(logDir: string, before: Map<string, number>): Array<{ statements: number; roundTrips: number }> {
  const found: Array<{ statements: number; roundTrips: number }> = [];
  for (const file of readdirSync(logDir)) {
    if (file.startsWith('gateway')) continue;
    const text = readFileSync(path.join(logDir, file)).subarray(before.get(file) ?? 0).toString('utf8');
    for (const line of text.split('\n')) {
      if (!line.includes('"graphql request"')) continue;
      try {
        const entry = JSON.parse(line) as { sql?: { statements: number; roundTrips: number } };
        if (entry.sql) found.push(entry.sql);
      } catch {
        // a line still being written
      }
    }
  }
  return found;
}
