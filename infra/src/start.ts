import { loadConfigOrExit } from '@qinshang/config';
import { developmentKey, developmentPassword, notifierSettings, platformShape } from './config';
import { startPlatform } from './platform';
import { takeOverSignals } from './processes';

/** `npm start`: the whole platform on this machine, until Ctrl-C. */
async function main() {
  // Outside production the development key (created on the first start) signs and verifies
  // tokens too; without an outside provider the embedded one's JWKS is used (the launcher sets it).
  const env = { ...process.env };
  if (env.NODE_ENV !== 'production') env.AUTH_DEV_KEY = developmentKey(env);
  const config = loadConfigOrExit('start', platformShape, env);
  const log = (line: string) => process.stdout.write(`[qinshang] ${line}\n`);
  const started = Date.now();
  log(config.DATABASE_URL ? 'using the PostgreSQL server in DATABASE_URL' : `starting the embedded PostgreSQL on port ${config.EMBEDDED_PG_PORT}`);

  const auth: Record<string, string> = {
    AUTH_ISSUER: config.AUTH_ISSUER,
    AUTH_DEV_ISSUER: config.AUTH_DEV_ISSUER,
    AUTH_AUDIENCE: config.AUTH_AUDIENCE,
    NODE_ENV: config.NODE_ENV,
  };
  if (config.AUTH_JWKS_URL) auth.AUTH_JWKS_URL = config.AUTH_JWKS_URL;
  if (config.AUTH_DEV_KEY) auth.AUTH_DEV_KEY = config.AUTH_DEV_KEY;
  if (config.AUTH_CLAIMS) auth.AUTH_CLAIMS = JSON.stringify(config.AUTH_CLAIMS);
  if (config.AUTH_ROLE_MAP) auth.AUTH_ROLE_MAP = JSON.stringify(config.AUTH_ROLE_MAP);
  const devPassword = config.NODE_ENV === 'production' || config.AUTH_JWKS_URL ? undefined : developmentPassword();
  const issuer = config.IDENTITY_ISSUER ?? `http://localhost:${config.IDENTITY_PORT}`;

  let stopping = false;
  let platform: Awaited<ReturnType<typeof startPlatform>> | null = null;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping the gateway, the subgraphs and the database`);
    await platform?.stop();
    log('stopped');
    process.exit(0);
  };
  takeOverSignals((signal) => void shutdown(signal));

  try {
    platform = await startPlatform({
      databaseUrl: config.DATABASE_URL,
      embedded: { dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, database: config.EMBEDDED_PG_DATABASE },
      appDatabasePassword: config.APP_DATABASE_PASSWORD,
      auth,
      ports: {
        gateway: config.GATEWAY_PORT,
        city: config.CITY_PORT,
        districts: config.DISTRICTS_PORT,
        issues: config.ISSUES_PORT,
        evaluation: config.EVALUATION_PORT,
        identity: config.IDENTITY_GRAPH_PORT,
        identityProvider: config.IDENTITY_PORT,
        notifications: config.NOTIFICATIONS_PORT,
      },
      identity: { issuer, consoleOrigin: `http://localhost:${config.GATEWAY_PORT}`, devPassword },
      logDir: config.LOG_DIR,
      logLevel: config.LOG_LEVEL,
      seedHistory: config.SEED_HISTORY,
      seedScale: config.SEED_SCALE,
      notifier: notifierSettings(config),
      log,
    });
  } catch (error) {
    process.stderr.write(`[qinshang] could not start: ${(error as Error).message}\n`);
    process.exit(1);
  }
  if (stopping) return;
  const url = platform.gatewayUrl.replace('127.0.0.1', 'localhost');
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(
    [
      '',
      `  Console (city dashboard, district portals): ${url.replace(/\/graphql$/, '/')}`,
      `  Gateway (GraphQL over HTTP, graphql-ws and SSE): ${url}`,
      `  Health: ${url.replace('/graphql', '/healthcheck')}   Readiness: ${url.replace('/graphql', '/readiness')}`,
      `  Logs:   ${config.LOG_DIR}/{gateway,city,districts,issues,evaluation,identity,notifications}.log`,
      '',
      ...(platform.identityUrl
        ? [
            `  Sign in (OpenID Connect, issuer ${issuer}; client qinshang-console, code flow with PKCE):`,
            `    usernames: city-office, inspector, <district>-office (e.g. 610111-office), each official's id`,
            `               (e.g. 610111-O0001), each department's id, each enterprise's id`,
            ...(devPassword ? [`    password:  ${devPassword}   (every seeded account; kept in .data/dev-password)`] : ['    no seeded account has a password in production: give people one-time codes (resetAccountPassword)']),
            `    sign-in page: ${issuer}/auth?client_id=qinshang-console&... (the console sends you there)`,
            '',
          ]
        : [`  Tokens come from the identity provider at ${config.AUTH_ISSUER}.`, '']),
      ...(config.AUTH_DEV_KEY
        ? [
            '  Or get a token with the development key, then send it as "Authorization: Bearer <token>":',
            '    npm run -s token -- --role CITY_ADMIN',
            '    npm run -s token -- --role DISTRICT_ADMIN --district 610111',
            '',
          ]
        : []),
      '  Try it:',
      `    curl -s ${url} -H "Authorization: Bearer $(npm run -s token -- --role CITY_ADMIN)" \\`,
      `      -H 'content-type: application/json' -d '{"query":"{ city { name districts { id name kind } } }"}'`,
      '',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

void main();
