import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { ConsoleConfig } from '../config';

export type Role = 'CITY_ADMIN' | 'DISTRICT_ADMIN' | 'OFFICIAL' | 'DEPARTMENT' | 'ENTERPRISE' | 'INSPECTOR';

/** Who is signed in, from the id_token's claims (the access token carries the same). */
export interface Viewer {
  sub: string;
  name: string;
  role: Role;
  districtId?: string;
  officialId?: string;
  departmentId?: string;
  enterpriseId?: string;
}

export const CALLBACK_PATH = '/auth/callback';

/** Code flow with PKCE (S256, oidc-client-ts's default), refresh token for silent renewal. */
export function createUserManager(config: ConsoleConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile offline_access',
    automaticSilentRenew: true,
    // Renewal uses the refresh token; no hidden iframe.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    loadUserInfo: false,
  });
}

export function viewerOf(user: User): Viewer {
  const claims = { ...decodeClaims(user.access_token), ...user.profile } as Record<string, unknown>;
  const str = (key: string) => (typeof claims[key] === 'string' && claims[key] ? (claims[key] as string) : undefined);
  return {
    sub: String(claims.sub ?? ''),
    name: str('name') ?? str('preferred_username') ?? String(claims.sub ?? ''),
    role: (str('role') ?? 'ENTERPRISE') as Role,
    districtId: str('districtId'),
    officialId: str('officialId'),
    departmentId: str('departmentId'),
    enterpriseId: str('enterpriseId'),
  };
}

/** The access token's claims (a JWT): read only to learn the role, never trusted for anything else. */
function decodeClaims(token: string): Record<string, unknown> {
  try {
    const payload = token.split('.')[1];
    const json = decodeURIComponent(
      atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
        .split('')
        .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .join(''),
    );
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}
