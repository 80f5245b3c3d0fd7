import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '@qinshang/errors';
import { REQUIRED_CLAIMS, Role, ROLES, type Caller, type ScopeClaim } from './roles';

/** The issuer development tokens carry (`npm run -s token`, the testkit). */
export const DEV_ISSUER = 'qinshang-dev';

/** Where each of the contract's claims is found in another provider's token (dot paths). */
export type ClaimMap = Partial<Record<'sub' | 'role' | ScopeClaim, string>>;

export interface VerifierOptions {
  /** The identity provider's JWKS: the embedded provider's by default, or an outside one. */
  jwksUrl?: string;
  /**
   * The shared development key (HS256). Beside a JWKS it is accepted for HS256 tokens only;
   * never pass it in production (the configuration refuses it there).
   */
  devKey?: string;
  /** The `iss` of tokens verified through the JWKS. */
  issuer: string;
  /** The `iss` of development tokens (default `qinshang-dev`; without a JWKS, `issuer`). */
  devIssuer?: string;
  audience: string;
  /** For an outside provider: where the contract's claims are in its tokens. */
  claimMap?: ClaimMap;
  /** For an outside provider: its role names mapped to the contract's. */
  roleMap?: Record<string, Role>;
  /** Minimum milliseconds between two JWKS fetches for an unknown key id (default 2 s). */
  jwksCooldownMs?: number;
  /** The longest a token may live, from `iat` (or from now, without one) to `exp`. Default 24 h. */
  maxLifetimeSeconds?: number;
  /** How far an issuer's clock may be ahead of ours (`iat`, `nbf`). Default 60 s. */
  clockSkewSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_S = 24 * 3600;
export const DEFAULT_CLOCK_SKEW_S = 60;

export type TokenVerifier = (authorization: string | undefined | null) => Promise<Caller>;

const CLAIMS: ReadonlyArray<ScopeClaim> = ['districtId', 'officialId', 'departmentId', 'enterpriseId'];

/**
 * Builds the verifier every process uses: the gateway for each request and each subscription
 * event, every subgraph again for each request (nothing is given to a caller who skips the gateway).
 * Asymmetric tokens are verified through the JWKS (a key id it does not know yet makes it fetch
 * the set again, so a rotated key is picked up); HS256 tokens through the development key, if any.
 */
export function createVerifier(options: VerifierOptions): TokenVerifier {
  const jwks: JWTVerifyGetKey | null = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: options.jwksCooldownMs ?? 2000, cacheMaxAge: 10 * 60_000 })
    : null;
  const devKey = options.devKey ? devKeyBytes(options.devKey) : null;
  if (!jwks && !devKey) throw new Error('Neither a JWKS URL nor a development key is configured');
  const devIssuer = options.devIssuer ?? (jwks ? DEV_ISSUER : options.issuer);
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_S;
  const skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_S;
  // A token without `exp` would be valid forever. The skew is for `nbf` (and `iat` below): an
  // issuer's clock a little ahead; `exp` itself is strict (checked again in checkLifetime).
  const claims = { requiredClaims: ['exp'], clockTolerance: skew };

  return async (authorization) => {
    const token = bearer(authorization);
    let payload: JWTPayload;
    let development = false;
    try {
      development = decodeProtectedHeader(token).alg === 'HS256';
    } catch {
      throw new UnauthenticatedError('The token is not valid');
    }
    try {
      if (development) {
        if (!devKey) throw new UnauthenticatedError('Development tokens are not accepted here');
        ({ payload } = await jwtVerify(token, devKey, { issuer: devIssuer, audience: options.audience, algorithms: ['HS256'], ...claims }));
      } else {
        if (!jwks) throw new UnauthenticatedError('The token is not valid');
        ({ payload } = await jwtVerify(token, jwks, { issuer: options.issuer, audience: options.audience, algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'], ...claims }));
      }
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('The token has expired');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp') throw new UnauthenticatedError('The token must carry an expiry (exp)');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') throw new UnauthenticatedError('The token is not valid yet');
      throw new UnauthenticatedError('The token is not valid');
    }
    checkLifetime(payload, maxLifetime, skew);
    return callerFromClaims(development ? payload : mapClaims(payload, options.claimMap, options.roleMap));
  };
}

/** A token issued in the future, or living longer than allowed, is refused. */
function checkLifetime(payload: JWTPayload, maxLifetime: number, skew: number) {
  const now = Math.floor(Date.now() / 1000);
  if (payload.exp! <= now) throw new UnauthenticatedError('The token has expired');
  if (payload.iat !== undefined && payload.iat > now + skew) throw new UnauthenticatedError('The token is issued in the future');
  const from = Math.min(payload.iat ?? now, now);
  if (payload.exp! - from > maxLifetime + skew) throw new UnauthenticatedError(`The token lives longer than ${maxLifetime} s`);
}

/** An outside provider's claims renamed to the contract's (unmapped claims are read as they are). */
export function mapClaims(payload: JWTPayload, claimMap: ClaimMap = {}, roleMap: Record<string, Role> = {}): JWTPayload {
  const mapped: JWTPayload = { ...payload };
  for (const [claim, source] of Object.entries(claimMap)) {
    if (!source) continue;
    const value = source.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), payload);
    mapped[claim] = Array.isArray(value) ? value.find((v) => typeof v === 'string' && (claim !== 'role' || roleMap[v] || ROLES.includes(v as Role))) : value;
  }
  if (typeof mapped.role === 'string' && roleMap[mapped.role]) mapped.role = roleMap[mapped.role];
  return mapped;
}

export function bearer(authorization: string | undefined | null): string {
  if (!authorization) throw new UnauthenticatedError();
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
  return match[1];
}

export function callerFromClaims(payload: JWTPayload): Caller {
  const role = payload.role as Role;
  if (typeof payload.sub !== 'string' || !payload.sub) throw new UnauthenticatedError('The token has no subject');
  if (!ROLES.includes(role)) throw new UnauthenticatedError('The token carries no known role');
  const caller: Caller = { sub: payload.sub, role, expiresAt: payload.exp };
  for (const claim of CLAIMS) {
    const value = payload[claim];
    if (value !== undefined && value !== null) {
      if (typeof value !== 'string' || !value) throw new UnauthenticatedError(`The token's ${claim} is not valid`);
      caller[claim] = value;
    }
  }
  // A department's tenant is its own record's (the services look it up), never a claim: a token
  // without districtId, or with another tenant's, must mean the same department.
  if (role === Role.DEPARTMENT) delete caller.districtId;
  for (const claim of REQUIRED_CLAIMS[role]) {
    if (!caller[claim]) throw new UnauthenticatedError(`${role} tokens must carry ${claim}`);
  }
  return caller;
}

export function devKeyBytes(devKey: string): Uint8Array {
  return new TextEncoder().encode(devKey);
}
