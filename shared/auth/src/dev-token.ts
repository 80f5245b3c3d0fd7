import { SignJWT } from 'jose';
import { REQUIRED_CLAIMS, type Caller } from './roles';
import { devKeyBytes } from './verifier';

export interface DevTokenOptions {
  devKey: string;
  issuer: string;
  audience: string;
  /** Lifetime in seconds; negative makes an already expired token (for tests). */
  expiresIn?: number;
}

/** Signs a development token with the local key. Never used with a JWKS in production. */
export async function signDevToken(claims: Omit<Caller, 'expiresAt'>, options: DevTokenOptions): Promise<string> {
  for (const claim of REQUIRED_CLAIMS[claims.role]) {
    if (!claims[claim]) throw new Error(`${claims.role} tokens need ${claim}`);
  }
  const { sub, ...rest } = claims;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 12 * 3600))
    .sign(devKeyBytes(options.devKey));
}
