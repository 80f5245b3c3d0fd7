import type { ChildProcess } from 'node:child_process';
import { stackInfo } from '@qinshang/testkit';

export default async function globalTeardown() {
  const child = (globalThis as { __QINSHANG_STACK__?: ChildProcess }).__QINSHANG_STACK__;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
  // The platform stops its own processes; say so loudly if one outlived it.
  const stray = Object.entries(stackInfo().pids).filter(([, pid]) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
  if (stray.length) {
    process.stderr.write(`[integration] processes outlived the platform: ${stray.map(([n, p]) => `${n} (${p})`).join(', ')}\n`);
    for (const [, pid] of stray) process.kill(pid, 'SIGKILL');
    process.exitCode = 1;
  }
}
