import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { as, stackInfo } from '@qinshang/testkit';

/** graphql-ws on the gateway's own /graphql, with the token in connectionParams. */
function wsClient(authorization?: string) {
  return createClient({
    url: stackInfo().gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

function once(client: ReturnType<typeof wsClient>, query: string): Promise<{ data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> }> {
  return new Promise((resolve, reject) => {
    let result: unknown;
    client.subscribe({ query }, { next: (value) => (result = value), error: reject, complete: () => resolve(result as never) });
  });
}

describe('graphql-ws on the gateway', () => {
  it('serves an operation over the socket, forwarding the token to the subgraphs', async () => {
    const client = wsClient(`Bearer ${await as.district('610125').bearer()}`);
    try {
      const result = await once(client, '{ city { name districts { id name } } }');
      // The districts subgraph saw the district token: only 户县 comes back.
      expect(result).toEqual({ data: { city: { name: '西安市', districts: [{ id: '610125', name: '户县' }] } } });
    } finally {
      await client.dispose();
    }
  });

  it('refuses an operation over a socket without a token', async () => {
    const client = wsClient();
    try {
      const result = await once(client, '{ city { name } }').catch((error) => ({ errors: error }));
      expect(JSON.stringify(result)).toContain('UNAUTHENTICATED');
      expect(JSON.stringify(result)).not.toContain('西安市');
    } finally {
      await client.dispose();
    }
  });
});
