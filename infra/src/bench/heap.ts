import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface HeapReading {
  heapUsed: number;
  rss: number;
  external: number;
  arrayBuffers: number;
}

/** Environment that loads the heap probe into every process started with it. */
export function heapProbeEnv(probeScript: string, dir: string): Record<string, string> {
  return { HEAP_PROBE_DIR: dir, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --require ${probeScript}`.trim() };
}

/** Asks a probed process to collect garbage and report its memory; waits for the fresh reading. */
export async function readHeap(pid: number, dir: string, timeoutMs = 30_000): Promise<HeapReading> {
  const file = path.join(dir, `${pid}.json`);
  const since = existsSync(file) ? statSync(file).mtimeMs : 0;
  process.kill(pid, 'SIGUSR2');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (existsSync(file) && statSync(file).mtimeMs > since) {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as HeapReading;
      } catch {
        // still being written
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`process ${pid} did not report its heap (is the heap probe loaded?)`);
}
