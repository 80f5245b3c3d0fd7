import { Browser, CONSOLE_CLIENT_ID, consoleRedirectUri, jwtClaims, jwtHeader, pkcePair, refresh, signIn, stackInfo, tokenRequest } from '@qinshang/testkit';
import { alertOf, failed, signedIn, viaGateway } from './helpers';

const TENANTS = `query ($a: ID!, $b: ID!) {
  mine: district(id: $a) { id name enterprises(first: 2) { totalCount edges { node { id } } } }
  theirs: district(id: $b) { id name }
}`;

function authorizeUrl(extra: Record<string, string> = {}) {
  const url = new URL('/auth', stackInfo().identityUrl);
  url.search = new URLSearchParams({
    client_id: CONSOLE_CLIENT_ID,
    response_type: 'code',
    redirect_uri: consoleRedirectUri(),
    scope: 'openid profile offline_access',
    code_challenge: pkcePair().challenge,
    code_challenge_method: 'S256',
    ...extra,
  }).toString();
  return url.toString();
}

async function signInPage(browser = new Browser(), lang?: string) {
  const step = await browser.follow(await browser.request(authorizeUrl()), stackInfo().identityUrl);
  if (!('response' in step)) throw new Error('expected the sign-in page');
  const page = await step.response.text();
  if (!lang) return page;
  const switched = /<a href="([^"]+)" lang=/.exec(page)![1].replace(/&amp;/g, '&');
  return (await browser.request(new URL(switched, stackInfo().identityUrl).toString())).text();
}

describe('signing in through the embedded OpenID provider (code flow with PKCE)', () => {
  it('publishes discovery and a JWKS with asymmetric keys only', async () => {
    const discovery = await (await fetch(new URL('/.well-known/openid-configuration', stackInfo().identityUrl))).json();
    expect(discovery.issuer).toBe(stackInfo().identityUrl);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.end_session_endpoint).toBeTruthy();
    const jwks = await (await fetch(discovery.jwks_uri)).json();
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) {
      expect(key.kty).toBe('RSA');
      expect(key.d).toBeUndefined();
    }
  });

  it('shows a Chinese sign-in page with labelled fields and a 登录 button, and an English one', async () => {
    const page = await signInPage();
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('亲商 · 千人亲商助企');
    expect(page).toMatch(/<label for="username">用户名<\/label>\s*<input id="username"/);
    expect(page).toMatch(/<label for="password">密码<\/label>\s*<input id="password" name="password" type="password"/);
    expect(page).toMatch(/<button type="submit">登录<\/button>/);
    // Chinese whatever the browser's language; English when asked for.
    expect(await signInPage(new Browser({ 'accept-language': 'en-US,en;q=0.9' }))).toContain('<html lang="zh-CN">');
    const english = await signInPage(new Browser(), 'en');
    expect(english).toContain('<html lang="en">');
    expect(english).toMatch(/<label for="username">Username<\/label>/);
    expect(english).toMatch(/<button type="submit">Sign in<\/button>/);
    // A client may ask for English with ui_locales.
    const browser = new Browser();
    const step = await browser.follow(await browser.request(authorizeUrl({ ui_locales: 'en' })), stackInfo().identityUrl);
    expect('response' in step && (await step.response.text())).toContain('<html lang="en">');
  });

  it("gives 610111-office a token that reads 灞桥区's enterprises through the gateway and null for 户县", async () => {
    const { tokens } = await signedIn('610111-office');
    expect(jwtHeader(tokens.access_token)).toMatchObject({ alg: 'RS256' });
    const claims = jwtClaims(tokens.access_token);
    expect(claims).toMatchObject({ iss: stackInfo().identityUrl, aud: 'qinshang', role: 'DISTRICT_ADMIN', districtId: '610111', preferred_username: '610111-office' });
    expect((claims.exp as number) - (claims.iat as number)).toBeLessThanOrEqual(15 * 60);

    const response = await viaGateway<{ mine: { name: string; enterprises: { totalCount: number } }; theirs: null }>(tokens.access_token, TENANTS, { a: '610111', b: '610125' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.mine).toMatchObject({ id: '610111', name: '灞桥区', enterprises: { totalCount: 139 } });
    expect(response.data!.theirs).toBeNull();
  });

  it('puts the role and scope claims in the id_token for the console', async () => {
    const { tokens } = await signedIn('610111-O0001');
    expect(jwtClaims(tokens.id_token)).toMatchObject({
      aud: CONSOLE_CLIENT_ID,
      role: 'OFFICIAL',
      districtId: '610111',
      officialId: '610111-O0001',
      preferred_username: '610111-O0001',
    });
  });

  it('refreshes: a new access token that the gateway accepts, and a rotated refresh token', async () => {
    const { tokens } = await signedIn('city-office');
    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await refresh(tokens.refresh_token!);
    expect(refreshed.status).toBe(200);
    const access = refreshed.body.access_token as string;
    expect(jwtClaims(access)).toMatchObject({ role: 'CITY_ADMIN' });
    const response = await viaGateway<{ city: { name: string } }>(access, '{ city { name } }');
    expect(response.data?.city.name).toBe('西安市');
    // The old refresh token was rotated away.
    expect((await refresh(tokens.refresh_token!)).status).toBe(400);
  });

  it('shows a wrong password on the page, with the form again', async () => {
    const outcome = failed(await signIn('610111-office', 'Not-the-password-1'));
    expect(outcome.status).toBe(401);
    expect(alertOf(outcome.page)).toBe('用户名或密码错误。');
    expect(outcome.page).toContain('value="610111-office"');
    expect(outcome.page).toMatch(/<label for="password">密码<\/label>/);
    // An unknown username reads the same.
    expect(alertOf(failed(await signIn('nobody-here', 'Not-the-password-1')).page)).toBe('用户名或密码错误。');
  });

  it('refuses an authorization request without PKCE, and a code exchanged without its verifier', async () => {
    const browser = new Browser();
    const url = new URL(authorizeUrl());
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const step = await browser.follow(await browser.request(url.toString()), stackInfo().identityUrl);
    const location = 'redirect' in step ? step.redirect : null;
    expect(location?.searchParams.get('code')).toBeFalsy();
    expect(location?.searchParams.get('error')).toBe('invalid_request');

    const exchanged = await tokenRequest(stackInfo().identityUrl, { grant_type: 'authorization_code', code: 'made-up', redirect_uri: consoleRedirectUri(), code_verifier: pkcePair().verifier });
    expect(exchanged.status).toBe(400);
  });

  it('signs a token that a skipped gateway cannot be replaced with: a forged RS256 token is refused', async () => {
    const { tokens } = await signedIn('inspector');
    const [header, payload] = tokens.access_token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...jwtClaims(tokens.access_token), role: 'CITY_ADMIN' })).toString('base64url');
    const response = await viaGateway(`${header}.${forgedPayload}.${tokens.access_token.split('.')[2]}`, '{ city { name } }');
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(payload).toBeTruthy();
  });
});

describe('the accounts subgraph called directly', () => {
  it('verifies the provider token itself, and refuses none', async () => {
    const { graphql } = await import('@qinshang/testkit');
    const url = stackInfo().subgraphUrls.identity;
    expect((await graphql(url, '{ me { username } }')).status).toBe(401);
    const { tokens } = await signedIn('610111-office');
    const me = await graphql<{ me: { username: string } }>(url, '{ me { username } }', {}, tokens.access_token);
    expect(me.data?.me.username).toBe('610111-office');
  });
});
