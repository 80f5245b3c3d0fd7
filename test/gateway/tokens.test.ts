import { SignJWT } from 'jose';
import { graphql, stackInfo } from '@qinshang/testkit';

/**
 * Issue 19, item 8: a token must carry `exp`, live no longer than AUTH_MAX_TOKEN_LIFETIME_S
 * (24 h by default), and not be issued (`iat`) or start (`nbf`) in the future beyond the clock
 * skew: refused by the gateway and by every subgraph called directly.
 */
const now = () => Math.floor(Date.now() / 1000);

function sign(times: { iat?: number; nbf?: number; exp?: number }): Promise<string> {
  return new SignJWT({ role: 'CITY_ADMIN', ...times })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('test:tokens')
    .setIssuer('qinshang-dev')
    .setAudience('qinshang')
    .sign(new TextEncoder().encode(stackInfo().devKey));
}

describe('token lifetime', () => {
  const urls = () => [stackInfo().gatewayUrl, ...Object.values(stackInfo().subgraphUrls)];

  it.each([
    ['without exp', { iat: now() }, /expiry/],
    ['issued an hour in the future', { iat: now() + 3600, exp: now() + 7200 }, /future/],
    ['not valid before an hour from now', { iat: now(), nbf: now() + 3600, exp: now() + 7200 }, /not valid yet/],
    ['living a year', { iat: now(), exp: now() + 365 * 24 * 3600 }, /lives longer/],
    ['living a year, without iat', { exp: now() + 365 * 24 * 3600 }, /lives longer/],
  ])('refuses a token %s, at the gateway and at every subgraph', async (_name, times, message) => {
    const token = await sign(times);
    for (const url of urls()) {
      const response = await graphql(url, '{ __typename }', {}, token);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('accepts a token issued a few seconds ahead of our clock, within the skew', async () => {
    const token = await sign({ iat: now() + 20, exp: now() + 3600 });
    for (const url of urls()) expect((await graphql(url, '{ __typename }', {}, token)).errors).toBeUndefined();
  });
});
