import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Role } from '@qinshang/auth';
import { CONTRACT_ESCALATION_FEED as QUERY } from '@qinshang/feed-client';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { benchLog, benchPlatform, sleep } from './bench/stack';

/**
 * `npm run -s bench:feeds`: N concurrent escalation-feed subscribers on one gateway (each its
 * own socket and token, the contract's operation), then E escalations raised one after another.
 * Prints the delivery latency from commit (the event's recorded_at, written just before the
 * commit) to the subscriber, as percentiles, and the memory per subscriber of the gateway and
 * the issues subgraph (resident set growth / N). Not a test: figures depend on the machine.
 */
const TENANT = 'HT';

async function main() {
  const { values } = parseArgs({ options: { subscribers: { type: 'string', default: '1000' }, events: { type: 'string', default: '10' }, gap: { type: 'string', default: '1000' } } });
  const subscribers = Number(values.subscribers);
  const eventCount = Number(values.events);
  const gapMs = Number(values.gap);

  const { info, stop: stopStack, token: sign, gql: send } = await benchPlatform('bench');
  const officeToken = await sign({ role: Role.DISTRICT_ADMIN, districtId: TENANT });
  const gql = <T>(query: string, variables: Record<string, unknown>) => send<T>(officeToken, query, variables);

  // Problems to escalate, raised before anyone subscribes.
  const enterprises = (await gql<{ district: { enterprises: { edges: Array<{ node: { id: string } }> } } }>(
    'query($id: ID!) { district(id: $id) { enterprises(first: 20) { edges { node { id } } } } }',
    { id: TENANT },
  )).district.enterprises.edges.map((edge) => edge.node.id);
  const problems: string[] = [];
  for (let i = 0; i < eventCount; i++) {
    const data = await gql<{ raiseIssue: { issue: { id: string } } }>('mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }', {
      input: { enterpriseId: enterprises[i % enterprises.length], category: 'FINANCING', title: `基准测试 ${i}`, description: 'bench' },
    });
    problems.push(data.raiseIssue.issue.id);
  }

  const before = { gateway: rssKb(info.pids.gateway), issues: rssKb(info.pids.issues) };
  const received = new Map<string, number[]>(); // escalation id -> receive times (ms since epoch)
  const clients: WsClient[] = [];
  let ready = 0;
  let failures = 0;
  const errorKinds = new Map<string, number>();
  const subscribeStarted = Date.now();
  for (let i = 0; i < subscribers; i++) {
    const token = await sign({ role: Role.CITY_ADMIN });
    const client = createClient({ url: info.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
    clients.push(client);
    client.subscribe<{ escalationRaised: { escalation: { id: string } } }>(
      { query: process.env.BENCH_QUERY ?? QUERY, variables: { level: 'DISTRICT' } },
      {
        next: (result) => {
          const now = Date.now();
          if (result.errors) {
            failures++;
            const key = JSON.stringify(result.errors.map((e) => [e.extensions?.code, e.message]));
            errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
            if (!result.data?.escalationRaised) return;
          }
          const id = result.data!.escalationRaised.escalation.id;
          const list = received.get(id) ?? [];
          list.push(now);
          received.set(id, list);
        },
        error: (error) => {
          failures++;
          const key = JSON.stringify(error).slice(0, 200);
          errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
        },
        complete: () => undefined,
      },
    );
    client.on('connected', () => ready++);
    if (i % 100 === 99) await sleep(50);
  }
  while (ready < subscribers && Date.now() - subscribeStarted < 120_000) await sleep(100);
  await sleep(2000); // the subscribe messages reach the issues subgraph
  const subscribed = { gateway: rssKb(info.pids.gateway), issues: rssKb(info.pids.issues) };
  log(`${ready} subscribers connected in ${((Date.now() - subscribeStarted) / 1000).toFixed(1)} s`);

  const escalations: string[] = [];
  const raisedStarted = Date.now();
  for (const issueId of problems) {
    const data = await gql<{ escalateIssue: { escalation: { id: string } } }>('mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { escalation { id } } }', {
      input: { issueId, reason: 'bench' },
    });
    escalations.push(data.escalateIssue.escalation.id);
    await sleep(gapMs);
  }
  const deadline = Date.now() + 120_000;
  const complete = () => escalations.every((id) => (received.get(id)?.length ?? 0) >= subscribers);
  while (!complete() && Date.now() < deadline) await sleep(200);
  const after = { gateway: rssKb(info.pids.gateway), issues: rssKb(info.pids.issues) };

  // Commit time: the event's recorded_at (clock_timestamp() at insert, the change's last write).
  const db = new Client({ connectionString: info.adminDatabaseUrl });
  await db.connect();
  const { rows } = await db.query<{ id: string; at: Date }>(
    'SELECT e.id, ev.recorded_at AS at FROM issues.escalation e JOIN eventlog.event ev ON ev.position = e.event_position WHERE e.id = ANY($1::uuid[])',
    [escalations],
  );
  await db.end();
  const committed = new Map(rows.map((row) => [row.id, row.at.getTime()]));
  const latencies: number[] = [];
  let delivered = 0;
  for (const id of escalations) {
    for (const at of received.get(id) ?? []) {
      latencies.push(at - committed.get(id)!);
      delivered++;
    }
  }
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  const perSubscriber = (name: 'gateway' | 'issues', at: typeof after) => ((at[name] - before[name]) / subscribers).toFixed(1);

  const lines = [
    `escalation feed benchmark: ${subscribers} subscribers on one gateway (one socket and token each, contract operation), ${eventCount} escalations ${gapMs} ms apart`,
    `delivered ${delivered} of ${subscribers * eventCount} (${failures} subscriber errors) in ${((Date.now() - raisedStarted) / 1000).toFixed(1)} s`,
    `latency commit -> subscriber (ms): p50 ${pct(50)}  p95 ${pct(95)}  p99 ${pct(99)}  max ${latencies.at(-1)}`,
    `memory per subscriber, once subscribed (KiB RSS): gateway ${perSubscriber('gateway', subscribed)}  issues ${perSubscriber('issues', subscribed)}`,
    `memory per subscriber, after the events (KiB RSS): gateway ${perSubscriber('gateway', after)}  issues ${perSubscriber('issues', after)}`,
    `resident sets (MiB): gateway ${mb(before.gateway)} -> ${mb(after.gateway)}, issues ${mb(before.issues)} -> ${mb(after.issues)}`,
  ];
  for (const [kind, count] of errorKinds) lines.push(`  ${count} x ${kind.slice(0, 300)}`);
  process.stdout.write(`${lines.join('\n')}\n`);

  await Promise.all(clients.map((client) => client.dispose()));
  await stopStack();
  process.exit(0);
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

const mb = (kb: number) => (kb / 1024).toFixed(0);
const log = benchLog('bench');

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
