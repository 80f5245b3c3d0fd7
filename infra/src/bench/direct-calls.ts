import http from 'node:http';

/**
 * The baseline for `bench:gateway`: a server that, for each request, makes the same subgraph
 * calls the gateway's plan made (recorded by the benchmark), stage after stage, with the
 * caller's Authorization, and answers with what they returned. What is left between it and a
 * gateway is the gateway's own work: verification, parsing, planning, merging, its plugins.
 * Env: PORT, PLANS (JSON: operation name -> stages of { url, body }). Prints `READY <url>`.
 */
export interface RecordedCall {
  url: string;
  body: string;
}
export type RecordedPlan = RecordedCall[][];

async function main() {
  const plans = JSON.parse(process.env.PLANS ?? '{}') as Record<string, RecordedPlan>;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const { operationName } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName?: string };
      const plan = plans[operationName ?? ''];
      if (!plan) return void res.writeHead(404).end();
      const headers = { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' };
      (async () => {
        const answers: unknown[] = [];
        for (const stage of plan) {
          answers.push(...(await Promise.all(stage.map(async (call) => (await fetch(call.url, { method: 'POST', headers, body: call.body })).json()))));
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: answers }));
      })().catch((error) => res.writeHead(502).end(String(error)));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.stdout.write(`READY http://127.0.0.1:${process.env.PORT}/graphql\n`);
  process.on('SIGTERM', () => process.exit(0));
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`direct calls failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
