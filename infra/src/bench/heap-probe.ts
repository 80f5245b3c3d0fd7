import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Preloaded into a benchmarked process (`NODE_OPTIONS="--expose-gc --require …/heap-probe.js"`,
 * with HEAP_PROBE_DIR set): on SIGUSR2 it collects garbage (twice, so what the first pass only
 * finalised is gone too) and writes `process.memoryUsage()` to `<HEAP_PROBE_DIR>/<pid>.json`.
 * Benchmarks only; nothing else loads it.
 */
const dir = process.env.HEAP_PROBE_DIR;
const collect = (globalThis as { gc?: () => void }).gc;
if (dir && collect) {
  process.on('SIGUSR2', () => {
    collect();
    collect();
    const usage = process.memoryUsage();
    writeFileSync(path.join(dir, `${process.pid}.json`), JSON.stringify({ at: Date.now(), ...usage }));
  });
}
