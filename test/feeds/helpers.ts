import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Role } from '@qinshang/auth';
import { followEscalations, type FeedEvent, type FeedHandle, type FollowOptions } from '@qinshang/feed-client';
import { Actor, feedHeadCursor, stackInfo, tokenFor } from '@qinshang/testkit';
import { Client } from 'pg';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** The position a feed cursor stands for (the tests may look inside; clients must not). */
export function positionOf(cursor: string): bigint {
  return BigInt(Buffer.from(cursor, 'base64url').toString('utf8').replace(/^f1:/, ''));
}

export const office = (districtId: string, url?: string) =>
  new Actor({ role: Role.DISTRICT_ADMIN, districtId, sub: `feeds:office:${districtId}` }, url);

/** Enterprise ids on a tenant's list (the first `count`). */
export async function enterprisesOf(districtId: string, count = 10): Promise<string[]> {
  const data = await office(districtId).ok<{ district: { enterprises: { edges: Array<{ node: { id: string } }> } } }>(
    'query($id: ID!, $n: Int!) { district(id: $id) { enterprises(first: $n) { edges { node { id } } } } }',
    { id: districtId, n: count },
  );
  return data.district.enterprises.edges.map((edge) => edge.node.id);
}

/** Raises `count` problems in a tenant as its office, spread over its enterprises. */
export async function raiseProblems(districtId: string, count: number, label: string): Promise<string[]> {
  const enterprises = await enterprisesOf(districtId);
  const actor = office(districtId);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const data = await actor.ok<{ raiseIssue: { issue: { id: string } } }>(
      'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }',
      { input: { enterpriseId: enterprises[i % enterprises.length], category: 'APPROVAL', title: `${label} 审批卡点 ${i}`, description: '需协调' } },
    );
    ids.push(data.raiseIssue.issue.id);
  }
  return ids;
}

/** Escalates one problem as its tenant's office (through `url`, the platform's gateway by default). */
export async function escalate(districtId: string, issueId: string, reason: string, url?: string): Promise<string> {
  const data = await office(districtId, url).ok<{ escalateIssue: { escalation: { id: string } } }>(
    'mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { escalation { id } } }',
    { input: { issueId, reason } },
  );
  return data.escalateIssue.escalation.id;
}

/** A followed feed that keeps every event it received, in order. */
export interface Collector {
  events: FeedEvent[];
  feed: FeedHandle;
  ids: () => string[];
  /** Resolves once `predicate` holds for the events so far (or fails after `timeoutMs`). */
  until: (predicate: (events: FeedEvent[]) => boolean, timeoutMs?: number, what?: string) => Promise<void>;
}

export function collect(options: Omit<FollowOptions, 'onEvent'> & { onEvent?: (event: FeedEvent) => void }): Collector {
  const events: FeedEvent[] = [];
  const feed = followEscalations({
    backoff: { initialMs: 100, maxMs: 1000 },
    ...options,
    onEvent: (event) => {
      events.push(event);
      options.onEvent?.(event);
    },
  });
  return {
    events,
    feed,
    ids: () => events.map((event) => event.escalation.id),
    until: (predicate, timeoutMs = 30_000, what = 'the expected events') =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + timeoutMs;
        const check = () => {
          if (predicate(events)) return resolve();
          if (Date.now() > deadline) return reject(new Error(`timed out waiting for ${what}: ${events.length} events so far`));
          setTimeout(check, 50);
        };
        check();
      }),
  };
}

/**
 * One more escalation, written after everything the test wrote, awaited on every collector: the
 * feed delivers in commit order, so once a subscriber has it, a duplicate or a stray event of what
 * came before would already have arrived. A fact to wait on instead of a fixed "give it time".
 * Returns the fence's escalation id (tests leave it out of what they compare).
 */
export async function fence(collectors: Collector[], districtId: string, issueId: string, url?: string): Promise<string> {
  const id = await escalate(districtId, issueId, '栅栏', url);
  await Promise.all(collectors.map((collector) => collector.until((events) => events.some((e) => e.escalation.id === id), 60_000, 'the fence escalation')));
  return id;
}

export async function cityToken(sub: string): Promise<string> {
  return tokenFor({ role: Role.CITY_ADMIN, sub });
}

/** A feed cursor for the log's head now (see feedHeadCursor). */
export function headCursor(): Promise<string> {
  return feedHeadCursor(stackInfo().adminDatabaseUrl);
}

/** Log positions of escalations, from the database, in commit (= position) order. */
export async function commitOrder(escalationIds: string[]): Promise<string[]> {
  const client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM issues.escalation WHERE id = ANY($1::uuid[]) ORDER BY event_position', [escalationIds]);
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

// ---- extra processes, started with the platform's own settings ---------------------------------

export interface ExtraProcess {
  name: string;
  port: number;
  url: string;
  child: ChildProcess;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  /** SIGKILL, then a new process on the same port; `onKilled` runs once the old one is gone. */
  restart: (onKilled?: () => void) => Promise<void>;
}

function authEnv(): Record<string, string> {
  return { AUTH_DEV_KEY: stackInfo().devKey, AUTH_ISSUER: 'qinshang-dev', AUTH_AUDIENCE: 'qinshang', NODE_ENV: 'test', LOG_LEVEL: 'warn' };
}

/** Another issues-subgraph replica on the same database (it LISTENs like the platform's). */
export function startIssuesReplica(extraEnv: Record<string, string> = {}): Promise<ExtraProcess> {
  return startExtra('issues-replica', path.join(repoRoot, 'services', 'issues', 'dist', 'main.js'), '/health', (port) => ({
    ...authEnv(),
    PORT: String(port),
    APP_DATABASE_URL: stackInfo().appDatabaseUrl,
    ...extraEnv,
  }));
}

/** Another gateway, in front of the platform's subgraphs but for `issuesUrl`, with settings of its own. */
export function startGateway(issuesUrl: string = stackInfo().subgraphUrls.issues, extraEnv: Record<string, string> = {}): Promise<ExtraProcess> {
  const urls = stackInfo().subgraphUrls;
  return startExtra('gateway-replica', path.join(repoRoot, 'gateway', 'dist', 'main.js'), '/readiness', (port) => ({
    ...authEnv(),
    PORT: String(port),
    HOST: '127.0.0.1',
    // Every subgraph the platform runs, then this test's issues process instead of the platform's.
    ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    ISSUES_URL: issuesUrl,
    ...extraEnv,
  }));
}

async function startExtra(name: string, script: string, probe: string, env: (port: number) => Record<string, string>): Promise<ExtraProcess> {
  const port = await freePort();
  const spawnIt = async () => {
    // Its log goes beside the platform's (stackInfo().logDir), not into the test output.
    const log = openSync(path.join(stackInfo().logDir, `${name}-${port}.log`), 'a');
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, ...env(port), QINSHANG_PARENT_PID: String(process.pid) },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    await waitReady(`http://127.0.0.1:${port}${probe}`, child, name);
    return child;
  };
  const proc: ExtraProcess = {
    name,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    child: await spawnIt(),
    kill: async (signal = 'SIGKILL') => {
      const child = proc.child;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
    },
    restart: async (onKilled) => {
      await proc.kill('SIGKILL');
      onKilled?.();
      proc.child = await spawnIt();
    },
  };
  return proc;
}

async function waitReady(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before it was ready`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${name} was not ready within 30 s`);
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

/** Resolves once `fact` holds (checked every 25 ms), or fails naming `what` after `timeoutMs`. */
export function waitFor(fact: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const check = () => {
      if (fact()) return resolve();
      if (Date.now() > deadline) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(check, 25);
    };
    check();
  });
}
