import { stackInfo } from '@qinshang/testkit';
import { signedIn } from './helpers';

describe('the console around sign-in', () => {
  const origin = new URL(stackInfo().gatewayUrl).origin;

  it('lets the console origin call the token endpoint (CORS) and no other origin', async () => {
    const { tokens } = await signedIn('610111-O0010');
    const exchange = (from: string, refreshToken: string) =>
      fetch(new URL('/token', stackInfo().identityUrl), {
        method: 'POST',
        headers: { origin: from, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: 'qinshang-console', grant_type: 'refresh_token', refresh_token: refreshToken }).toString(),
      });
    const refused = await exchange('https://evil.example', tokens.refresh_token!);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.status).toBe(400);
    const allowed = await exchange(origin, tokens.refresh_token!);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('signs out: end-session with the id_token returns to the console, and the session is gone', async () => {
    const { tokens, browser } = await signedIn('610111-O0009');
    const endSession = new URL('/session/end', stackInfo().identityUrl);
    endSession.search = new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: `${origin}/`, state: 'bye' }).toString();
    const confirm = await browser.request(endSession.toString());
    const page = await confirm.text();
    expect(page).toContain('退出登录');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)![1];
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)"/.exec(page)![1];
    const done = await browser.follow(await browser.request(new URL(action, stackInfo().identityUrl).toString(), { form: { xsrf, logout: 'yes' } }), stackInfo().identityUrl);
    expect('redirect' in done && done.redirect.toString()).toBe(`${origin}/?state=bye`);

    // The same browser is asked for its password again.
    const again = await browser.follow(await browser.request(new URL(`/auth?client_id=qinshang-console&response_type=code&scope=openid&redirect_uri=${encodeURIComponent(`${origin}/auth/callback`)}&code_challenge=${'a'.repeat(43)}&code_challenge_method=S256`, stackInfo().identityUrl).toString()), stackInfo().identityUrl);
    expect('response' in again && (await again.response.text())).toContain('<label for="password">密码</label>');
  });
});
