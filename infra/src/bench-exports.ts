import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Role, signDevToken } from '@qinshang/auth';
import { launchTestStack, STACK_ENV, type StackInfo } from '@qinshang/testkit';
import { Client } from 'pg';
import { repoRoot } from './processes';

/**
 * `npm run -s bench:exports [-- --rows 100000 --district 610111]`: puts N more problems on one
 * tenant's ledger (copies of one of its rows, in one INSERT ... SELECT into issues.issue with the
 * triggers off, on a fresh platform or the one in QINSHANG_TEST_STACK), then downloads `/exports/ledger.xlsx` and `.csv` for that tenant
 * through the gateway as its office. Prints, for each, the rows, the bytes, the time to the last
 * byte and the peak resident memory of the exporting process (the issues subgraph) and of the
 * gateway during the download: each process's VmHWM, reset just before (clear_refs 5), so the
 * figure is the true peak, not a sample. Not a test: figures depend on the machine.
 */
async function main() {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, district: { type: 'string', default: '610111' } } });
  const rows = Number(values.rows);
  const district = values.district!;

  let info: StackInfo;
  let stopStack = async () => undefined as void;
  if (process.env[STACK_ENV]) {
    info = JSON.parse(process.env[STACK_ENV]!) as StackInfo;
  } else {
    log('starting a fresh platform (set QINSHANG_TEST_STACK to reuse one)...');
    const launched = await launchTestStack(repoRoot);
    info = launched.info;
    stopStack = async () => {
      launched.child.kill('SIGTERM');
      await new Promise((resolve) => launched.child.once('exit', resolve));
    };
  }
  try {
    const db = new Client({ connectionString: info.adminDatabaseUrl });
    await db.connect();
    const started = Date.now();
    // Every column of one of the tenant's own rows, with a fresh id and ledger number (year 2099,
    // which no real row uses): the rows the ledger itself wrote, a hundred thousand times. Loaded as
    // a restore loads a table: in one transaction with the triggers off (the ledger's per-row
    // trigger adds each row to issues.district_stats, one row per tenant: a hundred thousand
    // updates of one row in one transaction, each walking the versions before it, never end),
    // then the tenant's figures counted once, as that trigger would have left them.
    await db.query('BEGIN');
    await db.query("SET LOCAL session_replication_role = 'replica'");
    // Column by column: a copy of the row but for these (a row turned into JSON and back, per row,
    // took 14 ms a row here: 100,000 would have taken over twenty minutes).
    const fresh: Record<string, string> = {
      id: 'gen_random_uuid()',
      ledger_no: "t.district_id || '-2099-' || lpad(g::text, 6, '0')",
      title: "'基准测试问题 ' || g",
      raised_at: 't.raised_at - make_interval(secs => g)',
    };
    const names = (
      await db.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = 'issues.issue'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
      )
    ).rows.map((r) => r.name);
    const inserted = await db.query(
      `INSERT INTO issues.issue (${names.map((n) => `"${n}"`).join(', ')})
       SELECT ${names.map((n) => fresh[n] ?? `t."${n}"`).join(', ')}
         FROM (SELECT * FROM issues.issue WHERE district_id = $1 ORDER BY raised_at LIMIT 1) t, generate_series(1, $2::int) g`,
      [district, rows],
    );
    await db.query("SET LOCAL session_replication_role = 'origin'");
    await db.query('SELECT issues.recount_district_stats($1)', [[district]]);
    await db.query('COMMIT');
    const [{ total }] = (await db.query('SELECT count(*)::int AS total FROM issues.issue WHERE district_id = $1', [district])).rows;
    log(`${inserted.rowCount} rows added to ${district}'s ledger in ${((Date.now() - started) / 1000).toFixed(1)} s (one INSERT ... SELECT, triggers off, the tenant's figures counted once); it now holds ${total}`);
    await db.query('ANALYZE issues.issue');
    await db.end();

    const token = await signDevToken({ sub: `bench:${district}-office`, role: Role.DISTRICT_ADMIN, districtId: district } as never, {
      devKey: info.devKey,
      issuer: 'qinshang-dev',
      audience: 'qinshang',
      expiresIn: 3600,
    });
    const pids = { issues: info.pids.issues, gateway: info.pids.gateway };
    for (const format of ['xlsx', 'csv'] as const) {
      const baseline = { issues: rssKb(pids.issues), gateway: rssKb(pids.gateway) };
      resetPeak(pids.issues);
      resetPeak(pids.gateway);
      const begun = performance.now();
      const response = await fetch(`${new URL(info.gatewayUrl).origin}/exports/ledger.${format}?districtId=${district}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      let bytes = 0;
      let firstByteMs = 0;
      let lines = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        if (!bytes) firstByteMs = performance.now() - begun;
        bytes += chunk.length;
        if (format === 'csv') for (const byte of chunk) if (byte === 10) lines++;
      }
      const ms = performance.now() - begun;
      const peak = { issues: peakKb(pids.issues), gateway: peakKb(pids.gateway) };
      console.log(
        [
          `ledger.${format}: ${format === 'csv' ? `${lines - 1} rows, ` : ''}${(bytes / 1024 / 1024).toFixed(1)} MiB in ${(ms / 1000).toFixed(1)} s (first byte ${firstByteMs.toFixed(0)} ms)`,
          `  issues subgraph (exporting): RSS ${mb(baseline.issues)} MiB before, peak ${mb(peak.issues)} MiB during (+${mb(peak.issues - baseline.issues)})`,
          `  gateway (streaming it on):   RSS ${mb(baseline.gateway)} MiB before, peak ${mb(peak.gateway)} MiB during (+${mb(peak.gateway - baseline.gateway)})`,
        ].join('\n'),
      );
    }
  } finally {
    await stopStack();
  }
}

function rssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

/** The process's peak resident set since the last reset (VmHWM). */
function peakKb(pid: number): number {
  return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

/** Resets VmHWM to the current resident set (Linux: `echo 5 > /proc/PID/clear_refs`). */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

const mb = (kb: number) => (kb / 1024).toFixed(0);
const log = (message: string) => process.stderr.write(`[bench:exports] ${message}\n`);

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
