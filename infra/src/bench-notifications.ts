import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Role } from '@qinshang/auth';
import { Client } from 'pg';
import { benchLog, benchPlatform } from './bench/stack';

/**
 * `npm run -s bench:notifications [-- --events 1000 --writers 4]`: a district office registers a
 * JSON webhook for `issue.raised` to a receiver on loopback, then E problems are raised through
 * the gateway by W concurrent writers. Prints the delay from commit (the event's recorded_at,
 * written just before the commit) to the webhook's arrival, as percentiles. Not a test.
 */
const TENANT = '610111';

async function main() {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '1000' }, writers: { type: 'string', default: '4' } } });
  const eventCount = Number(values.events);
  const writers = Number(values.writers);

  const { info, stop: stopStack, token: sign, gql: send } = await benchPlatform('bench:notifications');
  const token = await sign({ role: Role.DISTRICT_ADMIN, districtId: TENANT, sub: 'bench:notifications:office' });
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => send<T>(token, query, variables);

  // The receiver: when each delivery arrived, by the event's log position (its cursor).
  const arrivals = new Map<string, number>();
  const tag = `bench-${Date.now().toString(36)}`;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const at = Date.now();
      try {
        const json = JSON.parse(body) as { cursor: string };
        const position = Buffer.from(json.cursor, 'base64url').toString().slice(3);
        if (!arrivals.has(position)) arrivals.set(position, at);
      } catch {
        // not ours
      }
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${tag}`;
  await gql('mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { id } }', { input: { url, events: ['issue.raised'], format: 'JSON' } });

  const enterprises = (
    await gql<{ district: { enterprises: { edges: Array<{ node: { id: string } }> } } }>('query($id: ID!) { district(id: $id) { enterprises(first: 50) { edges { node { id } } } } }', { id: TENANT })
  ).district.enterprises.edges.map((edge) => edge.node.id);
  log(`raising ${eventCount} problems with ${writers} writers; a webhook for issue.raised receives them`);
  const started = Date.now();
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < eventCount) {
        const i = next++;
        const data = await gql<{ raiseIssue: { issue: { id: string } } }>('mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }', {
          input: { enterpriseId: enterprises[i % enterprises.length], category: 'FINANCING', title: `${tag} ${i}`, description: 'bench' },
        });
        ids.push(data.raiseIssue.issue.id);
      }
    }),
  );
  const written = Date.now();
  const admin = new Client({ connectionString: info.adminDatabaseUrl });
  await admin.connect();
  const { rows } = await admin.query<{ position: string; recorded_at: Date }>(
    "SELECT position::text AS position, recorded_at FROM eventlog.event WHERE type = 'issue.raised' AND stream_id = ANY($1)",
    [ids],
  );
  const deadline = Date.now() + 300_000;
  while (rows.some((row) => !arrivals.has(row.position)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const delays = rows.filter((row) => arrivals.has(row.position)).map((row) => arrivals.get(row.position)! - row.recorded_at.getTime()).sort((a, b) => a - b);
  const pct = (p: number) => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))];
  process.stdout.write(
    [
      `events: ${rows.length} issue.raised, delivered to the webhook: ${delays.length}`,
      `written in ${((written - started) / 1000).toFixed(1)} s (${(rows.length / ((written - started) / 1000)).toFixed(0)} events/s); last delivery ${((Math.max(...arrivals.values()) - started) / 1000).toFixed(1)} s after the first write`,
      `commit -> webhook delivery: p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${delays[delays.length - 1]} ms`,
      '',
    ].join('\n'),
  );
  await admin.end();
  server.closeAllConnections();
  server.close();
  await stopStack();
}

const log = benchLog('bench:notifications');

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
