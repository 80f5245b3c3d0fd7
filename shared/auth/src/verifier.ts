import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '@qinshang/errors';
import { REQUIRED_CLAIMS, Role, ROLES, type Caller, type ScopeClaim } from './roles';

export interface VerifierOptions {
  /** The identity provider's JWKS (production). */
  jwksUrl?: string;
  /** The shared development key (HS256), used when there is no JWKS. */
  devKey?: string;
  issuer: string;
  audience: string;
}

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

  return async (authorization) => {
    const token = bearer(authorization);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('The token has expired');
      throw new UnauthenticatedError('The token is not valid');
    }
    return callerFromClaims(payload);
  };
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

function requireDevKey(devKey: string | undefined): string {
  if (!devKey) throw new Error('Neither a JWKS URL nor a development key is configured');
  return devKey;
}
