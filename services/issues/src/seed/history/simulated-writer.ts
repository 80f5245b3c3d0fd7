import type { Caller } from '@qinshang/auth';
import type { RequestDb } from '@qinshang/database';
import type { NewEvent, StoredEvent } from '@qinshang/eventlog';
import type { LedgerQueries } from '../../ledger/ledger.queries';
import type { Actor } from '../../ledger/ledger.step';
import { LedgerWriter, type IssueEventDraft } from '../../ledger/ledger.writer';

/** What the generated history substitutes for the live writer's clock, ids and log. */
export interface Simulation {
  /** The moment of the step being played. */
  now: () => Date;
  /** Repeatable ids, so the same seed gives the same history. */
  newId: () => string;
  /** Where the step's events go (a buffer appended in large batches). */
  append: (events: NewEvent[]) => Promise<StoredEvent[]>;
}

/**
 * The ledger's own writer, run on a simulated clock: every check and write is the live one's;
 * only the moment, the ids and where the events go differ. Lives with the generator so the
 * running service has no options that exist only for it.
 */
export class SimulatedLedgerWriter extends LedgerWriter {
  constructor(db: RequestDb, caller: Caller, queries: Pick<LedgerQueries, 'findIssue'>, private readonly simulation: Simulation) {
    super(db, caller, queries);
  }

  override newId(): string {
    return this.simulation.newId();
  }

  override timed(actor: Actor = { caller: this.caller }): Actor {
    return actor.now ? actor : { ...actor, now: this.simulation.now() };
  }

  override append(events: IssueEventDraft[]): Promise<StoredEvent[]> {
    return this.simulation.append(events as NewEvent[]);
  }

  /** Not inside the row's statement: every event goes through the buffer, in order. */
  override appendAtCommitSql(): null {
    return null;
  }

  /** The same buffer: the generated year numbers its events as it appends them in batches. */
  override async appendAtCommit(events: IssueEventDraft[]): Promise<void> {
    await this.simulation.append(events as NewEvent[]);
  }
}
