import { Role } from '@qinshang/auth';
import { stackInfo, tokenFor } from '@qinshang/testkit';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * Issue 19 item 5 for subscriptions: a NUL, a lone surrogate or a bad cursor in a subscription's
 * arguments is refused with BAD_USER_INPUT naming the argument, over the gateway's websocket
 * (graphql-ws) and over server-sent events, as over HTTP; never INTERNAL_SERVER_ERROR, and the
 * same socket still serves.
 */
type Message = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

const ESCALATIONS = 'subscription ($d: ID, $after: String) { escalationRaised(level: DISTRICT, districtId: $d, after: $after) { cursor } }';
const INBOX = 'subscription ($after: String) { notificationReceived(after: $after) { cursor } }';
const badCursor = Buffer.from('f1:not-a-position', 'utf8').toString('base64url');

const cases: Array<[name: string, query: string, variables: Record<string, unknown>, field: string]> = [
  ['a NUL in a district id', ESCALATIONS, { d: 'HT\u0000' }, 'districtId'],
  ['a lone surrogate in a cursor', ESCALATIONS, { after: 'x\uD800y' }, 'after'],
  ['a NUL in an inline literal', 'subscription { escalationRaised(districtId: "a\\u0000b") { cursor } }', {}, 'districtId'],
  ['a cursor that is not one', ESCALATIONS, { after: badCursor }, 'after'],
  ['a NUL in an inbox cursor', INBOX, { after: 'n1:\u0000' }, 'after'],
  ['an inbox cursor that is not one', INBOX, { after: badCursor }, 'after'],
];

/** The first message of a subscription, or how it ended: the answer to its arguments. */
function firstAnswer(client: ReturnType<typeof createClient>, query: string, variables: Record<string, unknown>): Promise<Message> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ errors: [{ message: 'no answer within 20 s' }] }), 20_000);
    const done = (message: Message) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(message);
    };
    const unsubscribe = client.subscribe(
      { query, variables },
      {
        next: (message) => done(message as Message),
        error: (error) => done({ errors: Array.isArray(error) ? (error as Message['errors']) : [{ message: String((error as Error)?.message ?? error) }] }),
        complete: () => done({ errors: [{ message: 'completed without an answer' }] }),
      },
    );
  });
}

/** One subscription over server-sent events; resolves with its first event's data. */
async function overSse(token: string, query: string, variables: Record<string, unknown>): Promise<Message> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 20_000);
  try {
    const response = await fetch(stackInfo().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
    if (!response.headers.get('content-type')?.includes('text/event-stream')) return (await response.json()) as Message;
    const reader = response.body!.getReader();
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
      const data = /(?:^|\n)data: ?(.*)\n/.exec(text);
      if (data) {
        await reader.cancel();
        return JSON.parse(data[1]) as Message;
      }
    }
    return { errors: [{ message: `the stream ended without data: ${text}` }] };
  } finally {
    clearTimeout(timer);
  }
}

describe('hostile input in subscriptions', () => {
  let client: ReturnType<typeof createClient>;
  let token: string;

  beforeAll(async () => {
    token = await tokenFor({ role: Role.CITY_ADMIN, sub: 'input:subscriptions' });
    client = createClient({ url: stackInfo().gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  });

  afterAll(async () => {
    await client?.dispose();
  });

  it.each(cases)('answers %s over the websocket with BAD_USER_INPUT on its argument', async (_name, query, variables, field) => {
    const answer = await firstAnswer(client, query, variables);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(answer)).not.toMatch(/INTERNAL_SERVER_ERROR|stack/);
  });

  it.each(cases)('answers %s over server-sent events with BAD_USER_INPUT on its argument', async (_name, query, variables, field) => {
    const answer = await overSse(token, query, variables);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(answer)).not.toMatch(/INTERNAL_SERVER_ERROR|stack/);
  });

  it('still serves a good subscription on the same socket afterwards', async () => {
    await firstAnswer(client, ESCALATIONS, { d: 'HT\u0000' });
    // A good one says nothing until an event; a query on the socket answers at once.
    const answer = await firstAnswer(client, '{ city { name } }', {});
    expect(answer.errors ?? []).toEqual([]);
    expect(answer.data).toMatchObject({ city: { name: expect.any(String) } });
  });
});
