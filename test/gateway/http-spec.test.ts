import { auditServer } from 'graphql-http';
import { as, stackInfo } from '@qinshang/testkit';
import { startGateway, type ExtraProcess } from '../feeds/helpers';

/**
 * Issue 19, items 10 and 13: GraphQL over HTTP as the spec says (the `graphql-http` audit, every
 * MUST and SHOULD), and the browser-facing defaults: JSON bodies only, CORS from an allow-list,
 * introspection and field suggestions only where the config allows them.
 */
const CONSOLE_ORIGIN = 'https://console.qinshang.example';

describe('GraphQL over HTTP and browser-facing defaults', () => {
  let gateway: ExtraProcess;
  const city = as.city();

  beforeAll(async () => {
    // The audit's own operations ask `__type`: this gateway allows introspection (as development
    // does), and names one browser origin.
    gateway = await startGateway(undefined, { INTROSPECTION: 'true', CORS_ORIGINS: CONSOLE_ORIGIN });
  }, 60_000);

  afterAll(() => gateway?.kill('SIGTERM'));

  it('passes every MUST and SHOULD of the graphql-http audit, with a token', async () => {
    const token = await city.bearer();
    const results = await auditServer({
      url: gateway.url,
      fetchFn: (input: RequestInfo, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    });
    const failed = results.filter((result) => result.status === 'error' || result.status === 'warn');
    expect(failed.map((result) => `${result.status} ${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual([]);
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  const post = async (body: string, headers: Record<string, string>, url = stackInfo().gatewayUrl) => {
    const response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${await city.bearer()}`, ...headers }, body });
    return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, body: await response.json() };
  };

  it('answers a document or JSON parse failure and a validation failure 400, with the contract code and field', async () => {
    const accept = 'application/graphql-response+json';
    const parse = await post(JSON.stringify({ query: '{ city { ' }), { 'content-type': 'application/json', accept });
    const validation = await post(JSON.stringify({ query: '{ city { nope } }' }), { 'content-type': 'application/json', accept });
    const json = await post('{"query": ', { 'content-type': 'application/json', accept: 'application/json' });
    for (const [response, field] of [[parse, 'query'], [validation, 'query'], [json, 'body']] as const) {
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(parse.type).toMatch(/^application\/graphql-response\+json/);
    expect(json.type).toMatch(/^application\/json/);
  });

  it('refuses a form-encoded or multipart POST: it would run without a browser preflight', async () => {
    const form = await post('query=mutation%20%7B%20__typename%20%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(form.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'content-type' });
    const multipart = await post('--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ city { name } }"}\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' });
    expect(multipart.status).toBe(415);
    const text = await post('{ city { name } }', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
  });

  it('admits CORS from the configured origins only, without credentials', async () => {
    const preflight = (origin: string) =>
      fetch(gateway.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    const allowed = await preflight(CONSOLE_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin') ?? 'none').not.toBe('https://evil.example');
    // The platform's own gateway names no origin: no browser anywhere may call it.
    const none = await fetch(stackInfo().gatewayUrl, { method: 'OPTIONS', headers: { origin: CONSOLE_ORIGIN, 'access-control-request-method': 'POST' } });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
    const answered = await post(JSON.stringify({ query: '{ city { name } }' }), { 'content-type': 'application/json', origin: 'https://evil.example' });
    expect(answered.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps introspection and "Did you mean" off where the config does not allow them (the test platform)', async () => {
    const introspection = await city.send('{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const typo = await city.send('{ city { nam } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    // Where allowed, both are there.
    const allowed = await post(JSON.stringify({ query: '{ __schema { queryType { name } } }' }), { 'content-type': 'application/json' }, gateway.url);
    expect(allowed.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
