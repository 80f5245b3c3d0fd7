import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { readFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { operation } from '../contract/operations';
import { CITY, isSql, newTrace, repoRoot, TEST_STACK_START_TIMEOUT_MS, tracedPlatform, type TracedPlatform } from './platform';
import { summary } from './otlp-receiver';
import { family, observations, sample, scrape } from './prometheus';

const CITY_DASHBOARD = operation('city-dashboard.graphql', 'CityDashboard');
const ESCALATION_FEED = operation('escalation-feed.graphql', 'EscalationFeed');
const SUBGRAPHS = ['city', 'districts', 'issues', 'evaluation'];

let platform: TracedPlatform;

beforeAll(async () => {
  platform = await tracedPlatform();
}, TEST_STACK_START_TIMEOUT_MS + 30_000);

afterAll(async () => {
  await platform?.stop();
});

describe('traces across the federation (OTLP/HTTP to a receiver in the test)', () => {
  it("puts the contract's CityDashboard in one trace: the gateway, each subgraph it asks, and their SQL", async () => {
    const { traceId, traceparent } = newTrace();
    const requestId = `obs-${traceId.slice(0, 16)}`;
    const data = await platform.ok<{ city: { districts: unknown[] } }>(CITY, CITY_DASHBOARD, { period: '2016-07' }, { traceparent, 'x-request-id': requestId });
    expect(data.city.districts).toHaveLength(21);

    // Each process exports its spans in batches of its own: a subgraph's server span (ended last)
    // may come in a later batch than its statements, so wait for the whole tree.
    const complete = (spans: typeof platform.receiver.spans) => {
      const inTrace = spans.filter((span) => span.traceId === traceId);
      const gatewayIds = new Set(inTrace.filter((span) => span.service === 'gateway').map((span) => span.spanId));
      return SUBGRAPHS.every(
        (name) =>
          inTrace.some((span) => span.service === name && isSql(span)) &&
          inTrace.some((span) => span.service === name && span.parentSpanId && gatewayIds.has(span.parentSpanId)) &&
          inTrace.some((span) => span.service === 'gateway' && span.attributes['hive.gateway.upstream.subgraph.name'] === name),
      );
    };
    await platform.receiver.until(complete, `CityDashboard's spans from the gateway and ${SUBGRAPHS.join(', ')} with SQL, each subgraph's under a gateway span`);
    const spans = platform.receiver.trace(traceId);
    const services = new Set(spans.map((span) => span.service));
    for (const name of ['gateway', ...SUBGRAPHS]) expect(services).toContain(name);

    // The gateway's spans: the operation and the plan's fetches, one per subgraph asked.
    const gateway = spans.filter((span) => span.service === 'gateway');
    expect(gateway.some((span) => /CityDashboard/.test(span.name) || span.attributes['graphql.operation.name'] === 'CityDashboard')).toBe(true);
    const fetched = new Set(gateway.map((span) => span.attributes['hive.gateway.upstream.subgraph.name']).filter(Boolean));
    for (const name of SUBGRAPHS) expect(fetched).toContain(name);

    // Each subgraph's server span is a child of a gateway span: one tree, not five traces.
    const gatewayIds = new Set(gateway.map((span) => span.spanId));
    for (const name of SUBGRAPHS) {
      const own = spans.filter((span) => span.service === name);
      expect(own.some((span) => span.parentSpanId && gatewayIds.has(span.parentSpanId))).toBe(true);
      // Its resolvers and its statements (never their parameters).
      expect(own.some((span) => span.name.startsWith('graphql.resolve') || span.name.startsWith('graphql.execute'))).toBe(true);
      const sql = own.filter(isSql);
      expect(sql.length).toBeGreaterThan(0);
      expect(sql.every((span) => span.attributes['db.statement.parameters'] === undefined)).toBe(true);
    }
    // The caller's own span is the root's parent: the trace continues the caller's.
    expect(spans.every((span) => span.traceId === traceId)).toBe(true);

    // One request id in every process's log lines for the request, beside the trace's id.
    for (const name of ['gateway', ...SUBGRAPHS]) {
      const lines = await eventuallyLines(name, (line) => line.requestId === requestId);
      expect({ name, traceIds: [...new Set(lines.map((line) => line.trace_id))] }).toEqual({ name, traceIds: [traceId] });
      expect(lines.every((line) => typeof line.span_id === 'string')).toBe(true);
    }
  });

  it("links an escalation's feed delivery, and what the event log's consumers did with it, to the escalateIssue request", async () => {
    const districtId = '610111';
    const office = { role: 'DISTRICT_ADMIN' as never, districtId };
    const enterprises = await platform.ok<{ district: { enterprises: { edges: Array<{ node: { id: string } }> } } }>(
      office,
      'query($id: ID!) { district(id: $id) { enterprises(first: 1) { edges { node { id } } } } }',
      { id: districtId },
    );
    const enterpriseId = enterprises.district.enterprises.edges[0]?.node.id;
    expect(enterpriseId).toBeDefined();
    const raised = await platform.ok<{ raiseIssue: { issue: { id: string } } }>(office, 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }', {
      input: { enterpriseId, category: 'APPROVAL', title: '观测: 审批卡点', description: '需协调' },
    });

    // A live subscriber whose socket carries a trace of its own (W3C traceparent in the connection parameters).
    const subscriber = newTrace();
    const received: unknown[] = [];
    const socket = createClient({
      url: platform.info.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await platform.token(CITY)}`, traceparent: subscriber.traceparent },
      retryAttempts: 0,
    });
    const unsubscribe = socket.subscribe({ query: ESCALATION_FEED, variables: { level: 'DISTRICT' } }, { next: (value) => received.push(value), error: () => undefined, complete: () => undefined });
    // Subscribed once the issues subgraph has traced the subscribe under the subscriber's trace.
    await platform.receiver.until((spans) => spans.some((span) => span.traceId === subscriber.traceId && span.service === 'issues'), "the subscription's span in issues");

    const { traceId, traceparent } = newTrace();
    await platform.ok(office, 'mutation EscalateForTrace($input: EscalateIssueInput!) { escalateIssue(input: $input) { escalation { id } } }', { input: { issueId: raised.raiseIssue.issue.id, reason: '观测: 需要区级协调' } }, { traceparent });

    const linked = (span: { links: Array<{ traceId: string }> }) => span.links.some((link) => link.traceId === traceId);
    await platform.receiver.until((spans) => spans.some((span) => span.service === 'issues' && span.name === 'escalation-feed deliver' && linked(span)), 'feed delivery span linked to the escalation');
    const delivery = platform.receiver.spans.find((span) => span.name === 'escalation-feed deliver' && linked(span))!;
    // The subscriber got it, and its event's execution links to both the request and the subscription.
    await eventually(async () => received.length > 0, 'the escalation to reach the subscriber');
    unsubscribe();
    await socket.dispose();
    await platform.receiver.until(
      (spans) => spans.some((span) => span.service === 'issues' && span.name === 'graphql.subscription event' && linked(span) && span.links.some((link) => link.traceId === subscriber.traceId)),
      "the subscriber's event span linked to the escalation and to the subscription",
    );
    // Its own trace (a delivery is not part of the request), linked back to the request's.
    expect(delivery.traceId).not.toBe(traceId);
    expect(delivery.attributes['qinshang.event.type']).toBe('issue.escalated');

    // The notifier's router handles the same event in a batch linked to the same request.
    await platform.receiver.until((spans) => spans.some((span) => span.service === 'notifications' && span.name.startsWith('eventlog.consume') && linked(span)), 'notification consumer span linked to the escalation');
    const consumed = platform.receiver.spans.filter((span) => span.name.startsWith('eventlog.consume') && linked(span));
    // Its statements are in its trace.
    const batch = consumed.find((span) => span.service === 'notifications')!;
    expect(platform.receiver.trace(batch.traceId).some(isSql)).toBe(true);
    // The request wrote the event in a trace that has the gateway's and the issues subgraph's spans.
    const request = platform.receiver.trace(traceId);
    expect(new Set(request.map((span) => span.service))).toEqual(expect.objectContaining(new Set(['gateway', 'issues'])));
    if (!request.some((span) => span.service === 'issues')) throw new Error(summary(request));
  });
});

describe('metrics at /metrics (Prometheus text)', () => {
  const processes = () => ({ gateway: platform.info.gatewayUrl, ...platform.info.subgraphUrls });

  it('counts CityDashboard requests by operation and outcome on the gateway and on every subgraph it asks', async () => {
    const before = Object.fromEntries(await Promise.all(Object.entries(processes()).map(async ([name, url]) => [name, await scrape(url)] as const)));
    const N = 3;
    for (let i = 0; i < N; i++) await platform.ok(CITY, CITY_DASHBOARD, { period: '2016-07' });
    const after = Object.fromEntries(await Promise.all(Object.entries(processes()).map(async ([name, url]) => [name, await scrape(url)] as const)));
    const rise = (name: string, labels: Record<string, string>) => sample(after[name], 'qinshang_graphql_requests_total', labels) - sample(before[name], 'qinshang_graphql_requests_total', labels);

    // The gateway: exactly one per request, all OK, and their latency observed.
    expect(rise('gateway', { operation: 'CityDashboard', outcome: 'OK' })).toBe(N);
    expect(rise('gateway', { operation: 'CityDashboard' })).toBe(N);
    expect(observations(after.gateway, 'qinshang_graphql_request_duration_seconds', { operation: 'CityDashboard' }) - observations(before.gateway, 'qinshang_graphql_request_duration_seconds', { operation: 'CityDashboard' })).toBe(N);
    // Each subgraph counts the fetches the plan sent it for the client's operation: the same number for every request.
    for (const name of SUBGRAPHS) {
      const fetches = rise(name, { operation: 'CityDashboard', outcome: 'OK' });
      expect({ name, fetches: fetches % N, atLeastOne: fetches >= N }).toEqual({ name, fetches: 0, atLeastOne: true });
      expect(observations(after[name], 'qinshang_sql_statements_per_request', { operation: 'CityDashboard' }) - observations(before[name], 'qinshang_sql_statements_per_request', { operation: 'CityDashboard' })).toBe(fetches);
      expect(observations(after.gateway, 'qinshang_subgraph_fetch_duration_seconds', { subgraph: name }) - observations(before.gateway, 'qinshang_subgraph_fetch_duration_seconds', { subgraph: name })).toBe(fetches);
    }
    // Nothing asked identity or notifications for it.
    for (const name of ['identity', 'notifications']) expect(rise(name, { operation: 'CityDashboard' })).toBe(0);
    // No label carries a variable: the period sent is nowhere in any label.
    for (const families of Object.values(after)) {
      for (const each of families) for (const metric of each.metrics) expect(Object.values(metric.labels ?? {})).not.toContain('2016-07');
    }
  });

  it("counts a refused input under the code its caller was given, not as an internal error", async () => {
    const office = { role: 'DISTRICT_ADMIN' as never, districtId: '610111' };
    const RAISE = 'mutation RaiseTooShort($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }';
    const before = await scrape(platform.info.subgraphUrls.issues);
    const response = await platform.send(office, RAISE, { input: { enterpriseId: '610111-E0010', category: 'OTHER', title: '短', description: '标题太短' } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    const after = await scrape(platform.info.subgraphUrls.issues);
    const rise = (outcome: string) =>
      sample(after, 'qinshang_graphql_requests_total', { operation: 'RaiseTooShort', outcome }) - sample(before, 'qinshang_graphql_requests_total', { operation: 'RaiseTooShort', outcome });
    expect({ refused: rise('BAD_USER_INPUT'), internal: rise('INTERNAL_SERVER_ERROR') }).toEqual({ refused: 1, internal: 0 });
  });

  it('reports pools, consumer lag, tracing and live sockets; an unnamed operation is one label', async () => {
    const issues = await scrape(platform.info.subgraphUrls.issues);
    expect(family(issues, 'qinshang_db_pool_connections')?.metrics.map((m) => m.labels?.state)).toEqual(expect.arrayContaining(['in_use', 'idle', 'waiting']));
    expect(family(issues, 'qinshang_eventlog_consumer_lag')?.metrics.map((m) => m.labels?.consumer)).toContain('issues.references');
    expect(sample(issues, 'qinshang_tracing_enabled')).toBe(1);
    expect(family(issues, 'qinshang_scheduler_runs_total')).toBeDefined();
    const notifications = await scrape(platform.info.subgraphUrls.notifications);
    expect(family(notifications, 'qinshang_notification_queue_depth')).toBeDefined();

    const before = sample(await scrape(platform.info.gatewayUrl), 'qinshang_graphql_requests_total', { operation: 'anonymous' });
    await platform.ok(CITY, '{ city { name } }');
    await platform.ok(CITY, 'query { city { name } }');
    expect(sample(await scrape(platform.info.gatewayUrl), 'qinshang_graphql_requests_total', { operation: 'anonymous' }) - before).toBe(2);
  });
});

describe('readiness that means it', () => {
  it("answers 503 while an event-log consumer lags past READINESS_MAX_CONSUMER_LAG, and 200 once it caught up", async () => {
    // A notifier replica on this platform that tolerates no lag at all.
    const replica = await startReplica({ READINESS_MAX_CONSUMER_LAG: '1' });
    const admin = new Client({ connectionString: platform.info.adminDatabaseUrl });
    await admin.connect();
    try {
      await eventually(async () => (await replica.health()).status === 200, 'the replica to be ready');
      // Hold the router's checkpoint (as a busy replica would): no process can move it now.
      await admin.query('BEGIN');
      await admin.query(`SELECT position FROM eventlog.checkpoint WHERE consumer = 'notifications.router' FOR UPDATE`);
      const office = { role: 'DISTRICT_ADMIN' as never, districtId: '610112' };
      const enterprises = await platform.ok<{ district: { enterprises: { edges: Array<{ node: { id: string } }> } } }>(office, 'query($id: ID!) { district(id: $id) { enterprises(first: 1) { edges { node { id } } } } }', { id: '610112' });
      for (let i = 0; i < 2; i++) {
        await platform.ok(office, 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }', {
          input: { enterpriseId: enterprises.district.enterprises.edges[0].node.id, category: 'APPROVAL', title: `就绪检查 ${i}`, description: '需协调' },
        });
      }
      await eventually(async () => (await replica.health()).status === 503, 'the replica to say it is not ready');
      const refused = await replica.health();
      expect(refused.body.problems.join(' ')).toMatch(/notifications\.router is \d+ positions behind/);
      await admin.query('COMMIT');
      await eventually(async () => (await replica.health()).status === 200, 'the replica to be ready again once the router caught up');
    } finally {
      await admin.query('ROLLBACK').catch(() => undefined);
      await admin.end();
      await replica.stop();
    }
  });

  it('refuses to start with a lag limit that is not a positive whole number', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'services', 'notifications', 'dist', 'main.js')], {
      env: { ...process.env, ...platform.info.notifier.env, PORT: '0', READINESS_MAX_CONSUMER_LAG: 'lots' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('READINESS_MAX_CONSUMER_LAG');
  });
});

async function startReplica(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repoRoot, 'services', 'notifications', 'dist', 'main.js')], {
    env: { ...process.env, ...platform.info.notifier.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
  });
  return {
    health: async () => {
      const response = await fetch(`http://127.0.0.1:${port}/readiness`).catch(() => null);
      return { status: response?.status ?? 0, body: ((await response?.json().catch(() => ({}))) ?? {}) as { problems: string[] } };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A process's JSON log lines matching `predicate`, once there is at least one. */
async function eventuallyLines(name: string, predicate: (line: Record<string, unknown>) => boolean): Promise<Array<Record<string, unknown>>> {
  let found: Array<Record<string, unknown>> = [];
  await eventually(async () => {
    const text = await readFile(path.join(platform.info.logDir, `${name}.log`), 'utf8');
    found = text
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter(predicate);
    return found.length > 0;
  }, `${name}'s log lines for the request`, 20_000);
  return found;
}
