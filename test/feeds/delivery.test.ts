import { CONTRACT_ESCALATION_FEED } from '@qinshang/feed-client';
import { stackInfo } from '@qinshang/testkit';
import { cityToken, collect, commitOrder, escalate, fence, headCursor, office, positionOf, raiseProblems } from './helpers';

/**
 * Issue 5, done-when 1 and 2, through the gateway over real websockets: every escalation once,
 * in commit order; and a subscriber that drops resumes from its cursor with exactly what it missed.
 * Tenants GX, JK and QJ... are this area's own, so other suites do not disturb the counts.
 */
describe('the escalation feed delivers every escalation once, in commit order', () => {
  jest.setTimeout(180_000);

  it('delivers 100 escalations raised concurrently by 10 clients, in commit order, each once', async () => {
    const tenants = ['GX', 'JK'];
    const problems = await Promise.all(tenants.map((tenant) => raiseProblems(tenant, 51, 'feed-order')));
    // The contract's operation exactly as written.
    // From the log's head, so nothing written before the subscription goes live is missed (a
    // subscription "live from now" may go live after the first writes on a loaded machine).
    const subscriber = collect({ url: stackInfo().gatewayUrl, token: await cityToken('feeds:order'), level: 'DISTRICT', query: CONTRACT_ESCALATION_FEED, after: await headCursor() });
    try {
      // 10 clients (5 per tenant), each escalating 10 problems one after another, all at once.
      const clients = Array.from({ length: 10 }, (_, c) => ({ tenant: tenants[c % 2], issues: problems[c % 2].slice(Math.floor(c / 2) * 10, Math.floor(c / 2) * 10 + 10) }));
      const escalated = (
        await Promise.all(clients.map(async ({ tenant, issues }) => {
          const ids: string[] = [];
          for (const issueId of issues) ids.push(await escalate(tenant, issueId, `并发上报 ${issueId.slice(0, 8)}`));
          return ids;
        }))
      ).flat();
      expect(new Set(escalated).size).toBe(100);
      const ours = new Set(escalated);
      await subscriber.until((events) => events.filter((e) => ours.has(e.escalation.id)).length >= 100, 60_000, '100 escalations');
      await fence([subscriber], 'GX', problems[0][50]);

      const received = subscriber.ids().filter((id) => ours.has(id));
      expect(received).toHaveLength(100);
      expect(new Set(received).size).toBe(100);
      // Commit order is log order: what the subscriber saw is the order the database committed.
      expect(received).toEqual(await commitOrder(escalated));
      const positions = subscriber.events.map((event) => positionOf(event.cursor));
      for (let i = 1; i < positions.length; i++) expect(positions[i] > positions[i - 1]).toBe(true);
      // The gateway filled in the fields other subgraphs own.
      const sample = subscriber.events.find((e) => ours.has(e.escalation.id))!;
      expect(sample.escalation.issue.enterprise?.name).toEqual(expect.any(String));
      expect(['GX', 'JK']).toContain(sample.escalation.issue.enterprise?.district?.id);
      expect(sample.escalation.issue.enterprise?.district?.name).toMatch(/高新区|经开区/);
    } finally {
      await subscriber.feed.stop();
    }
  });

  it('after a drop at 30, resubscribing with the last cursor gives exactly the 40 missed, then the live ones', async () => {
    const tenant = 'QJ';
    const problems = await raiseProblems(tenant, 77, 'feed-resume');
    const token = (await office(tenant).bearer());
    const first = collect({ url: stackInfo().gatewayUrl, token, level: 'DISTRICT', after: await headCursor() });
    const firstBatch: string[] = [];
    try {
      for (const issueId of problems.slice(0, 30)) firstBatch.push(await escalate(tenant, issueId, '第一批'));
      await first.until((events) => firstBatch.every((id) => events.some((e) => e.escalation.id === id)), 30_000, 'the first 30');
    } finally {
      await first.feed.stop();
    }
    const firstIds = first.ids().filter((id) => firstBatch.includes(id));
    expect(firstIds).toEqual(firstBatch);
    const cursor = first.feed.cursor!;
    expect(first.events.at(-1)!.escalation.id).toBe(firstBatch.at(-1));

    const missed: string[] = [];
    for (const issueId of problems.slice(30, 70)) missed.push(await escalate(tenant, issueId, '断线期间'));

    const second = collect({ url: stackInfo().gatewayUrl, token, level: 'DISTRICT', after: cursor });
    try {
      await second.until((events) => events.length >= 40, 30_000, 'the 40 missed');
      const firstFence = await fence([second], tenant, problems[75]);
      expect(second.ids()).toEqual([...missed, firstFence]);
      const live: string[] = [];
      for (const issueId of problems.slice(70, 75)) live.push(await escalate(tenant, issueId, '重连之后'));
      await second.until((events) => events.length >= 46, 30_000, 'the live ones');
      const secondFence = await fence([second], tenant, problems[76]);
      expect(second.ids()).toEqual([...missed, firstFence, ...live, secondFence]);
    } finally {
      await second.feed.stop();
    }
  });
});
