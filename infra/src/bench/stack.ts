import { spawn, type ChildProcess } from 'node:child_process';
import { signDevToken, type Caller } from '@qinshang/auth';
import { launchTestStack, STACK_ENV, type StackInfo } from '@qinshang/testkit';
import { repoRoot } from '../processes';

/** What every benchmark starts from: a platform (fresh, or the one in QINSHANG_TEST_STACK) and its tokens. */
export interface BenchPlatform {
  info: StackInfo;
  /** Stops the platform if this benchmark started it (a reused one is left running). */
  stop: () => Promise<void>;
  /** A development token for the platform's key, valid for an hour. */
  token: (claims: Omit<Caller, 'expiresAt' | 'sub'> & { sub?: string }) => Promise<string>;
  /** Sends one operation through the platform's gateway with `token`; throws on any error. */
  gql: <T>(token: string, query: string, variables?: Record<string, unknown>) => Promise<T>;
}

/** A logger to stderr with the benchmark's name, so stdout holds only the figures. */
export const benchLog = (name: string) => (line: string) => process.stderr.write(`[${name}] ${line}\n`);

/**
 * Starts a fresh test platform (or takes the one in QINSHANG_TEST_STACK). `env` reaches the
 * platform's processes (e.g. GATEWAY_RESPONSE_CACHE=false).
 */
export async function benchPlatform(name: string, env: Record<string, string> = {}): Promise<BenchPlatform> {
  const log = benchLog(name);
  let info: StackInfo;
  let stop = async () => undefined as void;
  if (process.env[STACK_ENV]) {
    info = JSON.parse(process.env[STACK_ENV]!) as StackInfo;
  } else {
    log('starting a fresh platform (set QINSHANG_TEST_STACK to reuse one)...');
    const launched = await launchTestStack(repoRoot, 600_000, env);
    info = launched.info;
    stop = async () => {
      if (launched.child.exitCode !== null) return;
      launched.child.kill('SIGTERM');
      await new Promise((resolve) => launched.child.once('exit', resolve));
    };
  }
  const token: BenchPlatform['token'] = (claims) =>
    signDevToken({ sub: `bench:${claims.role}:${Math.random().toString(36).slice(2)}`, ...claims } as never, { devKey: info.devKey, issuer: 'qinshang-dev', audience: 'qinshang', expiresIn: 3600 });
  const gql = async <T>(bearer: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(info.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return { info, stop, token, gql };
}

export { freePort } from '../ports';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a node script that prints `READY <url>` once it serves, and resolves with that URL
 * (its other output goes to `logFile`, or is dropped). `stop()` sends SIGTERM and waits.
 */
export function startReporting(script: string, env: Record<string, string>, timeoutMs = 120_000): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env, QINSHANG_PARENT_PID: String(process.pid) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} was not ready in ${timeoutMs} ms\n${output}`)), timeoutMs);
    let stdout = '';
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.startsWith('READY '));
      if (line) {
        clearTimeout(timer);
        resolve({ url: line.slice(6).trim(), child, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before it was ready\n${output}`));
    });
  });
}
