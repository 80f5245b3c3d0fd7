import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, split } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { codeOf } from './errors';
import { PersistedWsLink } from './persisted-ws-link';
import { socketStatus } from './socket-status';

export interface ClientOptions {
  token: () => Promise<string | null>;
  /** Called when the platform no longer accepts the session. */
  onUnauthenticated: () => void;
}

/**
 * One Apollo Client for the console: HTTP for queries and mutations, graphql-ws for the live
 * feeds (same origin, so no CORS), each operation sent with its persisted-document hash.
 */
export function createApolloClient(options: ClientOptions): ApolloClient<unknown> {
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  const ws = createClient({
    url: wsUrl,
    lazy: true,
    // No automatic retry: graphql-ws would re-send each subscription with its original variables.
    // The feed resubscribes itself with the last cursor it saw (useEscalationFeed).
    retryAttempts: 0,
    connectionParams: async () => {
      const token = await options.token();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting: () => socketStatus.set('connecting'),
      connected: () => socketStatus.set('live'),
      closed: () => socketStatus.set('closed'),
    },
  });

  const auth = setContext(async (_, { headers }) => {
    const token = await options.token();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });

  // The hash the code generator gave each operation (dist/persisted-documents.json, the gateway's
  // trusted documents): over HTTP and over the websocket only the hash is sent, so a gateway that
  // runs trusted documents only accepts the console's requests and feeds.
  const persisted = new ApolloLink((operation, forward) => {
    const hash = (operation.query as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (hash) {
      operation.extensions = { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } };
      operation.setContext({ http: { includeQuery: false, includeExtensions: true } });
    }
    return forward(operation);
  });

  const errors = onError(({ graphQLErrors }) => {
    if (graphQLErrors?.some((error) => codeOf(error) === 'UNAUTHENTICATED')) options.onUnauthenticated();
  });

  const http = new HttpLink({ uri: '/graphql', includeExtensions: true });
  const transport = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new PersistedWsLink(ws),
    http,
  );

  return new ApolloClient({
    link: ApolloLink.from([errors, persisted, auth, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        // Keyed entities (District, Enterprise, Issue, Escalation, Official, Department) are
        // normalised by their id where a selection has it (the default); the city is one object.
        City: { keyFields: [] },
        Query: {
          fields: {
            // Connections page with `after`: each page is its own cache entry, never merged.
            issues: { keyArgs: ['filter', 'after', 'first'] },
            escalations: { keyArgs: ['filter', 'after', 'first'] },
          },
        },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'all' }, query: { errorPolicy: 'all' } },
  });
}
