import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/**
 * The comparison for `bench:gateway`: `@apollo/gateway` 2.x over the same supergraph and the
 * same subgraphs, forwarding the caller's Authorization to each (the subgraphs verify it).
 * Env: SUPERGRAPH_PATH, SUBGRAPH_URLS (JSON, name -> URL), PORT. Prints `READY <url>`.
 */
async function main() {
  const urls = JSON.parse(process.env.SUBGRAPH_URLS ?? '{}') as Record<string, string>;
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8'),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<{ authorization?: string }>({
        url: urls[name] ?? url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  process.stdout.write(`READY ${url}\n`);
  const stop = () => void server.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  process.stderr.write(`apollo gateway failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
