import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { ErrorCode } from '@qinshang/errors';
import { createVerifier, mapClaims, Role, signDevToken } from './index';

const devKey = 'k'.repeat(40);
let server: Server;
let jwksUrl: string;
let keys: JWK[] = [];
let signer: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  signer = pair.privateKey as CryptoKey;
  keys = [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }];
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const issued = (claims: Record<string, unknown>, issuer = 'http://idp') =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'at+jwt' }).setSubject('acc-1').setIssuer(issuer).setAudience('qinshang').setExpirationTime('10m').sign(signer);

describe('createVerifier (JWKS beside the development key)', () => {
  const verify = createVerifier({ jwksUrl: '', devKey, issuer: 'http://idp', audience: 'qinshang' });
  const both = () => createVerifier({ jwksUrl, devKey, issuer: 'http://idp', audience: 'qinshang' });

  it('needs one of the two', () => {
    expect(() => createVerifier({ issuer: 'x', audience: 'y' })).toThrow('Neither');
    expect(verify).toBeDefined();
  });

  it("accepts the provider's tokens and development tokens, each with its own issuer", async () => {
    const check = both();
    await expect(check(`Bearer ${await issued({ role: 'DISTRICT_ADMIN', districtId: '610111' })}`)).resolves.toMatchObject({ sub: 'acc-1', districtId: '610111' });
    const dev = await signDevToken({ sub: 'd', role: Role.CITY_ADMIN }, { devKey, issuer: 'qinshang-dev', audience: 'qinshang' });
    await expect(check(`Bearer ${dev}`)).resolves.toMatchObject({ sub: 'd', role: 'CITY_ADMIN' });
  });

  it('refuses development tokens when no development key is configured (production)', async () => {
    const check = createVerifier({ jwksUrl, issuer: 'http://idp', audience: 'qinshang' });
    const dev = await signDevToken({ sub: 'd', role: Role.CITY_ADMIN }, { devKey, issuer: 'qinshang-dev', audience: 'qinshang' });
    await expect(check(`Bearer ${dev}`)).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
  });

  it('refuses a provider token with another issuer', async () => {
    await expect(both()(`Bearer ${await issued({ role: 'CITY_ADMIN' }, 'http://elsewhere')}`)).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
  });

  it("maps an outside provider's claims by configuration", async () => {
    const check = createVerifier({ jwksUrl, issuer: 'http://idp', audience: 'qinshang', claimMap: { role: 'realm_access.roles', districtId: 'tenant' }, roleMap: { 'qs-district': Role.DISTRICT_ADMIN } });
    const token = await issued({ realm_access: { roles: ['offline', 'qs-district'] }, tenant: '610111' });
    await expect(check(`Bearer ${token}`)).resolves.toMatchObject({ role: 'DISTRICT_ADMIN', districtId: '610111' });
    expect(mapClaims({ role: 'CITY_ADMIN' })).toEqual({ role: 'CITY_ADMIN' });
  });
});
