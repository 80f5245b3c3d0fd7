import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** What the running test platform tells the tests. */
export interface StackInfo {
  gatewayUrl: string;
  adminDatabaseUrl: string;
  appDatabaseUrl: string;
  subgraphUrls: Record<'city' | 'districts' | 'issues' | 'evaluation' | 'identity' | 'notifications', string>;
  /** The embedded OpenID provider (its issuer) and the seeded accounts' development password. */
  identityUrl: string;
  devPassword: string;
  /** The notifier's environment as the platform started it (to start a replacement or a replica), and the port its SMTP_URL points at. */
  notifier: { env: Record<string, string>; smtpPort: number };
  devKey: string;
  logDir: string;
  /** The test platform's own process: SIGUSR2 restarts its database. */
  stackPid?: number;
  pids: Record<string, number>;
}

export const STACK_ENV = 'QINSHANG_TEST_STACK';

/** Starts `infra/dist/test-stack.js` and resolves once it prints READY. */
/**
 * How long the test platform may take to start: 15 minutes by default (a quiet machine needs
 * about 40 s; a 2-core machine shared by many runs has needed over 6 minutes, mostly the
 * generated history's seed), or `QINSHANG_TEST_START_TIMEOUT_MS`. It waits on the platform's own
 * READY line, never on time; the limit only turns a platform that will never start into an error.
 */
export const TEST_STACK_START_TIMEOUT_MS = Number(process.env.QINSHANG_TEST_START_TIMEOUT_MS) || 900_000;

export function launchTestStack(repoRoot: string, timeoutMs = TEST_STACK_START_TIMEOUT_MS, env: Record<string, string> = {}): Promise<{ info: StackInfo; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'infra', 'dist', 'test-stack.js')], {
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the test platform did not start within ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    let stdout = '';
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const line = stdout.split('\n').find((l) => l.startsWith('READY '));
      if (line) {
        clearTimeout(timer);
        resolve({ info: JSON.parse(line.slice(6)) as StackInfo, child });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test platform exited (${code}) before it was ready\n${stderr}`));
    });
  });
}

/** The running platform, as the global set-up left it for the tests. */
export function stackInfo(): StackInfo {
  const raw = process.env[STACK_ENV];
  if (!raw) throw new Error(`${STACK_ENV} is not set: run the integration tests through jest's global set-up`);
  return JSON.parse(raw) as StackInfo;
}

/** The last lines a service logged (to explain a failure). */
export function serviceLog(name: string, lines = 40): string {
  try {
    return readFileSync(path.join(stackInfo().logDir, `${name}.log`), 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
