import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedPlan } from './direct-calls';

interface Seen {
  url: string;
  body: string;
  started: number;
  ended: number;
}

/**
 * A pass-through proxy in front of the subgraphs that records the calls a gateway makes for one
 * operation, grouped in stages: a call that starts after an earlier one of its stage has ended
 * may depend on it, so it opens the next stage.
 */
export async function startRecorder(subgraphUrls: Record<string, string>) {
  let seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const name = (req.url ?? '').split('/')[1];
    const target = subgraphUrls[name];
    // The gateway's readiness probe asks each subgraph's /health: they are up, or the platform would not be.
    if (!target) return void res.writeHead(req.url === '/health' ? 200 : 404).end();
    const chunks: Buffer[] = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const call: Seen = { url: target, body, started: performance.now(), ended: Infinity };
      seen.push(call);
      fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' }, body })
        .then(async (response) => {
          const text = await response.text();
          call.ended = performance.now();
          res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' }).end(text);
        })
        .catch((error) => res.writeHead(502).end(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    /** The URL each subgraph is to be reached at, through the recorder. */
    urls: Object.fromEntries(Object.keys(subgraphUrls).map((name) => [name, `http://127.0.0.1:${port}/${name}/graphql`])),
    begin: () => {
      seen = [];
    },
    plan: (): RecordedPlan => {
      const stages: Seen[][] = [];
      for (const call of [...seen].sort((a, b) => a.started - b.started)) {
        const current = stages.at(-1);
        if (current && current.every((earlier) => earlier.ended > call.started)) current.push(call);
        else stages.push([call]);
      }
      return stages.map((stage) => stage.map(({ url, body }) => ({ url, body })));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
