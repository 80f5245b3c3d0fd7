import { ErrorCode } from '@qinshang/errors';
import { Role, createVerifier, signDevToken } from './index';

const options = { devKey: 'k'.repeat(40), issuer: 'qinshang-dev', audience: 'qinshang' };
const verify = createVerifier(options);

describe('createVerifier (development key)', () => {
  it('returns the caller of a token signed with the key', async () => {
    const token = await signDevToken({ sub: 'a', role: Role.DISTRICT_ADMIN, districtId: '610111' }, options);
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ sub: 'a', role: 'DISTRICT_ADMIN', districtId: '610111' });
  });

  it.each([
    ['no header', undefined],
    ['not a bearer header', 'Basic abc'],
    ['garbage', 'Bearer not.a.jwt'],
  ])('refuses %s with UNAUTHENTICATED', async (_name, header) => {
    await expect(verify(header)).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
  });

  it('refuses a token signed with another key', async () => {
    const token = await signDevToken({ sub: 'a', role: Role.CITY_ADMIN }, { ...options, devKey: 'x'.repeat(40) });
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
  });

  it('refuses an expired token, saying so', async () => {
    const token = await signDevToken({ sub: 'a', role: Role.CITY_ADMIN }, { ...options, expiresIn: -10 });
    await expect(verify(`Bearer ${token}`)).rejects.toThrow('expired');
  });

  it('refuses a role without the claims it needs', async () => {
    const { SignJWT } = await import('jose');
    const token = await new SignJWT({ role: 'DISTRICT_ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a')
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(options.devKey));
    await expect(verify(`Bearer ${token}`)).rejects.toThrow('districtId');
  });

  describe('lifetime (issue 19, item 8)', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const sign = async (times: { iat?: number; nbf?: number; exp?: number }) => {
      const { SignJWT } = await import('jose');
      const jwt = new SignJWT({ role: 'CITY_ADMIN', ...times }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setIssuer(options.issuer).setAudience(options.audience);
      return `Bearer ${await jwt.sign(new TextEncoder().encode(options.devKey))}`;
    };

    it('refuses a token without exp', async () => {
      await expect(verify(await sign({ iat: now() }))).rejects.toThrow('expiry');
    });

    it('refuses a token issued in the future, beyond the clock skew', async () => {
      await expect(verify(await sign({ iat: now() + 3600, exp: now() + 7200 }))).rejects.toThrow('issued in the future');
      await expect(verify(await sign({ iat: now() + 30, exp: now() + 3600 }))).resolves.toMatchObject({ sub: 'a' });
    });

    it('refuses a token not valid before a time still to come', async () => {
      await expect(verify(await sign({ iat: now(), nbf: now() + 3600, exp: now() + 7200 }))).rejects.toThrow('not valid yet');
    });

    it('refuses a token living longer than the configured lifetime, with or without iat', async () => {
      const short = createVerifier({ ...options, maxLifetimeSeconds: 3600 });
      await expect(short(await sign({ iat: now(), exp: now() + 2 * 3600 }))).rejects.toThrow('lives longer');
      await expect(short(await sign({ exp: now() + 2 * 3600 }))).rejects.toThrow('lives longer');
      await expect(short(await sign({ iat: now(), exp: now() + 1800 }))).resolves.toMatchObject({ sub: 'a' });
    });

    it('accepts the development tokens (12 h, with exp and iat)', async () => {
      const token = await signDevToken({ sub: 'a', role: Role.CITY_ADMIN }, options);
      await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ expiresAt: expect.any(Number) });
    });
  });
});
