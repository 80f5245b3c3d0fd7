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
});
