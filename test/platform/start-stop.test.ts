import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { Role } from '@qinshang/auth';
import { graphql, signIn, tokenFor } from '@qinshang/testkit';

const root = path.resolve(__dirname, '..', '..');
const DEV_KEY = 'start-stop-test-key-start-stop-test-key';

/**
 * What `npm start` runs after the build, started as a person would and stopped with Ctrl-C
 * (SIGINT to the whole process group). Its own database folder and ports, so it can run beside
 * the suite's platform.
 */
describe('npm start', () => {
  let dir: string;
  let launcher: ChildProcess;
  let output = '';
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'qinshang-start-'));
    chmodSync(dir, 0o755);
    for (const name of ['GATEWAY', 'CITY', 'DISTRICTS', 'ISSUES', 'EVALUATION', 'IDENTITY', 'IDENTITY_GRAPH', 'EMBEDDED_PG']) ports[name] = await freePort();
    launcher = spawn(process.execPath, [path.join(root, 'infra', 'dist', 'start.js')], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATABASE_URL: '',
        AUTH_DEV_KEY: DEV_KEY,
        EMBEDDED_PG_DIR: path.join(dir, 'postgres'),
        LOG_DIR: path.join(dir, 'logs'),
        SEED_HISTORY: 'false',
        ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [`${name}_PORT`, String(port)])),
      },
    });
    launcher.stdout!.on('data', (chunk) => (output += chunk));
    launcher.stderr!.on('data', (chunk) => (output += chunk));
    await waitFor(() => /ready in/.test(output) || launcher.exitCode !== null, 90_000);
    if (!/ready in/.test(output)) throw new Error(`npm start did not become ready:\n${output}`);
  }, 100_000);

  afterAll(() => {
    try {
      process.kill(-launcher.pid!, 'SIGKILL');
    } catch {
      // already gone, as it should be
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints where to point a client and how to get a token', () => {
    expect(output).toContain(`http://localhost:${ports.GATEWAY}/graphql`);
    expect(output).toContain('npm run -s token -- --role CITY_ADMIN');
  });

  it('prints how to sign in, and the printed password signs city-office in through the provider', async () => {
    const password = /password:\s+(\S+)/.exec(output)?.[1];
    expect(password).toBeTruthy();
    expect(readFileSync(path.join(root, '.data', 'dev-password'), 'utf8').trim()).toBe(password);
    expect(output).toContain(`issuer http://localhost:${ports.IDENTITY}`);
    expect(output).toContain('city-office');
    const outcome = await signIn('city-office', password, {
      issuer: `http://localhost:${ports.IDENTITY}`,
      redirectUri: `http://localhost:${ports.GATEWAY}/auth/callback`,
    });
    if (!outcome.ok) throw new Error(`sign-in failed: ${outcome.status} ${outcome.page.slice(0, 300)}`);
    const response = await graphql<{ city: { name: string } }>(`http://127.0.0.1:${ports.GATEWAY}/graphql`, '{ city { name } }', {}, outcome.tokens.access_token);
    expect(response.data?.city.name).toBe('西安市');
  });

  it('serves the seeded tenants through the gateway', async () => {
    const token = await tokenFor({ role: Role.CITY_ADMIN }, { devKey: DEV_KEY });
    const response = await graphql<{ city: { districts: unknown[] } }>(`http://127.0.0.1:${ports.GATEWAY}/graphql`, '{ city { districts { id } } }', {}, token);
    expect(response.data?.city.districts).toHaveLength(21);
  });

  it('runs its embedded PostgreSQL durably (fsync on: only the throwaway test database skips it)', async () => {
    const client = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${ports.EMBEDDED_PG}/qinshang` });
    await client.connect();
    try {
      expect((await client.query<{ fsync: string }>('SHOW fsync')).rows[0].fsync).toBe('on');
    } finally {
      await client.end();
    }
  });

  it('is not ready while a subgraph is down, masks the failure from clients, then restarts it and is ready again', async () => {
    const gateway = `http://127.0.0.1:${ports.GATEWAY}`;
    expect((await fetch(`${gateway}/readiness`)).status).toBe(200);
    const evaluation = childPids(launcher.pid!).find((pid) => commandOf(pid).includes(path.join('evaluation', 'dist', 'main.js')))!;
    expect(evaluation).toBeDefined();
    process.kill(evaluation, 'SIGKILL');
    await waitFor(() => !alive(evaluation), 5000);
    const readiness = await fetch(`${gateway}/readiness`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toMatchObject({ ready: false, subgraphs: { evaluation: false, city: true } });

    const token = await tokenFor({ role: Role.CITY_ADMIN }, { devKey: DEV_KEY });
    const response = await graphql(`${gateway}/graphql`, '{ city { districts { id ranking(period: "2016-07") { rank } } } }', {}, token);
    const text = JSON.stringify(response);
    expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(text).not.toContain(String(ports.EVALUATION));
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);

    // The launcher starts it again, with back-off, says so, and readiness recovers.
    await waitFor(() => /evaluation exited .*restarting it in/.test(output) && /evaluation restarted \(pid \d+/.test(output), 20_000);
    const restarted = childPids(launcher.pid!).find((pid) => commandOf(pid).includes(path.join('evaluation', 'dist', 'main.js')));
    expect(restarted).toBeDefined();
    expect(restarted).not.toBe(evaluation);
    await waitForAsync(async () => (await fetch(`${gateway}/readiness`)).status === 200, 90_000);
    const again = await graphql<{ city: { districts: Array<{ ranking: unknown }> } }>(`${gateway}/graphql`, '{ city { districts { id ranking(period: "2016-07") { rank } } } }', {}, token);
    expect(again.errors).toBeUndefined();
  }, 120_000);

  it('stops everything on Ctrl-C and leaves no postgres or node process behind', async () => {
    const postmaster = Number(readFileSync(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const pids = [launcher.pid!, postmaster, ...childPids(launcher.pid!), ...childPids(postmaster)];
    expect(pids.length).toBeGreaterThanOrEqual(6);
    process.kill(-launcher.pid!, 'SIGINT');
    await waitFor(() => launcher.exitCode !== null, 30_000);
    expect(launcher.exitCode).toBe(0);
    await waitFor(() => pids.every((pid) => !alive(pid)), 10_000);
    expect(pids.filter(alive)).toEqual([]);
    const stray = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).split('\n').filter((line) => line.includes(dir));
    expect(stray).toEqual([]);
    expect(existsSync(path.join(dir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 60_000);
});

function childPids(pid: number): number[] {
  try {
    return execFileSync('ps', ['--ppid', String(pid), '-o', 'pid='], { encoding: 'utf8' }).split('\n').map(Number).filter(Boolean);
  } catch {
    return [];
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function waitForAsync(condition: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition().catch(() => false)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
