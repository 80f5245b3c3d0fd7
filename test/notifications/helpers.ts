import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Role } from '@qinshang/auth';
import type { AccountRecorded } from '@qinshang/eventlog';
import { Actor, stackInfo } from '@qinshang/testkit';
import { simpleParser, type ParsedMail } from 'mailparser';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const BAQIAO = '610111'; // 灞桥区
export const HUXIAN = '610125'; // 户县

/** Resolves once `check` returns a value (not undefined/false), polling; fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A seeded account of the identity provider, as its `account.*` events recorded it, once the
 * notifier has projected it (the notifier knows recipients from those events alone).
 */
export async function seededAccount(username: string): Promise<AccountRecorded> {
  const account = await eventually(
    () =>
      withAdmin(async (client) => {
        const { rows } = await client.query<{ payload: AccountRecorded }>(
          "SELECT payload FROM eventlog.event WHERE type LIKE 'account.%' AND lower(payload->>'username') = lower($1) ORDER BY position DESC LIMIT 1",
          [username],
        );
        return rows[0]?.payload;
      }),
    `the seeded account ${username}`,
  );
  await eventually(
    () => withAdmin(async (client) => (await client.query('SELECT 1 FROM notifications.account WHERE account_id = $1', [account.accountId])).rowCount === 1),
    `the notifier to know ${username}`,
    60_000,
  );
  return account;
}

/** A client acting as the account (the token's sub is the account id, with its role's claims). */
export function actorFor(account: AccountRecorded): Actor {
  return new Actor({
    sub: account.accountId,
    role: account.role as Role,
    districtId: account.districtId ?? undefined,
    officialId: account.officialId ?? undefined,
    departmentId: account.departmentId ?? undefined,
    enterpriseId: account.enterpriseId ?? undefined,
  });
}

export const office = (districtId: string) => new Actor({ role: Role.DISTRICT_ADMIN, districtId, sub: `notifications:office:${districtId}` });

export async function enterprisesOf(districtId: string, count = 5): Promise<string[]> {
  const data = await office(districtId).ok<{ district: { enterprises: { edges: Array<{ node: { id: string } }> } } }>(
    'query($id: ID!, $n: Int!) { district(id: $id) { enterprises(first: $n) { edges { node { id } } } } }',
    { id: districtId, n: count },
  );
  return data.district.enterprises.edges.map((edge) => edge.node.id);
}

export async function raise(districtId: string, title: string, enterpriseIndex = 0): Promise<{ id: string; ledgerNo: string }> {
  const enterprises = await enterprisesOf(districtId);
  const data = await office(districtId).ok<{ raiseIssue: { issue: { id: string; ledgerNo: string } } }>(
    'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id ledgerNo } } }',
    { input: { enterpriseId: enterprises[enterpriseIndex % enterprises.length], category: 'APPROVAL', title, description: '需协调' } },
  );
  return data.raiseIssue.issue;
}

export async function escalate(districtId: string, issueId: string): Promise<void> {
  await office(districtId).ok('mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { escalation { id } } }', { input: { issueId, reason: '需领导小组协调' } });
}

/** The log position of the latest event of a problem (to know when the notifier has passed it). */
export async function lastPositionOf(issueId: string): Promise<bigint> {
  return withAdmin(async (client) => {
    const { rows } = await client.query("SELECT max(position)::text AS p FROM eventlog.event WHERE stream_type = 'issue' AND stream_id = $1", [issueId]);
    return BigInt(rows[0].p);
  });
}

/** Resolves once the notifier's router has routed everything up to `position`. */
export async function routedPast(position: bigint): Promise<void> {
  await eventually(
    () =>
      withAdmin(async (client) => {
        const { rows } = await client.query("SELECT position::text AS p FROM eventlog.checkpoint WHERE consumer = 'notifications.router'");
        return rows[0] && BigInt(rows[0].p) >= position;
      }),
    `the notifier to route past ${position}`,
  );
}

// ---- real receivers on loopback ----------------------------------------------------------------

export interface Received {
  /** The path and query it was posted to. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: Record<string, any>;
  at: number;
}

/** An HTTP receiver; `answer` decides each response (status, and an optional delay). */
export class Receiver {
  readonly received: Received[] = [];
  private server: http.Server | null = null;
  port = 0;
  answer: (request: Received, index: number) => { status: number; delayMs?: number } = () => ({ status: 200 });

  async listen(port = 0): Promise<this> {
    const server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        let json: Record<string, any> = {};
        try {
          json = JSON.parse(body);
        } catch {
          // not JSON: kept as text
        }
        const request = { url: req.url ?? '', headers: req.headers, body, json, at: Date.now() };
        this.received.push(request);
        const { status, delayMs } = this.answer(request, this.received.length - 1);
        setTimeout(() => res.writeHead(status, { 'content-type': 'text/plain' }).end(String(status)), delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/qinshang`;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const registered: Array<{ districtId: string; id: string }> = [];

export async function registerWebhook(districtId: string, url: string, events = ['issue.escalated'], format = 'JSON'): Promise<{ id: string; secret: string }> {
  const data = await office(districtId).ok<{ registerWebhook: { id: string; secret: string } }>(
    'mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { id secret } }',
    { input: { url, events, format } },
  );
  registered.push({ districtId, id: data.registerWebhook.id });
  return data.registerWebhook;
}

/** Deletes the webhooks this file registered (their receivers are gone: nothing more is sent). */
export async function deleteWebhooks(): Promise<void> {
  for (const hook of registered.splice(0)) {
    await office(hook.districtId).ok('mutation($id: ID!) { deleteWebhook(id: $id) }', { id: hook.id });
  }
}

// ---- a real SMTP server, in the test process ----------------------------------------------------

/** Listens where the platform's notifier sends e-mail (its SMTP_URL) and keeps every message. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          this.messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });

  /** Listens on the notifier's port once no other suite's sink holds it (one mailbox at a time: nothing meant for this one goes elsewhere). */
  async listen(timeoutMs = 120_000): Promise<this> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await new Promise<void>((resolve, reject) => {
          this.server.once('error', reject);
          this.server.listen(stackInfo().notifier.smtpPort, '127.0.0.1', () => {
            this.server.off('error', reject);
            resolve();
          });
        });
        return this;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((mail) => [mail.to].flat().some((to) => to?.value.some((entry) => entry.address === address)));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

// ---- the notifier process ------------------------------------------------------------------------

/** Kills the platform's notifier and starts one like it on the same port (a restart). */
export class NotifierProcess {
  private child: ChildProcess | null = null;
  private readonly pidFile = path.join(stackInfo().logDir, 'notifications-restarted.pid');
  // The platform's launcher: a restarted notifier lives as long as it does.
  private readonly parent = readParent(stackInfo().pids.gateway);

  /** The running notifier: the platform's, or the one an earlier restart left (a reused platform). */
  private get pid(): number {
    try {
      const restarted = Number(readFileSync(this.pidFile, 'utf8'));
      if (alive(restarted)) return restarted;
    } catch {
      // never restarted
    }
    return stackInfo().pids.notifications;
  }

  private async answers(): Promise<boolean> {
    try {
      return (await fetch(`http://127.0.0.1:${stackInfo().notifier.env.PORT}/health`)).ok;
    } catch {
      return false;
    }
  }

  async kill(): Promise<void> {
    if (this.child) {
      const exited = new Promise((resolve) => this.child!.once('exit', resolve));
      this.child.kill('SIGKILL');
      await exited;
      this.child = null;
      return;
    }
    const pid = this.pid;
    if (!alive(pid)) return;
    process.kill(pid, 'SIGKILL');
    await eventually(() => !alive(pid), 'the notifier to die', 10_000);
  }

  /**
   * Has it started again: the platform's launcher restarts a process that died (with a second's
   * back-off), so that one is waited for first; only a platform that does not (an older one,
   * reused) gets a notifier of ours, with the platform's settings, living as long as it does.
   */
  async start(): Promise<void> {
    const { notifier, logDir } = stackInfo();
    const restartedByLauncher = await eventually(() => this.answers(), 'the launcher to restart the notifier', 20_000).catch(() => false);
    if (restartedByLauncher) return;
    const log = openSync(path.join(logDir, 'notifications-restarted.log'), 'a');
    this.child = spawn(process.execPath, [path.join(repoRoot, 'services', 'notifications', 'dist', 'main.js')], {
      env: { ...process.env, ...notifier.env, QINSHANG_PARENT_PID: String(this.parent) },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.child.unref();
    writeFileSync(this.pidFile, String(this.child.pid));
    const child = this.child;
    const answers = () => this.answers();
    await eventually(async () => {
      if (child.exitCode === null) return answers();
      // The platform's launcher started one again first and holds the port (ours could not
      // listen and exited): that one is the notifier back.
      if (await answers()) {
        this.child = null;
        return true;
      }
      throw new Error(`the notifier exited (${child.exitCode}); see notifications-restarted.log`);
    }, 'the restarted notifier to answer');
  }
}

function readParent(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    return process.pid;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
