import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { logLevel, port, postgresUrl, withAuth, z } from '@qinshang/config';
import { repoRoot } from './processes';

/** Every variable `npm start` reads; `.env.example` documents them. */
export const platformShape = withAuth(
  {
  DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_PG_PORT: port(5433),
  EMBEDDED_PG_DIR: z.string().default(path.join(repoRoot, '.data', 'postgres')),
  EMBEDDED_PG_DATABASE: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('qinshang'),
  APP_DATABASE_PASSWORD: z.string().min(8).default('qinshang-app-dev'),
  GATEWAY_PORT: port(4000),
  CITY_PORT: port(4001),
  DISTRICTS_PORT: port(4002),
  ISSUES_PORT: port(4003),
  EVALUATION_PORT: port(4004),
  /** The embedded OpenID provider (issuer http://localhost:IDENTITY_PORT) and the accounts subgraph. */
  IDENTITY_PORT: port(4005),
  IDENTITY_GRAPH_PORT: port(4006),
  IDENTITY_ISSUER: z.string().url().optional(),
  NOTIFICATIONS_PORT: port(4007),
  /** Handed to the notifier (services/notifications/src/config.ts documents them); unset: the defaults below. */
  NOTIFICATIONS_SECRET_KEY: z.string().optional(),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().optional(),
  WEBHOOK_ALLOWED_NETWORKS: z.string().optional(),
  LOG_LEVEL: logLevel,
  LOG_DIR: z.string().default(path.join(repoRoot, '.data', 'logs')),
  SEED_HISTORY: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** N times the reference data's enterprises and officials, and so their visits and problems (a new database only). */
  SEED_SCALE: z.coerce.number().int().min(1).max(1000).default(1),
  },
  { embeddedProvider: true },
);

const DEV_KEY_FILE = path.join(repoRoot, '.data', 'dev-key');
const DEV_PASSWORD_FILE = path.join(repoRoot, '.data', 'dev-password');

/**
 * The seeded accounts' password in development: one random value made on the first start and
 * kept (git-ignored) in `.data/dev-password`, so it stays the same across restarts.
 */
export function developmentPassword(): string {
  if (existsSync(DEV_PASSWORD_FILE)) return readFileSync(DEV_PASSWORD_FILE, 'utf8').trim();
  mkdirSync(path.dirname(DEV_PASSWORD_FILE), { recursive: true });
  const password = `Qs-${randomBytes(9).toString('base64url')}7a`;
  writeFileSync(DEV_PASSWORD_FILE, `${password}\n`, { mode: 0o600 });
  return password;
}

const NOTIFIER_KEY_FILE = path.join(repoRoot, '.data', 'notifications-key');

/**
 * What `npm start` hands the notifier: the key that seals webhook secrets (NOTIFICATIONS_SECRET_KEY,
 * else one generated on the first start and kept in `.data/notifications-key`, so secrets stay
 * readable across restarts), SMTP if configured, and webhooks to loopback permitted on this machine.
 */
export function notifierSettings(config: { NOTIFICATIONS_SECRET_KEY?: string; SMTP_URL?: string; SMTP_FROM?: string; WEBHOOK_ALLOWED_NETWORKS?: string }): Record<string, string> {
  let key = config.NOTIFICATIONS_SECRET_KEY;
  if (!key) {
    if (existsSync(NOTIFIER_KEY_FILE)) key = readFileSync(NOTIFIER_KEY_FILE, 'utf8').trim();
    else {
      key = randomBytes(32).toString('base64');
      mkdirSync(path.dirname(NOTIFIER_KEY_FILE), { recursive: true });
      writeFileSync(NOTIFIER_KEY_FILE, `${key}\n`, { mode: 0o600 });
    }
  }
  return {
    NOTIFICATIONS_SECRET_KEY: key,
    WEBHOOK_ALLOWED_NETWORKS: config.WEBHOOK_ALLOWED_NETWORKS ?? '127.0.0.0/8,::1/128',
    ...(config.SMTP_URL ? { SMTP_URL: config.SMTP_URL } : {}),
    ...(config.SMTP_FROM ? { SMTP_FROM: config.SMTP_FROM } : {}),
  };
}

/**
 * The development signing key: `AUTH_DEV_KEY` if set, else one generated on the first start and
 * kept (git-ignored) in `.data/dev-key`, so `npm run token` and the running platform agree.
 */
export function developmentKey(env: { AUTH_DEV_KEY?: string }, create = true): string | undefined {
  if (env.AUTH_DEV_KEY) return env.AUTH_DEV_KEY;
  if (existsSync(DEV_KEY_FILE)) return readFileSync(DEV_KEY_FILE, 'utf8').trim();
  if (!create) return undefined;
  mkdirSync(path.dirname(DEV_KEY_FILE), { recursive: true });
  const key = randomBytes(48).toString('base64url');
  writeFileSync(DEV_KEY_FILE, `${key}\n`, { mode: 0o600 });
  return key;
}
