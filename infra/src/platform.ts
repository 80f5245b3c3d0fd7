import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { APP_ROLE, bootstrapDatabase } from '@qinshang/database';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { Client } from 'pg';
import { repoRoot, runNode, startNode, waitForHttp, type ManagedProcess } from './processes';

export const SUBGRAPHS = ['city', 'districts', 'issues', 'evaluation', 'identity', 'notifications'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export interface PlatformOptions {
  /** An existing server's admin URL; without it the embedded PostgreSQL is started. */
  databaseUrl?: string;
  /** `unsafeNoFsync` only for a throwaway test database. */
  embedded: { dataDir: string; port: number; database: string; unsafeNoFsync?: boolean };
  appDatabasePassword: string;
  /** AUTH_* and NODE_ENV for every process; AUTH_JWKS_URL and AUTH_ISSUER only for an outside provider. */
  auth: Record<string, string>;
  ports: { gateway: number; identityProvider: number } & Record<SubgraphName, number>;
  identity: {
    /** The embedded provider's issuer (default http://127.0.0.1:<port>). */
    issuer?: string;
    /** The console's origin (the gateway's); its redirect URIs hang off it. */
    consoleOrigin: string;
    /** The seeded accounts' password (development and tests; never in production). */
    devPassword?: string;
    /** Extra variables for the identity process (lock-out, lifetimes, ...). */
    env?: Record<string, string>;
  };
  logDir: string;
  logLevel: string;
  /** Seed the generated campaign history once on a new database. */
  seedHistory: boolean;
  /** SEED_SCALE: N times the reference data's enterprises and officials (default 1). */
  seedScale?: number;
  /** Extra variables for the gateway (response cache settings, ...). */
  gatewayEnv?: Record<string, string>;
  /** The notifier's own settings (secret key, SMTP, webhook allow-list, retry timing); CONSOLE_URL is added here. */
  notifier: Record<string, string>;
  /** Extra variables for the districts service (the reminders' interval, ...). */
  districtsEnv?: Record<string, string>;
  log: (line: string) => void;
}

export interface RunningPlatform {
  gatewayUrl: string;
  /** The embedded OpenID provider's issuer; null when an outside provider issues tokens. */
  identityUrl: string | null;
  adminDatabaseUrl: string;
  /** What the services log in as: the application role, which owns no table. */
  appDatabaseUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** The environment each subgraph was started with (to start a replica or a replacement like it). */
  serviceEnv: Record<SubgraphName, Record<string, string>>;
  processes: ManagedProcess[];
  stop: () => Promise<void>;
  /**
   * What the services see of a database restart: the embedded server is stopped and started
   * again; a server of DATABASE_URL (shared, never ours to restart) has every connection to this
   * platform's database terminated instead.
   */
  restartDatabase: () => Promise<void>;
}

/**
 * How long a process may take to answer after it starts (a subgraph catches its projections up
 * first, which takes longer with more data: scaled by SEED_SCALE; generous on a loaded machine,
 * where an evaluation catching up on the generated history took over two minutes).
 */
const SERVICE_READY_MS = 300_000;

const serviceScript = (name: SubgraphName, script: string) => path.join(repoRoot, 'services', name, 'dist', `${script}.js`);

/**
 * Brings the whole platform up in order: database, roles and tenancy functions, each service's
 * migrations, reference data, the four subgraphs, then the gateway once they all answer.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const { log } = options;
  const processes: ManagedProcess[] = [];
  let database: EmbeddedDatabase | null = null;
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // The gateway first, so no client reaches a subgraph that is going away; then the subgraphs.
    const gateway = processes.find((proc) => proc.name === 'gateway');
    await gateway?.stop();
    await Promise.all(processes.filter((proc) => proc !== gateway).map((proc) => proc.stop()));
    await database?.stop();
  };

  try {
    let adminUrl = options.databaseUrl;
    if (!adminUrl) {
      database = await startEmbeddedPostgres({ ...options.embedded, log });
      adminUrl = database.adminUrl;
    }
    await mkdir(options.logDir, { recursive: true });

    await bootstrapDatabase(adminUrl, options.appDatabasePassword);
    const migrationEnv = { MIGRATION_DATABASE_URL: adminUrl, LOG_LEVEL: options.logLevel };
    // The shared event log first: every service appends to it.
    await runNode({ name: 'eventlog migrations', script: path.join(repoRoot, 'shared', 'eventlog', 'dist', 'migrate.js'), env: migrationEnv });
    await Promise.all(SUBGRAPHS.map((name) => runNode({ name: `${name} migrations`, script: serviceScript(name, 'migrate'), env: migrationEnv })));
    log('migrations applied');
    const seedEnv = {
      ...migrationEnv,
      REFERENCE_DATA: path.join(repoRoot, 'data', 'xian-campaign-2016.json'),
      SEED_HISTORY: String(options.seedHistory),
      SEED_SCALE: String(options.seedScale ?? 1),
      NODE_ENV: options.auth.NODE_ENV ?? 'development',
      ...(options.identity.devPassword ? { IDENTITY_DEV_PASSWORD: options.identity.devPassword } : {}),
    };
    // In order: the districts seed needs the city's events, the issues seed (history only) both;
    // identity makes an account for every person the others recorded.
    for (const name of ['city', 'districts', 'issues', 'identity'] as const) {
      const started = Date.now();
      await runNode({ name: `${name} seed`, script: serviceScript(name, 'seed'), env: seedEnv });
      log(`${name} seed done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    log(options.seedHistory ? 'reference data and generated history seeded' : 'reference data seeded');

    const appUrl = withCredentials(adminUrl, APP_ROLE, options.appDatabasePassword);
    // Tokens: the embedded provider's JWKS by default (the development key beside it, outside
    // production); an outside provider's when AUTH_JWKS_URL names one.
    const external = Boolean(options.auth.AUTH_JWKS_URL);
    const identityUrl = external ? null : (options.identity.issuer ?? `http://127.0.0.1:${options.ports.identityProvider}`);
    const auth: Record<string, string> = external
      ? options.auth
      : { ...options.auth, AUTH_ISSUER: identityUrl!, AUTH_JWKS_URL: `http://127.0.0.1:${options.ports.identityProvider}/jwks` };
    const extraEnv: Partial<Record<SubgraphName, Record<string, string>>> = {
      identity: {
        IDENTITY_PROVIDER: String(!external),
        IDENTITY_PORT: String(options.ports.identityProvider),
        IDENTITY_HOST: '127.0.0.1',
        ...(identityUrl ? { IDENTITY_ISSUER: identityUrl } : {}),
        CONSOLE_ORIGIN: options.identity.consoleOrigin,
        ...options.identity.env,
      },
      notifications: notifierEnv(options),
      ...(options.districtsEnv ? { districts: options.districtsEnv } : {}),
    };
    const serviceEnv = {} as Record<SubgraphName, Record<string, string>>;
    const subgraphUrls = {} as Record<SubgraphName, string>;
    await Promise.all(
      SUBGRAPHS.map(async (name) => {
        const proc = startNode({
          name,
          script: serviceScript(name, 'main'),
          logFile: path.join(options.logDir, `${name}.log`),
          env: (serviceEnv[name] = { ...auth, ...extraEnv[name], PORT: String(options.ports[name]), APP_DATABASE_URL: appUrl, LOG_LEVEL: options.logLevel }),
        });
        processes.push(proc);
        await waitForHttp(`http://127.0.0.1:${options.ports[name]}/health`, proc, SERVICE_READY_MS * (options.seedScale ?? 1));
        subgraphUrls[name] = `http://127.0.0.1:${options.ports[name]}/graphql`;
      }),
    );

    const gateway = startNode({
      name: 'gateway',
      script: path.join(repoRoot, 'gateway', 'dist', 'main.js'),
      logFile: path.join(options.logDir, 'gateway.log'),
      env: {
        ...auth,
        PORT: String(options.ports.gateway),
        LOG_LEVEL: options.logLevel,
        // Where the console (served by the gateway) signs in: the embedded provider, or the outside one.
        ...((identityUrl ?? auth.AUTH_ISSUER) ? { CONSOLE_OIDC_ISSUER: identityUrl ?? auth.AUTH_ISSUER } : {}),
        ...Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_URL`, subgraphUrls[name]])),
        // The response cache follows the event log to invalidate itself (read only, city scope).
        EVENTLOG_DATABASE_URL: appUrl,
        ...options.gatewayEnv,
      },
    });
    processes.push(gateway);
    await waitForHttp(`http://127.0.0.1:${options.ports.gateway}/readiness`, gateway, SERVICE_READY_MS * (options.seedScale ?? 1));
    // From now on a process that dies is started again, with back-off, and the log says so.
    for (const proc of processes) proc.supervise(log);

    const restartDatabase = async () => {
      if (database) {
        log('restarting the embedded PostgreSQL');
        await database.restart();
        log('the embedded PostgreSQL is back');
        return;
      }
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        const { rowCount } = await client.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
        );
        log(`terminated ${rowCount} connections to the database (a restart, as the services see it)`);
      } finally {
        await client.end();
      }
    };

    return {
      gatewayUrl: `http://127.0.0.1:${options.ports.gateway}/graphql`,
      identityUrl,
      adminDatabaseUrl: adminUrl,
      appDatabaseUrl: appUrl,
      subgraphUrls,
      serviceEnv,
      processes,
      stop,
      restartDatabase,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The notifier's environment: its settings, and links into the console at the gateway's origin. */
export function notifierEnv(options: Pick<PlatformOptions, 'notifier' | 'ports'>): Record<string, string> {
  return { CONSOLE_URL: `http://localhost:${options.ports.gateway}`, ...options.notifier };
}

export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
