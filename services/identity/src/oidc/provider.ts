import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { Pool } from 'pg';
import { accountById, type AccountRow } from '../accounts/account.store';
import { consoleOrigins, type IdentityConfig } from '../config';
import { PgAdapter } from './adapter';
import type { KeySet } from './keys';
import { renderError, renderLogout, renderLoggedOut } from './pages';

export const CONSOLE_CLIENT_ID = 'qinshang-console';
/** The resource indicator of the platform's graph; its tokens carry the audience AUTH_AUDIENCE. */
export const GRAPH_RESOURCE = 'urn:qinshang:graph';
export const CONSOLE_SCOPES = 'openid profile email offline_access';

/** The contract's claims, in access tokens, id tokens and userinfo alike. */
export function contractClaims(account: AccountRow) {
  return {
    sub: account.id,
    name: account.displayName,
    preferred_username: account.username,
    role: account.role,
    ...(account.districtId ? { districtId: account.districtId } : {}),
    ...(account.officialId ? { officialId: account.officialId } : {}),
    ...(account.departmentId ? { departmentId: account.departmentId } : {}),
    ...(account.enterpriseId ? { enterpriseId: account.enterpriseId } : {}),
  };
}

/** An active account by id, as the provider sees it (a disabled one does not exist for it). */
async function activeAccount(pool: Pool, id: string): Promise<AccountRow | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN READ ONLY');
    await client.query("SELECT set_config('qinshang.scope', 'city', true), set_config('qinshang.actor', 'identity', true)");
    const account = await accountById(client, id);
    await client.query('COMMIT');
    return account && account.status === 'ACTIVE' ? account : null;
  } finally {
    client.release();
  }
}

/**
 * The OpenID provider, built for one set of keys (a rotation builds a new one over the same
 * storage, so no session, grant or refresh token is lost).
 */
export function buildProvider(options: { issuer: string; config: IdentityConfig; pool: Pool; keys: KeySet }): Provider {
  const { config, pool, keys } = options;
  const origins = consoleOrigins(config.CONSOLE_ORIGIN);
  const configuration: Configuration = {
    adapter: (name: string) => new PgAdapter(name, pool),
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        client_name: '亲商 · 千人亲商助企',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: origins.map((origin) => `${origin}/auth/callback`),
        post_logout_redirect_uris: origins.map((origin) => `${origin}/`),
        scope: CONSOLE_SCOPES,
      },
    ],
    clientBasedCORS: (_ctx, origin, client) =>
      (client.redirectUris ?? []).some((uri) => new URL(uri).origin === origin),
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username', 'role', 'districtId', 'officialId', 'departmentId', 'enterpriseId'],
      email: ['email'],
    },
    // The console reads the role from the id_token: scope claims go into it, not only into userinfo.
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => {
      const account = await activeAccount(pool, sub);
      if (!account) return undefined;
      return {
        accountId: account.id,
        claims: async () => ({ ...contractClaims(account), ...(account.email ? { email: account.email } : {}) }),
      };
    },
    extraTokenClaims: async (_ctx, token) => {
      if (!('accountId' in token) || !token.accountId) return undefined;
      const account = await activeAccount(pool, token.accountId);
      if (!account) return undefined;
      const { sub: _sub, ...claims } = contractClaims(account);
      return claims;
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = 'html';
          ctx.body = renderLogout(ctx, form);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = 'html';
          ctx.body = renderLoggedOut(ctx);
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => GRAPH_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'openid profile email offline_access',
          audience: config.AUTH_AUDIENCE,
          accessTokenTTL: config.ACCESS_TOKEN_TTL,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // The console gets a refresh token with or without offline_access (the provider keeps that
    // scope only with prompt=consent); without it the refresh token ends with the session.
    issueRefreshToken: async (_ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') && (client.clientId === CONSOLE_CLIENT_ID || code.scopes.has('offline_access')),
    // The console is first-party: consent is implied, once per account.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const clientId = ctx.oidc.client!.clientId;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope(CONSOLE_SCOPES);
      grant.addResourceScope(GRAPH_RESOURCE, CONSOLE_SCOPES);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    jwks: { keys: keys.signing as never },
    cookies: { keys: keys.cookieKeys, long: { signed: true, sameSite: 'lax' }, short: { signed: true, sameSite: 'lax' } },
    ttl: {
      AccessToken: config.ACCESS_TOKEN_TTL,
      IdToken: config.ID_TOKEN_TTL,
      AuthorizationCode: 60,
      Interaction: 3600,
      Session: config.SESSION_TTL,
      Grant: config.REFRESH_TOKEN_TTL,
      RefreshToken: config.REFRESH_TOKEN_TTL,
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = renderError(ctx, out);
    },
  };
  const provider = new Provider(options.issuer, configuration);
  provider.proxy = config.IDENTITY_TRUST_PROXY;
  return provider;
}
