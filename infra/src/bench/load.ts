import autocannon from 'autocannon';

export interface LoadResult {
  /** Requests per second (mean over the run). */
  rps: number;
  p50: number;
  p99: number;
  /** Answers that were not 200 with data and no errors. */
  failed: number;
  total: number;
}

export interface LoadOptions {
  url: string;
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** Each request takes the next of these, round robin: one for a shared token, 200 for per-user ones. */
  tokens: string[];
  connections: number;
  seconds: number;
}

/** One autocannon run of one GraphQL operation; every answer is checked for errors. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let failed = 0;
  const body = JSON.stringify({ operationName: options.operationName, query: options.query, variables: options.variables });
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    requests: [
      {
        method: 'POST',
        body,
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer ${options.tokens[next++ % options.tokens.length]}` } }),
        onResponse: (status, answer) => {
          if (status !== 200 || answer.includes('"errors"')) failed++;
        },
      },
    ],
  });
  // Answers per second over the run (autocannon's per-second average leaves out a short run's tail).
  const answered = result['2xx'] + result.non2xx;
  return { rps: answered / Math.max(result.duration, 0.001), p50: result.latency.p50, p99: result.latency.p99, failed: failed + result.errors + result.timeouts, total: answered };
}
