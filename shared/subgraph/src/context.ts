import type { Caller } from '@qinshang/auth';
import type { RequestDb } from '@qinshang/database';
import type { Logger } from '@qinshang/logging';

/** What every resolver of every subgraph receives: the verified caller and request-scoped tools. */
export interface BaseContext {
  caller: Caller;
  db: RequestDb;
  logger: Logger;
  requestId: string;
  /**
   * Another transaction in the caller's scope, for work that outlives the request's own (a
   * subscription replaying the log while its setup transaction is long gone). Finish it yourself.
   */
  openDb: () => RequestDb;
}

/** A subgraph's own context: the base plus what it adds (its services and loaders). */
export type SubgraphContext<Extra> = BaseContext & Extra;
