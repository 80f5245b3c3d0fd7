import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { cityToken, escalate, raiseProblems, startGateway, startIssuesReplica, type ExtraProcess } from './helpers';

/**
 * Issue 19, item 9: when the issues subgraph dies, a plain graphql-ws subscriber gets the error,
 * never the previous event's data again with it: a final error message carries no data.
 * Its own issues replica and gateway, so killing them disturbs no other suite.
 */
const within = <T>(promise: Promise<T>, ms: number, what: string, messages: unknown[]) =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} not within ${ms} ms; messages: ${JSON.stringify(messages)}`)), ms))]);

describe('a feed whose subgraph dies', () => {
  jest.setTimeout(120_000);
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

  it('ends with an error that carries no data', async () => {
    const tenant = 'HT';
    const problems = await raiseProblems(tenant, 3, 'feed-final-error');
    const client = createClient({
      url: gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await cityToken('feeds:final-error')}` },
      retryAttempts: 0,
      lazy: true,
    });
    const messages: Array<{ data?: unknown; errors?: unknown[] }> = [];
    let firstEvent!: () => void;
    const gotFirst = new Promise<void>((resolve) => (firstEvent = resolve));
    const ended = new Promise<string>((resolve) => {
      client.subscribe(
        { query: 'subscription ($d: ID) { escalationRaised(level: DISTRICT, districtId: $d) { cursor escalation { id reason } } }', variables: { d: tenant } },
        {
          next: (message) => {
            messages.push(message as never);
            if ((message as { data?: unknown }).data) firstEvent();
          },
          error: () => resolve('error'),
          complete: () => resolve('complete'),
        },
      );
    });
    try {
      // The feed says nothing until an event: escalate until the subscriber has one (the first
      // may come before the subscription is registered upstream).
      for (const problem of problems) {
        await escalate(tenant, problem, 'final-error');
        const arrived = await within(gotFirst, 5_000, 'an event', messages).then(() => true, () => false);
        if (arrived) break;
      }
      await within(gotFirst, 1_000, 'the first event', messages);
      for (const message of messages) expect(message).toEqual({ data: { escalationRaised: { cursor: expect.any(String), escalation: { id: expect.any(String), reason: 'final-error' } } } });
      const before = messages.length;
      await issues.kill('SIGKILL');
      await within(ended, 30_000, 'the end of the subscription', messages);
      const after = messages.slice(before);
      expect(after.length).toBeGreaterThan(0);
      for (const message of after) {
        expect(message).not.toHaveProperty('data');
        expect(message.errors?.length).toBeGreaterThan(0);
      }
    } finally {
      await client.dispose();
    }
  });
});
