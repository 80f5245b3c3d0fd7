import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '@qinshang/errors';
import { REQUIRED_CLAIMS, ROLES, type Caller, type Role, type ScopeClaim } from './roles';

export interface VerifierOptions {
  /** The identity provider's JWKS (production). */
  jwksUrl?: string;
  /** The shared development key (HS256), used when there is no JWKS. */
  devKey?: string;
  issuer: string;
  audience: string;
  /** The longest a token may live, from `iat` (or from now, without one) to `exp`. Default 24 h. */
  maxLifetimeSeconds?: number;
  /** How far the issuer's clock may be ahead of ours (`iat`, `nbf`) or behind (`exp`). Default 60 s. */
  clockSkewSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_S = 24 * 3600;
export const DEFAULT_CLOCK_SKEW_S = 60;

export type TokenVerifier = (authorization: string | undefined | null) => Promise<Caller>;

const CLAIMS: ReadonlyArray<ScopeClaim> = ['districtId', 'officialId', 'departmentId', 'enterpriseId'];

/**
 * Builds the verifier every process uses: the gateway for each request and each subscription
 * event, every subgraph again for each request (nothing is given to a caller who skips the gateway).
 */
export function createVerifier(options: VerifierOptions): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl))
    : devKeyBytes(requireDevKey(options.devKey));
  const algorithms = options.jwksUrl ? undefined : ['HS256'];
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_S;
  const skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_S;

  return async (authorization) => {
    const token = bearer(authorization);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms,
        // A token without `exp` would be valid forever. The skew is for `nbf` (and `iat` below): an
        // issuer's clock a little ahead; `exp` itself is strict (checked again below).
        requiredClaims: ['exp'],
        clockTolerance: skew,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('The token has expired');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp') throw new UnauthenticatedError('The token must carry an expiry (exp)');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') throw new UnauthenticatedError('The token is not valid yet');
      throw new UnauthenticatedError('The token is not valid');
    }
    checkLifetime(payload, maxLifetime, skew);
    return callerFromClaims(payload);
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
  for (const claim of REQUIRED_CLAIMS[role]) {
    if (!caller[claim]) throw new UnauthenticatedError(`${role} tokens must carry ${claim}`);
  }
  return caller;
}

export function devKeyBytes(devKey: string): Uint8Array {
  return new TextEncoder().encode(devKey);
}

function requireDevKey(devKey: string | undefined): string {
  if (!devKey) throw new Error('Neither a JWKS URL nor a development key is configured');
  return devKey;
}
