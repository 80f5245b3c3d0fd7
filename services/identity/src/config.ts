import { nodeEnv, port, z } from '@qinshang/config';

const seconds = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const flag = (fallback: boolean) => z.enum(['true', 'false']).default(fallback ? 'true' : 'false').transform((v) => v === 'true');

/** What the identity service reads beside a subgraph's variables (documented in `.env.example`). */
export const identityShape = {
  NODE_ENV: nodeEnv,
  /** Off when AUTH_ISSUER/AUTH_JWKS_URL name an outside provider: the accounts subgraph still runs. */
  IDENTITY_PROVIDER: flag(true),
  IDENTITY_PORT: port(4005),
  IDENTITY_HOST: z.string().default('0.0.0.0'),
  /** The issuer URL clients see (default http://localhost:<IDENTITY_PORT>). */
  IDENTITY_ISSUER: z.string().url().optional(),
  /** The console's origin (the gateway's): its redirect URIs are <origin>/auth/callback and <origin>/. */
  CONSOLE_ORIGIN: z.string().url().default('http://localhost:4000'),
  AUTH_AUDIENCE: z.string().min(1).default('qinshang'),
  ACCESS_TOKEN_TTL: seconds(600),
  ID_TOKEN_TTL: seconds(600),
  REFRESH_TOKEN_TTL: seconds(14 * 24 * 3600),
  SESSION_TTL: seconds(14 * 24 * 3600),
  /** Lock-out: failures in a row, then the first lock in seconds (doubling), and its maximum. */
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(10),
  LOCKOUT_SECONDS: seconds(300),
  LOCKOUT_MAX_SECONDS: seconds(24 * 3600),
  ADDRESS_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(50),
  ADDRESS_WINDOW_SECONDS: seconds(900),
  /** Take the client's address from X-Forwarded-For (only behind a proxy you run). */
  IDENTITY_TRUST_PROXY: flag(false),
  /** Rotate the signing key when the active one is older than this (a new key publishes first). */
  KEY_ROTATION_SECONDS: seconds(30 * 24 * 3600),
  KEY_PUBLISH_AHEAD_SECONDS: z.coerce.number().int().min(0).default(900),
  /** How long a one-time code from resetAccountPassword works. */
  RESET_CODE_TTL: seconds(72 * 3600),
};

export type IdentityConfig = z.infer<z.ZodObject<typeof identityShape>>;

export function issuerOf(config: IdentityConfig): string {
  return (config.IDENTITY_ISSUER ?? `http://localhost:${config.IDENTITY_PORT}`).replace(/\/$/, '');
}

/** The console's redirect URIs, for its origin and the same origin spelled with 127.0.0.1 or localhost. */
export function consoleOrigins(origin: string): string[] {
  const url = new URL(origin);
  const spellings = new Set([url.origin]);
  for (const host of ['localhost', '127.0.0.1']) {
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') spellings.add(`${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`);
  }
  return [...spellings];
}
