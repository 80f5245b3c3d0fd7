import net from 'node:net';

/**
 * Distinct free TCP ports on loopback, as many as asked. Each is held until all are chosen: asked
 * one after the other, a port just released can be handed out again (seen: the identity provider
 * and the evaluation subgraph given one port, so one of them could never listen).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = net.createServer();
      server.unref();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
    }
    return servers.map((server) => (server.address() as net.AddressInfo).port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** One free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return (await freePorts(1))[0];
}
