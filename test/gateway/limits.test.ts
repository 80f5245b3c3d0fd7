import { as, graphql, serviceLog, stackInfo } from '@qinshang/testkit';

/**
 * Issue 19, item 1: the gateway's operation limits (GraphQL Armor, gateway/src/limits.ts), the
 * token check before anything is parsed, and the body cap. Every refusal is BAD_USER_INPUT on
 * `query` (or `body`), with HTTP 400 (413 for the body), before anything reaches a subgraph.
 */

/** `{ ...G<n> }` where each fragment spreads the previous one twice: 2^n copies of `city { name }` in ~1 KB. */
function fanOut(levels: number): string {
  let document = `query FanOut { ...G${levels} } fragment G0 on Query { city { name } }`;
  for (let i = 1; i <= levels; i++) document += ` fragment G${i} on Query { ...G${i - 1} ...G${i - 1} }`;
  return document;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const CITY_WIDE = `city { districts { id name enterprises(first: 200) { edges { node { id name creditCode } } } } }`;

describe('operation limits at the gateway', () => {
  const city = as.city();

  it('refuses the 18-level fragment fan-out as too costly, in about the time of a trivial query', async () => {
    expect(fanOut(18).length).toBeLessThan(1200);
    // Each document is new (its own operation name), so each is parsed, validated (and the
    // trivial one planned and run) anew: no cache answers for either.
    let n = 0;
    const unique = (document: string) => document.replace(/^query \w+|^\{/, (head) => (head === '{' ? `query T${++n} {` : `query F${++n}`));
    await city.ok(unique('{ city { name } }'));
    await city.send(unique(fanOut(18)));
    const trivial: number[] = [];
    const refusals: number[] = [];
    for (let i = 0; i < 5; i++) {
      trivial.push((await timed(() => city.ok(unique('{ city { name } }')))).ms);
      const { ms, result } = await timed(() => city.send(unique(fanOut(18))));
      expect(result.status).toBe(400);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/cost/), extensions: { code: 'BAD_USER_INPUT', field: 'query', limit: expect.any(Number) } });
      refusals.push(ms);
    }
    // Measuring the document is linear in its size: the refusal costs about what a trivial query
    // costs (before, 752 ms against 16 ms: 47 times as much, and ×4.5 per two more levels).
    expect(median(refusals)).toBeLessThan(4 * median(trivial));
  });

  it('counts aliases with fragments expanded', async () => {
    const names = Array.from({ length: 15 }, (_, i) => `n${i}: name`).join(' ');
    const fragment = `fragment Names on City { ${names} }`;
    expect((await city.send(`{ a: city { ...Names } } ${fragment}`)).errors).toBeUndefined();
    // 2 + 15 × 2 = 32 aliases, though the document writes only 17.
    const response = await city.send(`{ a: city { ...Names } b: city { ...Names } } ${fragment}`);
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining('32 aliases'), extensions: { code: 'BAD_USER_INPUT', field: 'query', limit: 30 } });
  });

  it('limits directives, depth and tokens', async () => {
    const directives = Array.from({ length: 31 }, () => '@include(if: true)').join(' ');
    expect((await city.send(`{ city { name ${directives} } }`)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query', limit: 30 });

    // 14 levels: city districts enterprises edges node district enterprises edges node district ...
    const deep = await city.send(
      '{ city { districts { enterprises(first: 1) { edges { node { district { enterprises(first: 1) { edges { node { district { enterprises(first: 1) { edges { node { id } } } } } } } } } } } } } }',
    );
    expect(deep.errors?.[0]).toMatchObject({ message: expect.stringContaining('levels deep'), extensions: { code: 'BAD_USER_INPUT', field: 'query', limit: 12 } });

    const long = await city.send(`{ city { ${Array.from({ length: 4000 }, () => 'name').join(' ')} } }`);
    expect(long.errors?.[0]).toMatchObject({ message: expect.stringContaining('tokens'), extensions: { code: 'BAD_USER_INPUT', field: 'query' } });
  });

  it('answers nesting thousands of levels deep with BAD_USER_INPUT, and logs no stack', async () => {
    const marker = `deep-${Date.now()}`;
    const response = await city.send(`query ${marker.replace('-', '_')} ${'{ city '.repeat(2500)}${'}'.repeat(2500)}`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(serviceLog('gateway', 200)).not.toMatch(/Maximum call stack|RangeError/);
  });

  it('refuses five aliased city-wide queries by their cost, while one passes', async () => {
    const one = await city.send(`{ ${CITY_WIDE} }`);
    expect(one.errors).toBeUndefined();
    const five = await city.send(`{ ${[1, 2, 3, 4, 5].map((i) => `c${i}: ${CITY_WIDE}`).join(' ')} }`);
    expect(five.status).toBe(400);
    expect(five.data ?? null).toBeNull();
    expect(five.errors?.[0]).toMatchObject({ message: expect.stringContaining('cost'), extensions: { code: 'BAD_USER_INPUT', field: 'query' } });
  });

  it('counts a page size passed in a variable as the page size it is', async () => {
    const query = `query ($n: Int!) { ${[1, 2, 3, 4, 5].map((i) => `c${i}: city { districts { enterprises(first: $n) { edges { node { id name creditCode } } } } }`).join(' ')} }`;
    expect((await city.send(query, { n: 1 })).errors).toBeUndefined();
    const response = await city.send(query, { n: 200 });
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining('cost'), extensions: { code: 'BAD_USER_INPUT', field: 'query' } });
  });

  it('refuses an anonymous request before reading its document, however large', async () => {
    const { ms, result } = await timed(() => graphql(stackInfo().gatewayUrl, fanOut(18)));
    expect(result.status).toBe(401);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const large = await graphql(stackInfo().gatewayUrl, `{ city { ${'name '.repeat(150_000)} } }`);
    expect(large.status).toBe(401);
    expect(ms).toBeLessThan(1000);
  });

  it('caps the request body, naming it, and serves the next request on the same connection', async () => {
    const response = await city.send('query ($x: String) { city { name } }', { x: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'body', limit: 1024 * 1024 } });
    expect((await city.ok<{ city: { name: string } }>('{ city { name } }')).city.name).toBe('西安市');
  });
});
