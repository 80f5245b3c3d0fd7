import { enterSystemScope } from '@qinshang/database';
import { appendEvents } from '@qinshang/eventlog';
import { Client } from 'pg';
import { rebuildProjections } from '../../projection/rebuild';
import { generateHistory } from '../synthetic/history';

/*
 * How fast a rebuild replays the log. Against a running platform's database (the application
 * role's URL in APP_DATABASE_URL), inside ONE transaction that is rolled back at the end: it
 * appends a synthetic history, rebuilds every projection from the whole log, prints events per
 * second, and leaves nothing behind (it holds the log's head lock while it runs: other writers
 * wait). Not a test: numbers depend on the machine.
 *
 *   APP_DATABASE_URL=postgres://qinshang_app:...@127.0.0.1:5433/qinshang \
 *     npm run -w services/evaluation bench:rebuild -- --tenants 21 --officials 70 --months 12
 */
function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main() {
  const url = process.env.APP_DATABASE_URL ?? process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('Set APP_DATABASE_URL to the application role URL of a running platform');
  const history = generateHistory({ prefix: `BENCH${Date.now().toString(36).toUpperCase()}`, tenants: arg('tenants', 21), officialsPerTenant: arg('officials', 70), from: '2090-01', months: arg('months', 12), rulesVersion: 9001 });
  const client = new Client({ connectionString: url, application_name: 'qinshang-bench-rebuild' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await enterSystemScope(client, { actor: 'system:bench' });
    const appendStarted = Date.now();
    for (let i = 0; i < history.events.length; i += 5000) await appendEvents(client, 'bench', history.events.slice(i, i + 5000));
    const appendMs = Date.now() - appendStarted;
    const result = await rebuildProjections(client);
    const perSecond = Math.round((result.events / result.ms) * 1000);
    process.stdout.write(
      `synthetic events appended: ${history.events.length} in ${appendMs} ms\n` +
        `rebuild: ${result.events} events (whole log) in ${result.ms} ms = ${perSecond} events/s\n`,
    );
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

main().catch((error) => {
  process.stderr.write(`bench:rebuild failed: ${error.message}\n`);
  process.exit(1);
});
