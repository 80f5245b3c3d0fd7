import { ApolloError, ApolloLink, Observable, type FetchResult, type Operation } from '@apollo/client';
import { print, type GraphQLFormattedError } from 'graphql';
import type { Client } from 'graphql-ws';

/**
 * Subscriptions over graphql-ws, sent like the HTTP requests: an operation with a persisted hash
 * (`extensions.persistedQuery`, set by the persisted link before this one) goes without its
 * document (`query: ''`), so a gateway that runs trusted documents only accepts the feed from
 * every role. An operation without a hash (none in the console) is sent with its document.
 * Errors are reported as Apollo's own GraphQLWsLink does.
 */
export class PersistedWsLink extends ApolloLink {
  constructor(private readonly client: Client) {
    super();
  }

  override request(operation: Operation): Observable<FetchResult> {
    const hashed = Boolean((operation.extensions as { persistedQuery?: { sha256Hash?: string } }).persistedQuery?.sha256Hash);
    return new Observable((sink) =>
      this.client.subscribe<FetchResult['data']>(
        {
          operationName: operation.operationName,
          variables: operation.variables,
          extensions: operation.extensions,
          query: hashed ? '' : print(operation.query),
        },
        {
          next: (value) => sink.next(value as FetchResult),
          complete: () => sink.complete(),
          error: (error: unknown) => {
            if (error instanceof Error) sink.error(error);
            else if (Array.isArray(error)) sink.error(new ApolloError({ graphQLErrors: error as GraphQLFormattedError[] }));
            else {
              const event = error as { code?: number; reason?: string };
              sink.error(new Error(`Socket closed${event.code ? ` with event ${event.code}` : ''}${event.reason ? ` ${event.reason}` : ''}`));
            }
          },
        },
      ),
    );
  }
}
