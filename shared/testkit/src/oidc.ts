import { createHash, randomBytes } from 'node:crypto';
import { stackInfo } from './stack';

export const CONSOLE_CLIENT_ID = 'qinshang-console';

export interface TokenSet {
  access_token: string;
  id_token: string;
  refresh_token?: string;
  expires_in: number;
  token_type: string;
  scope?: string;
}

export type SignInOutcome =
  | { ok: true; tokens: TokenSet; browser: Browser }
  | { ok: false; status: number; page: string; browser: Browser };

/** The parts of a browser a sign-in needs: a cookie jar and manual redirects, over plain fetch. */
export class Browser {
  private cookies = new Map<string, string>();

  constructor(private readonly headers: Record<string, string> = {}) {}

  async request(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Response> {
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        ...this.headers,
        ...init.headers,
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects until one leaves `origin` (returned as a URL) or a page answers. */
  async follow(response: Response, origin: string): Promise<{ redirect: URL } | { response: Response }> {
    let current = response;
    for (let hops = 0; hops < 10; hops++) {
      const location = current.headers.get('location');
      if (current.status < 300 || current.status >= 400 || !location) return { response: current };
      const next = new URL(location, current.url || origin);
      if (next.origin !== new URL(origin).origin) return { redirect: next };
      await current.arrayBuffer();
      current = await this.request(next.toString());
    }
    throw new Error('too many redirects');
  }
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface SignInOptions {
  issuer?: string;
  redirectUri?: string;
  scope?: string;
  /** Extra headers on every request of the browser (e.g. X-Forwarded-For for lock-out tests). */
  headers?: Record<string, string>;
  browser?: Browser;
}

export function consoleRedirectUri(): string {
  return `${new URL(stackInfo().gatewayUrl).origin}/auth/callback`;
}

/**
 * Signs in the way the console does: authorization code flow with PKCE (S256) against the running
 * provider, the sign-in form filled and sent, the code exchanged for tokens.
 */
export async function signIn(username: string, password = stackInfo().devPassword, options: SignInOptions = {}): Promise<SignInOutcome> {
  const issuer = options.issuer ?? stackInfo().identityUrl;
  const redirectUri = options.redirectUri ?? consoleRedirectUri();
  const browser = options.browser ?? new Browser(options.headers);
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(8).toString('hex');
  const authorize = new URL('/auth', issuer);
  authorize.search = new URLSearchParams({
    client_id: CONSOLE_CLIENT_ID,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: options.scope ?? 'openid profile offline_access',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  }).toString();

  let step = await browser.follow(await browser.request(authorize.toString()), issuer);
  if ('response' in step) {
    const page = await step.response.text();
    const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
    if (!action) return { ok: false, status: step.response.status, page, browser };
    const posted = await browser.request(new URL(action.replace(/&amp;/g, '&'), issuer).toString(), { form: { username, password } });
    step = await browser.follow(posted, issuer);
    if ('response' in step) return { ok: false, status: step.response.status, page: await step.response.text(), browser };
  }
  const callback = step.redirect;
  if (callback.searchParams.get('state') !== state) throw new Error(`state mismatch in ${callback}`);
  const code = callback.searchParams.get('code');
  if (!code) return { ok: false, status: 0, page: callback.toString(), browser };
  const tokens = await tokenRequest(issuer, { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });
  if (!tokens.ok) return { ok: false, status: tokens.status, page: JSON.stringify(tokens.body), browser };
  return { ok: true, tokens: tokens.body as unknown as TokenSet, browser };
}

export async function tokenRequest(issuer: string, form: Record<string, string>): Promise<{ ok: boolean; status: number; body: Record<string, unknown> }> {
  const response = await fetch(new URL('/token', issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: CONSOLE_CLIENT_ID, ...form }).toString(),
  });
  return { ok: response.ok, status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Exchanges a refresh token (the provider rotates it: use the new one next time). */
export function refresh(refreshToken: string, issuer = stackInfo().identityUrl) {
  return tokenRequest(issuer, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

/** The claims of a JWT, unverified (tests look; the gateway verifies). */
export function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

export function jwtHeader(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
}
