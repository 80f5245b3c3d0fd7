import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startPlatform } from './platform';
import { freePorts } from './ports';
import { takeOverSignals } from './processes';

/**
 * The platform for `npm test`: fresh, on free ports, with its own signing key. With
 * DATABASE_URL it makes a scratch database on that server (dropped afterwards); without it, an
 * embedded PostgreSQL in a temporary folder. Prints `READY <json>` once the gateway is ready and
 * stops everything on SIGTERM, SIGINT or when its parent (jest) goes away.
 */
async function main() {
  const devKey = process.env.AUTH_DEV_KEY ?? randomBytes(32).toString('base64url');
  // Every port the platform needs, chosen at once so no two are the same.
  const [gateway, city, districts, issues, evaluation, identity, identityProvider, notifications, smtpPort, postgresPort] = await freePorts(10);
  const ports = { gateway, city, districts, issues, evaluation, identity, identityProvider, notifications };
  // The seeded accounts' password for this run (tests sign in with it through the testkit).
  const devPassword = `Qs-${randomBytes(9).toString('base64url')}7a`;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'qinshang-test-'));
  // As root, the embedded server runs as the postgres user, which must be able to reach its folder.
  chmodSync(workDir, 0o755);
  let scratch: { serverUrl: string; name: string } | null = null;
  let databaseUrl: string | undefined;
  if (process.env.DATABASE_URL) {
    scratch = { serverUrl: process.env.DATABASE_URL, name: `qinshang_test_${process.pid}_${randomBytes(3).toString('hex')}` };
    await withClient(scratch.serverUrl, (client) => client.query(`CREATE DATABASE ${scratch!.name}`));
    const url = new URL(scratch.serverUrl);
    url.pathname = `/${scratch.name}`;
    databaseUrl = url.toString();
  }

  // The notifier: e-mail to an SMTP server the tests run themselves on this port (nothing listens
  // until a test does: deliveries wait and retry), webhooks to loopback, quick retries and leases.
  const notifier = {
    NOTIFICATIONS_SECRET_KEY: randomBytes(32).toString('base64'),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    WEBHOOK_ALLOWED_NETWORKS: '127.0.0.0/8,::1/128',
    DELIVERY_RETRY_BASE_MS: '200',
    DELIVERY_RETRY_MAX_MS: '2000',
    DELIVERY_TIMEOUT_MS: '3000',
    DELIVERY_LEASE_MS: '4000',
    DELIVERY_POLL_MS: '250',
  };
  const platform = await startPlatform({
    databaseUrl,
    // A throwaway database: fsync off here, and only here.
    embedded: { dataDir: path.join(workDir, 'postgres'), port: postgresPort, database: 'qinshang', unsafeNoFsync: true },
    // The role is cluster-wide: a password of its own would break a platform already running on
    // the same server, so tests use the same one (APP_DATABASE_PASSWORD or the default).
    appDatabasePassword: process.env.APP_DATABASE_PASSWORD || 'qinshang-app-dev',
    auth: { AUTH_DEV_KEY: devKey, AUTH_DEV_ISSUER: 'qinshang-dev', AUTH_AUDIENCE: 'qinshang', NODE_ENV: 'test', EXPOSE_SQL_STATEMENTS: 'true' },
    ports,
    identity: {
      consoleOrigin: `http://127.0.0.1:${ports.gateway}`,
      devPassword,
      // Tests take the client's address from X-Forwarded-For, to prove the per-address lock-out
      // without locking every other test's 127.0.0.1 out.
      env: { IDENTITY_TRUST_PROXY: 'true', ...identityOverrides() },
    },
    logDir: path.join(workDir, 'logs'),
    logLevel: process.env.LOG_LEVEL ?? 'info',
    // The generated campaign history, as `npm start` seeds it; SEED_HISTORY=false leaves it out.
    seedHistory: process.env.SEED_HISTORY !== 'false',
    // SEED_SCALE=N: N times the enterprises and officials, and so the visits and problems.
    seedScale: seedScaleFromEnv(),
    notifier,
    // The officials' reminders are judged at the times a test chooses (reminders/run.js --as-of):
    // on the real clock they would remind the generated history's officials in the middle of other suites.
    districtsEnv: { REMINDER_INTERVAL_MS: String(24 * 3_600_000) },
    // Tests see whether an answer came from the response cache (extensions.responseCache), and
    // a benchmark can turn the cache off (GATEWAY_RESPONSE_CACHE=false).
    gatewayEnv: { RESPONSE_CACHE_METADATA: 'true', ...(process.env.GATEWAY_RESPONSE_CACHE ? { RESPONSE_CACHE: process.env.GATEWAY_RESPONSE_CACHE } : {}) },
    log: (line) => process.stderr.write(`[test-stack] ${line}\n`),
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await platform.stop();
    if (scratch) {
      await withClient(scratch.serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${scratch!.name} WITH (FORCE)`)).catch(() => undefined);
    }
    rmSync(workDir, { recursive: true, force: true });
    process.exit(0);
  };
  takeOverSignals(() => void stop());
  // SIGUSR2: restart the database under the running platform (test/platform/database-restart.test.ts).
  let restarting: Promise<void> = Promise.resolve();
  process.on('SIGUSR2', () => {
    restarting = restarting
      .then(() => platform.restartDatabase())
      .catch((error) => {
        process.stderr.write(`[test-stack] database restart failed: ${String(error)}\n`);
      });
  });
  setInterval(() => {
    if (process.ppid === 1) void stop();
  }, 1000).unref();

  process.stdout.write(
    `READY ${JSON.stringify({
      gatewayUrl: platform.gatewayUrl,
      adminDatabaseUrl: platform.adminDatabaseUrl,
      appDatabaseUrl: platform.appDatabaseUrl,
      subgraphUrls: platform.subgraphUrls,
      identityUrl: platform.identityUrl,
      devPassword,
      devKey,
      logDir: path.join(workDir, 'logs'),
      stackPid: process.pid,
      pids: Object.fromEntries(platform.processes.map((p) => [p.name, p.child.pid])),
      notifier: { env: platform.serviceEnv.notifications, smtpPort },
    })}\n`,
  );
}

function seedScaleFromEnv(): number {
  const scale = Number(process.env.SEED_SCALE ?? '1');
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new Error(`SEED_SCALE must be an integer from 1 to 1000, not ${process.env.SEED_SCALE}`);
  return scale;
}

/** IDENTITY_TEST_* variables reach the identity process without the prefix (e.g. IDENTITY_TEST_LOCKOUT_SECONDS). */
function identityOverrides(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env)
      .filter(([name, value]) => name.startsWith('IDENTITY_TEST_') && value)
      .map(([name, value]) => [name.slice('IDENTITY_TEST_'.length), value!]),
  );
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  process.stderr.write(`[test-stack] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
