import { parseArgs } from 'node:util';
import { Role, ROLES, signDevToken } from '@qinshang/auth';
import { parseConfig, z } from '@qinshang/config';
import type { AccountRecorded } from '@qinshang/eventlog';
import { Client } from 'pg';
import { developmentKey } from './config';

const USAGE =
  'usage: npm run -s token -- --role ROLE [--district ID] [--official ID] [--department ID] [--enterprise ID] [--sub SUB] [--ttl SECONDS]\n' +
  '       npm run -s token -- --account USERNAME [--ttl SECONDS]   (an account of the identity provider, from the event log: sub = its id)\n' +
  `roles: ${ROLES.join(', ')}\n`;

/** `npm run -s token`: prints a development token and nothing else. */
async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: 'string' },
        district: { type: 'string' },
        official: { type: 'string' },
        department: { type: 'string' },
        enterprise: { type: 'string' },
        sub: { type: 'string' },
        account: { type: 'string' },
        ttl: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (values.account) {
    const account = await accountFromLog(values.account);
    Object.assign(values, {
      sub: account.accountId,
      role: account.role,
      district: account.districtId ?? undefined,
      official: account.officialId ?? undefined,
      department: account.departmentId ?? undefined,
      enterprise: account.enterpriseId ?? undefined,
    });
  }
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}\n${USAGE}`);
  const env = parseConfig({
    AUTH_DEV_KEY: z.string().optional(),
    AUTH_DEV_ISSUER: z.string().default('qinshang-dev'),
    AUTH_AUDIENCE: z.string().default('qinshang'),
    AUTH_MAX_TOKEN_LIFETIME_S: z.coerce.number().int().default(24 * 3600),
  });
  const devKey = developmentKey(env, false);
  if (!devKey) fail('No development key yet: run `npm start` once (it creates .data/dev-key), or set AUTH_DEV_KEY.\n');
  const ttl = values.ttl ? Number(values.ttl) : 12 * 3600;
  if (!Number.isFinite(ttl)) fail('--ttl must be a number of seconds\n');
  // Every process refuses a token that lives longer than AUTH_MAX_TOKEN_LIFETIME_S.
  if (ttl > env.AUTH_MAX_TOKEN_LIFETIME_S) fail(`--ttl may be at most ${env.AUTH_MAX_TOKEN_LIFETIME_S} seconds (AUTH_MAX_TOKEN_LIFETIME_S)\n`);
  try {
    const token = await signDevToken(
      {
        sub: values.sub ?? `dev:${role.toLowerCase()}${values.district ? `:${values.district}` : ''}`,
        role,
        districtId: values.district,
        officialId: values.official,
        departmentId: values.department,
        enterpriseId: values.enterprise,
      },
      { devKey: devKey!, issuer: env.AUTH_DEV_ISSUER, audience: env.AUTH_AUDIENCE, expiresIn: ttl },
    );
    process.stdout.write(`${token}\n`);
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
}

/**
 * The account as the identity provider last recorded it in the event log (its `account.*` events),
 * read from the platform's database: DATABASE_URL, or the embedded PostgreSQL `npm start` runs.
 */
async function accountFromLog(username: string): Promise<AccountRecorded> {
  const env = parseConfig({ DATABASE_URL: z.string().optional(), EMBEDDED_PG_PORT: z.coerce.number().default(5433), EMBEDDED_PG_DATABASE: z.string().default('qinshang') });
  const client = new Client({ connectionString: env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT}/${env.EMBEDDED_PG_DATABASE}` });
  try {
    await client.connect();
    const { rows } = await client.query<{ payload: AccountRecorded }>(
      "SELECT payload FROM eventlog.event WHERE type LIKE 'account.%' AND lower(payload->>'username') = lower($1) ORDER BY position DESC LIMIT 1",
      [username],
    );
    if (!rows[0]) fail(`No account ${username} in the event log (is the platform running, with its accounts seeded?)\n`);
    if (rows[0].payload.status !== 'ACTIVE') fail(`Account ${username} is ${rows[0].payload.status}\n`);
    return rows[0].payload;
  } catch (error) {
    fail(`Could not read the account from the database: ${(error as Error).message}\n`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function fail(message: string): never {
  process.stderr.write(message);
  process.exit(2);
}

void main();
