import { stackInfo } from '@qinshang/testkit';
import { cityToken, collect, escalate, fence, headCursor, raiseProblems, startGateway, startIssuesReplica, type ExtraProcess } from './helpers';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Issue 5, done-when 3 and 4. This file runs its own issues replica and its own gateway in front
 * of it (the platform's settings and database), so it can kill them without disturbing the other
 * suites, which share the platform's processes.
 */
describe('the escalation feed survives restarts and runs on several replicas', () => {
  jest.setTimeout(240_000);
  let issues: ExtraProcess;
  let gateway: ExtraProcess;

  beforeAll(async () => {
    issues = await startIssuesReplica();
    gateway = await startGateway(issues.url);
  });

  afterAll(async () => {
    await gateway?.kill('SIGTERM');
    await issues?.kill('SIGTERM');
  });

  it('ends with every event exactly once when the issues subgraph, then the gateway, are killed mid-stream', async () => {
    const tenant = 'CB';
    const problems = await raiseProblems(tenant, 61, 'feed-restart');
    const drops: string[] = [];
    // From the head, not "live from now": on a loaded machine the first subscription through a
    // fresh gateway can take longer than any fixed wait, and what is written before it is live
    // would be missed by the test's timing, not by the feed.
    const subscriber = collect({
      url: gateway.url,
      token: await cityToken('feeds:restart'),
      level: 'DISTRICT',
      districtId: tenant,
      after: await headCursor(),
      onStatus: (status) => {
        if (process.env.DEBUG_FEEDS) process.stderr.write(`STATUS ${JSON.stringify(status)}\n`);
        if (status.kind === 'dropped') drops.push(status.reason);
      },
    });
    const killed = { issues: deferred(), gateway: deferred() };
    try {
      // Written through the platform's gateway and issues process, while ours go down and up. The
      // writer waits on facts, not time: events 20 to 39 are written once our issues process is
      // dead and 40 to 59 once our gateway is, so each restart has events to resume, however slow.
      const written: string[] = [];
      const writer = (async () => {
        for (const [i, issueId] of problems.slice(0, 60).entries()) {
          if (i === 20) await killed.issues.promise;
          if (i === 40) await killed.gateway.promise;
          written.push(await escalate(tenant, issueId, `重启期间 ${i}`));
        }
      })();
      writer.catch(() => undefined);
      await subscriber.until((events) => events.length >= 15, 120_000, 'the first 15');
      await issues.restart(killed.issues.resolve); // SIGKILL, then a new process on the same port
      await subscriber.until((events) => events.length >= 35, 120_000, '35 events after the issues restart');
      await gateway.restart(killed.gateway.resolve);
      await writer;
      await subscriber.until((events) => written.every((id) => events.some((e) => e.escalation.id === id)), 120_000, 'all 60').catch((error: Error) => {
        const missing = written.map((id, i) => (subscriber.ids().includes(id) ? -1 : i)).filter((i) => i >= 0);
        throw new Error(`${error.message}; missing the events written ${missing.join(', ')}`);
      });
      // A duplicate would come before an event written after them all.
      const last = await fence([subscriber], tenant, problems[60]);
      expect(subscriber.ids()).toEqual([...written, last]);
      expect(drops.length).toBeGreaterThanOrEqual(2);
    } finally {
      killed.issues.resolve();
      killed.gateway.resolve();
      await subscriber.feed.stop();
    }
  });

  it('with two gateways and two issues processes, subscribers on both see every event written through either', async () => {
    const tenant = 'GW';
    const problems = await raiseProblems(tenant, 41, 'feed-replicas');
    const token = await cityToken('feeds:replicas');
    // Both from the head (see above): a fixed wait for "live" is a guess on a loaded machine.
    const after = await headCursor();
    const onPlatform = collect({ url: stackInfo().gatewayUrl, token, level: 'DISTRICT', districtId: tenant, after });
    const onReplica = collect({ url: gateway.url, token, level: 'DISTRICT', districtId: tenant, after });
    try {
      // Half through the platform's gateway (its issues process), half through ours, concurrently.
      const written = (
        await Promise.all([
          Promise.all(problems.slice(0, 20).map((id) => escalate(tenant, id, '经平台网关', stackInfo().gatewayUrl))),
          Promise.all(problems.slice(20, 40).map((id) => escalate(tenant, id, '经副本网关', gateway.url))),
        ])
      ).flat();
      const all = (events: { escalation: { id: string } }[]) => written.every((id) => events.some((e) => e.escalation.id === id));
      await onPlatform.until(all, 60_000, 'all 40 on the platform gateway');
      await onReplica.until(all, 60_000, 'all 40 on the replica gateway');
      const last = await fence([onPlatform, onReplica], tenant, problems[40]);
      expect(onPlatform.ids()).toHaveLength(41);
      expect(onReplica.ids()).toHaveLength(41);
      expect(onPlatform.ids().at(-1)).toBe(last);
      // Same events, same (log) order on both.
      expect(onReplica.ids()).toEqual(onPlatform.ids());
      expect(new Set(onPlatform.ids())).toEqual(new Set([...written, last]));
    } finally {
      await Promise.all([onPlatform.feed.stop(), onReplica.feed.stop()]);
    }
  });
});
