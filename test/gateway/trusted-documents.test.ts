import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '@qinshang/auth';
import { tokenFor } from '@qinshang/testkit';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startGateway, type ExtraProcess } from '../feeds/helpers';

/**
 * Issue 19, item 10: trusted documents. The gateway runs the operations of a manifest (GraphQL
 * Code Generator's client preset format, sha256 hash → document, sent as
 * extensions.persistedQuery.sha256Hash); with ARBITRARY_DOCUMENTS=named (production's default)
 * only the roles and clients the config names may send any other document.
 */
const DISTRICT_NAME = 'query DistrictName($id: ID!) { district(id: $id) { id name } }';
const hash = (document: string) => createHash('sha256').update(document).digest('hex');

describe('trusted documents', () => {
  let gateway: ExtraProcess;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qinshang-trusted-'));
    const manifest = path.join(dir, 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify({ [hash(DISTRICT_NAME)]: DISTRICT_NAME }));
    gateway = await startGateway(undefined, {
      PERSISTED_DOCUMENTS_PATH: manifest,
      ARBITRARY_DOCUMENTS: 'named',
      ARBITRARY_DOCUMENTS_ROLES: 'CITY_ADMIN',
      ARBITRARY_DOCUMENTS_CLIENTS: 'svc:reporting',
    });
  }, 60_000);

  afterAll(() => gateway?.kill('SIGTERM'));

  const send = async (token: string, body: Record<string, unknown>) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> }) };
  };
  const persisted = (document: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash(document) } } });
  const district = () => tokenFor({ role: Role.DISTRICT_ADMIN, districtId: '610111' });

  it('runs a trusted document sent by its hash, for any role', async () => {
    const response = await send(await district(), { ...persisted(DISTRICT_NAME), variables: { id: '610111' } });
    expect(response).toEqual({ status: 200, data: { district: { id: '610111', name: '灞桥区' } } });
  });

  it('refuses any other document from a role the config does not name, with FORBIDDEN', async () => {
    const response = await send(await district(), { query: '{ city { name } }' });
    expect(response.status).toBe(403);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('lets the named role and the named API client send their own documents', async () => {
    expect((await send(await tokenFor({ role: Role.CITY_ADMIN }), { query: '{ city { name } }' })).data).toEqual({ city: { name: '西安市' } });
    const client = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: '610111', sub: 'svc:reporting' });
    expect((await send(client, { query: '{ city { name } }' })).data).toEqual({ city: { name: '西安市' } });
  });

  it('answers a hash that is not in the manifest with BAD_USER_INPUT naming it', async () => {
    const response = await send(await district(), persisted('{ city { name } }'));
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'extensions.persistedQuery.sha256Hash' });
  });

  it('applies the same rule over graphql-ws', async () => {
    const client = createClient({ url: gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${await district()}` }, retryAttempts: 0, lazy: true });
    const run = (payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> }) =>
      new Promise<unknown>((resolve) => {
        let last: unknown;
        client.subscribe(payload, { next: (value) => (last = value), error: (error) => resolve({ error: error instanceof Error ? error.message : (error as { code?: number; reason?: string }).code ? `${(error as { code: number }).code} ${(error as { reason: string }).reason}` : error }), complete: () => resolve(last) });
      });
    try {
      expect(await run({ query: '', variables: { id: '610111' }, ...persisted(DISTRICT_NAME) })).toEqual({ data: { district: { id: '610111', name: '灞桥区' } } });
      expect(JSON.stringify(await run({ query: '{ city { name } }' }))).toContain('FORBIDDEN');
    } finally {
      await client.dispose();
    }
  });
});
