import http from 'node:http';
import { as, tokenFor } from '@qinshang/testkit';
import { Role } from '@qinshang/auth';
import { stackInfo } from '@qinshang/testkit';
import { startGateway, type ExtraProcess } from '../feeds/helpers';

/**
 * Issue 19, item 6: one caller's oversized body must not break the next caller's request. The
 * subgraph answers 413 (BAD_USER_INPUT on `body`) and closes the connection instead of resetting
 * it unanswered, and the gateway sends a query again on a fresh connection when a pooled one fails.
 */

/** POSTs over one keep-alive connection (maxSockets 1), so the next request reuses the socket. */
function post(agent: http.Agent, url: string, body: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } }, (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    // Writing the rest of a refused body may fail once the server has closed: the answer came first.
    request.on('error', reject);
    request.end(body);
  });
}

describe('an oversized body, then the next caller', () => {
  let gateway: ExtraProcess;

  beforeAll(async () => {
    // A gateway that lets bodies through larger than a subgraph takes, so the subgraph refuses.
    gateway = await startGateway(undefined, { MAX_BODY_BYTES: String(4 * 1024 * 1024) });
  }, 60_000);

  afterAll(() => gateway?.kill('SIGTERM'));

  it('a subgraph answers 413 naming the body, and serves the next request on a working connection', async () => {
    const token = await tokenFor({ role: Role.CITY_ADMIN });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const url = stackInfo().subgraphUrls.districts;
      const big = JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(1.5 * 1024 * 1024) } });
      // The refused caller gets its answer (before, the socket was destroyed unanswered).
      const refused = await post(agent, url, big, token);
      expect(refused.status).toBe(413);
      expect(JSON.parse(refused.body).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'body', limit: 1024 * 1024 });
      for (let i = 0; i < 3; i++) {
        const next = await post(agent, url, JSON.stringify({ query: '{ __typename }' }), token);
        expect({ status: next.status, data: JSON.parse(next.body).data }).toEqual({ status: 200, data: { __typename: 'Query' } });
      }
    } finally {
      agent.destroy();
    }
  });

  it('through the gateway: the oversized caller gets BAD_USER_INPUT, each caller after it its answer', async () => {
    const city = as.city();
    const send = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await city.bearer()}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> };
    };
    for (let round = 0; round < 3; round++) {
      const big = await send('query ($id: ID!) { district(id: $id) { name } }', { id: 'x'.repeat(1.5 * 1024 * 1024) });
      expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
      // Sequential callers, each right after the refused one, each on the gateway's pool.
      for (const id of ['610111', '610125']) {
        const next = await send('query ($id: ID!) { district(id: $id) { id } }', { id });
        expect(next).toEqual({ data: { district: { id } } });
      }
    }
  });
});
