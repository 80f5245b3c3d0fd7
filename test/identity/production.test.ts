import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { stackInfo, tokenFor } from '@qinshang/testkit';
import { Role } from '@qinshang/auth';
import { signedIn, viaGateway } from './helpers';
import { graphql } from '@qinshang/testkit';

const repoRoot = path.resolve(__dirname, '..', '..');
const node = (script: string) => path.join(repoRoot, script);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function run(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [node(script)], { env: { ...process.env, ...env, QINSHANG_PARENT_PID: String(process.pid) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  return { child, output: () => output, exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))) };
}

function gatewayEnv(port: number): Record<string, string> {
  const urls = stackInfo().subgraphUrls;
  return {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    AUTH_JWKS_URL: `${stackInfo().identityUrl}/jwks`,
    AUTH_ISSUER: stackInfo().identityUrl,
    AUTH_AUDIENCE: 'qinshang',
    // Every subgraph the platform runs.
    ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    // Production accepts only trusted documents, except from the roles named (issue 19, item 10).
    ARBITRARY_DOCUMENTS_ROLES: 'CITY_ADMIN',
  };
}

describe('with NODE_ENV=production', () => {
  it('refuses to start with the development key', async () => {
    const gateway = run('gateway/dist/main.js', { ...gatewayEnv(await freePort()), AUTH_DEV_KEY: stackInfo().devKey });
    expect(await gateway.exited).toBe(1);
    expect(gateway.output()).toContain('AUTH_DEV_KEY: the development key is refused in production');
  });

  it('refuses a development token and accepts what the provider issued', async () => {
    const port = await freePort();
    const gateway = run('gateway/dist/main.js', gatewayEnv(port));
    try {
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 30_000;
      for (;;) {
        const ready = await fetch(`${url}/readiness`).then((r) => r.ok, () => false);
        if (ready) break;
        if (Date.now() > deadline) throw new Error(`gateway not ready: ${gateway.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const dev = await graphql(`${url}/graphql`, '{ city { name } }', {}, await tokenFor({ role: Role.CITY_ADMIN }));
      expect(dev.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const { tokens } = await signedIn('city-office');
      const real = await graphql<{ city: { name: string } }>(`${url}/graphql`, '{ city { name } }', {}, tokens.access_token);
      expect(real.data?.city.name).toBe('西安市');
      // The platform's own gateway (development) takes both.
      expect((await viaGateway(await tokenFor({ role: Role.CITY_ADMIN }), '{ city { name } }')).data).toBeTruthy();
    } finally {
      gateway.child.kill('SIGTERM');
      await gateway.exited;
    }
  });

  it('seeds no account with a password, even when a development password is offered', async () => {
    const admin = new URL(stackInfo().adminDatabaseUrl);
    const scratch = `qinshang_prodseed_${process.pid}`;
    const server = new Client({ connectionString: admin.toString() });
    await server.connect();
    await server.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await server.query(`CREATE DATABASE ${scratch}`);
    admin.pathname = `/${scratch}`;
    const url = admin.toString();
    try {
      const { bootstrapDatabase } = await import('@qinshang/database');
      await bootstrapDatabase(url, process.env.APP_DATABASE_PASSWORD || 'qinshang-app-dev');
      const env = { MIGRATION_DATABASE_URL: url, LOG_LEVEL: 'warn' };
      for (const script of ['shared/eventlog/dist/migrate.js', 'services/identity/dist/migrate.js']) {
        const step = run(script, env);
        expect([await step.exited, step.output()]).toEqual([0, expect.any(String)]);
      }
      const db = new Client({ connectionString: url });
      await db.connect();
      try {
        // A tenant and an official on the log, as the districts seed would leave them.
        const { appendEvents } = await import('@qinshang/eventlog');
        await appendEvents(db, 'test', [
          { type: 'district.registered', streamType: 'district', streamId: '610111', districtId: '610111', payload: { districtId: '610111', name: '灞桥区', kind: 'DISTRICT' } },
          { type: 'official.added', streamType: 'official', streamId: '610111-O0001', districtId: '610111', payload: { officialId: '610111-O0001', districtId: '610111', name: '王干部', title: null, department: null } },
        ]);
        const seed = run('services/identity/dist/seed.js', { ...env, NODE_ENV: 'production', IDENTITY_DEV_PASSWORD: 'Offered-password-1', REFERENCE_DATA: node('data/xian-campaign-2016.json') });
        expect([await seed.exited, seed.output()]).toEqual([0, expect.stringContaining('without passwords')]);
        const { rows } = await db.query<{ username: string; password_hash: string | null; email: string | null }>('SELECT username, password_hash, email FROM identity.account ORDER BY username');
        expect(rows.map((r) => r.username)).toEqual(['610111-O0001', '610111-office', 'city-office', 'inspector']);
        expect(rows.every((r) => r.password_hash === null && r.email === null)).toBe(true);
      } finally {
        await db.end();
      }
    } finally {
      await server.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
      await server.end();
    }
  });
});
