import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Role, signDevToken } from '@qinshang/auth';
import { CONTRACT_ESCALATION_FEED as QUERY } from '@qinshang/feed-client';
import { feedHeadCursor, launchTestStack, STACK_ENV, type StackInfo } from '@qinshang/testkit';
import { Client } from 'pg';
import { FeedSockets, percentiles } from './bench/feed-sockets';
import { heapProbeEnv, readHeap, type HeapReading } from './bench/heap';
import { repoRoot } from './processes';

/**
 * `npm run -s bench:feeds [-- --subscribers 1000 --tokens N --events 10 --gap 1000 --resume]`: N escalation
 * feed subscribers on one gateway (each its own socket; by default each its own CITY_ADMIN token,
 * the contract's operation), then E escalations one after another; then the same frames, as the
 * subscribers received them, broadcast to N sockets by a bare `ws` server in its own process.
 * Prints delivery latency (gateway: from the event's recorded_at, written just before the
 * commit; bare: from the start of the broadcast) as percentiles with the ratio, and memory per
 * idle subscriber: heap after a full collection (the processes run with --expose-gc and a heap
 * probe) and resident set, of the gateway, the issues subgraph and the bare server. With
 * `--resume` every subscriber sends `after` (the log's head), as clients do after a drop, and
 * the issues subgraph's live subscriptions are printed idle and after the events. Not a test.
 */
const TENANT = 'HT';
const DIST = path.join(repoRoot, 'infra', 'dist', 'bench');

async function main() {
  const { values } = parseArgs({
    options: { subscribers: { type: 'string', default: '1000' }, tokens: { type: 'string' }, events: { type: 'string', default: '10' }, gap: { type: 'string', default: '1000' }, resume: { type: 'boolean', default: false } },
  });
  const subscribers = Number(values.subscribers);
  const tokens = Number(values.tokens ?? values.subscribers);
  const eventCount = Number(values.events);
  const gapMs = Number(values.gap);
  // A reused platform started with the heap probe (HEAP_PROBE_DIR and NODE_OPTIONS as heapProbeEnv sets them) is probed too.
  const reusedProbe = process.env[STACK_ENV] ? process.env.HEAP_PROBE_DIR : undefined;
  const probeDir = reusedProbe ?? mkdtempSync(path.join(os.tmpdir(), 'qinshang-heap-'));
  const probe = heapProbeEnv(path.join(DIST, 'heap-probe.js'), probeDir);

  let info: StackInfo;
  let stopStack = async () => undefined as void;
  let probed = true;
  if (process.env[STACK_ENV]) {
    info = JSON.parse(process.env[STACK_ENV]!) as StackInfo;
    probed = Boolean(reusedProbe);
  } else {
    log('starting a fresh platform (set QINSHANG_TEST_STACK to reuse one; heap figures need a fresh one)...');
    const launched = await launchTestStack(repoRoot, 600_000, probe);
    info = launched.info;
    stopStack = async () => {
      launched.child.kill('SIGTERM');
      await new Promise((resolve) => launched.child.once('exit', resolve));
    };
  }
  const sign = (sub: string, claims: Record<string, string>) =>
    signDevToken({ sub, ...claims } as never, { devKey: info.devKey, issuer: 'qinshang-dev', audience: 'qinshang', expiresIn: 7200 });
  const officeToken = await sign('bench:office', { role: Role.DISTRICT_ADMIN, districtId: TENANT });
  const gql = async <T>(query: string, variables: Record<string, unknown>) => {
    const response = await fetch(info.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${officeToken}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  // Problems to escalate, raised before anyone subscribes.
  const enterprises = (
    await gql<{ district: { enterprises: { edges: Array<{ node: { id: string } }> } } }>('query($id: ID!) { district(id: $id) { enterprises(first: 20) { edges { node { id } } } } }', { id: TENANT })
  ).district.enterprises.edges.map((edge) => edge.node.id);
  const problems: string[] = [];
  for (let i = 0; i < eventCount; i++) {
    const data = await gql<{ raiseIssue: { issue: { id: string } } }>('mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }', {
      input: { enterpriseId: enterprises[i % enterprises.length], category: 'FINANCING', title: `基准测试 ${i}`, description: 'bench' },
    });
    problems.push(data.raiseIssue.issue.id);
  }

  const heap = async (pid: number): Promise<HeapReading | null> => (probed ? readHeap(pid, probeDir) : null);
  const rss = (pid: number) => rssBytes(pid);
  const gatewayBefore = { heap: await heap(info.pids.gateway), rss: rss(info.pids.gateway) };
  const issuesBefore = { heap: await heap(info.pids.issues), rss: rss(info.pids.issues) };

  const feed = new FeedSockets(eventKey);
  const cityTokens = await Promise.all(Array.from({ length: tokens }, (_, i) => sign(`bench:city:${i}`, { role: Role.CITY_ADMIN })));
  const subscribeStarted = Date.now();
  const wsUrl = info.gatewayUrl.replace(/^http/, 'ws');
  const variables: Record<string, unknown> = { level: 'DISTRICT' };
  if (values.resume) variables.after = await feedHeadCursor(info.adminDatabaseUrl);
  await openAll(subscribers, (i) => feed.open(wsUrl, { token: cityTokens[i % tokens], subscribe: { query: QUERY, variables } }), () => feed.acknowledged);
  await sleep(3000); // the subscribe messages reach the issues subgraph
  log(`${feed.acknowledged} of ${subscribers} subscribers connected in ${((Date.now() - subscribeStarted) / 1000).toFixed(1)} s`);
  const upstreamsIdle = await issuesSubscriptions(info.subgraphUrls.issues);
  const gatewayIdle = { heap: await heap(info.pids.gateway), rss: rss(info.pids.gateway) };
  const issuesIdle = { heap: await heap(info.pids.issues), rss: rss(info.pids.issues) };

  const escalations: string[] = [];
  for (const issueId of problems) {
    const data = await gql<{ escalateIssue: { escalation: { id: string } } }>('mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { escalation { id } } }', { input: { issueId, reason: 'bench' } });
    escalations.push(data.escalateIssue.escalation.id);
    await sleep(gapMs);
  }
  await waitFor(() => escalations.every((id) => (feed.received.get(id)?.length ?? 0) >= subscribers), 180_000);
  const upstreamsAfter = await issuesSubscriptions(info.subgraphUrls.issues);
  const db = new Client({ connectionString: info.adminDatabaseUrl });
  await db.connect();
  const { rows } = await db.query<{ id: string; at: Date }>(
    'SELECT e.id, ev.recorded_at AS at FROM issues.escalation e JOIN eventlog.event ev ON ev.position = e.event_position WHERE e.id = ANY($1::uuid[])',
    [escalations],
  );
  await db.end();
  const committed = new Map(rows.map((row) => [row.id, row.at.getTime()]));
  const gatewayLatency = escalations.flatMap((id) => (feed.received.get(id) ?? []).map((at) => at - committed.get(id)!));
  const frames = escalations.map((id) => feed.frames.get(id)).filter((frame): frame is string => Boolean(frame));
  const gatewayErrors = [...feed.errors];
  feed.close();

  // The baseline: the same frames from a bare ws server to as many sockets.
  const bare = await startBare(probe);
  const bareBefore = { heap: await heap(bare.pid), rss: rss(bare.pid) };
  const plain = new FeedSockets(eventKey);
  await openAll(subscribers, () => plain.open(`ws://127.0.0.1:${bare.port}`, {}), () => plain.opened);
  await sleep(1000);
  const bareIdle = { heap: await heap(bare.pid), rss: rss(bare.pid) };
  const response = await fetch(`http://127.0.0.1:${bare.port}/broadcast`, { method: 'POST', body: JSON.stringify({ frames, gapMs }) });
  const { started } = (await response.json()) as { started: number[] };
  const keys = frames.map((frame) => eventKey(frame)!);
  await waitFor(() => keys.every((key) => (plain.received.get(key)?.length ?? 0) >= subscribers), 120_000);
  const bareLatency = keys.flatMap((key, i) => (plain.received.get(key) ?? []).map((at) => at - started[i]));
  plain.close();
  bare.stop();

  const g = percentiles(gatewayLatency);
  const b = percentiles(bareLatency);
  const perSub = (before: { heap: HeapReading | null; rss: number }, idle: { heap: HeapReading | null; rss: number }) => {
    const heapKb = before.heap && idle.heap ? (idle.heap.heapUsed + idle.heap.external - before.heap.heapUsed - before.heap.external) / 1024 / subscribers : NaN;
    return `heap+external ${heapKb.toFixed(1)} KiB, RSS ${((idle.rss - before.rss) / 1024 / subscribers).toFixed(1)} KiB`;
  };
  const lines = [
    `escalation feed: ${subscribers} subscribers (${tokens} distinct CITY_ADMIN tokens), one socket each, the contract's operation${values.resume ? ' with `after` (resuming)' : ''}; ${eventCount} escalations ${gapMs} ms apart; frames of ${frames[0]?.length ?? 0} bytes`,
    `subscriptions on the issues subgraph: ${upstreamsIdle} idle, ${upstreamsAfter} after the events`,
    `| path | delivered | p50 ms | p95 ms | p99 ms | max ms |`,
    `|---|---|---|---|---|---|`,
    `| gateway (commit → subscriber) | ${gatewayLatency.length} / ${subscribers * eventCount} | ${g.p50} | ${g.p95} | ${g.p99} | ${g.max} |`,
    `| bare ws broadcast of the same frames | ${bareLatency.length} / ${subscribers * frames.length} | ${b.p50} | ${b.p95} | ${b.p99} | ${b.max} |`,
    `p99 ratio gateway / bare: ${(g.p99 / b.p99).toFixed(2)} (goal ≤ 3)`,
    `memory per idle subscriber, after GC: gateway ${perSub(gatewayBefore, gatewayIdle)}; issues ${perSub(issuesBefore, issuesIdle)}; bare ws server ${perSub(bareBefore, bareIdle)} (goal: gateway ≤ 20 KB)`,
  ];
  for (const [kind, count] of gatewayErrors) lines.push(`  gateway: ${count} x ${kind}`);
  for (const [kind, count] of plain.errors) lines.push(`  bare: ${count} x ${kind}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  await stopStack();
  if (!reusedProbe) rmSync(probeDir, { recursive: true, force: true });
  process.exit(0);
}

/** The issues subgraph's live subscriptions, from its /metrics. */
async function issuesSubscriptions(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
  return Number(/^qinshang_live_subscriptions\{kind="subgraph"\} (\d+)/m.exec(text)?.[1] ?? NaN);
}

/** The escalation a `next` frame carries; null for anything else (errors included). */
function eventKey(frame: string): string | null {
  try {
    const message = JSON.parse(frame) as { type?: string; payload?: { data?: { escalationRaised?: { escalation?: { id?: string } } } } };
    return message.type === 'next' ? (message.payload?.data?.escalationRaised?.escalation?.id ?? null) : null;
  } catch {
    return null;
  }
}

/** Opens `count` sockets in batches of 200, each batch once the last one is through. */
async function openAll(count: number, open: (i: number) => void, done: () => number): Promise<void> {
  for (let i = 0; i < count; i++) {
    open(i);
    if (i % 200 === 199) await waitFor(() => done() >= i - 50, 60_000);
  }
  await waitFor(() => done() >= count, 120_000);
}

async function startBare(env: Record<string, string>): Promise<{ pid: number; port: number; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(DIST, 'bare-broadcast.js')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /LISTENING (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the bare ws server exited (${code})`)));
  });
  return { pid: child.pid!, port, stop: () => child.kill('SIGTERM') };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await sleep(100);
}

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stderr.write(`[bench:feeds] ${line}\n`);

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
