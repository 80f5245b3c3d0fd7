import type { Caller } from '@qinshang/auth';
import { onceRecord, type RequestDb } from '@qinshang/database';
import { BadUserInputError, NotFoundError } from '@qinshang/errors';
import type { EventType, IssueTransition, StoredEvent } from '@qinshang/eventlog';
import type { LedgerRules } from './clock';
import type { IssueRow } from './issue.row';
import type { LedgerQueries } from './ledger.queries';
import type { LedgerWriter } from './ledger.writer';
import type { IssueAction } from './state-machine';
import { assertCan } from '../access/permissions';

/** Who takes a step. */
export interface Actor {
  caller: Caller | null;
  /** Set for the platform's own work (the scheduler): recorded as `system:<name>`. */
  system?: string;
  /** The moment the actor acts at (the scheduler may be run for a given time). */
  now?: Date;
}

/** A change to one problem: the new column values, the event that records it, and its side writes. */
export interface PlannedStep {
  type: EventType;
  set: Record<string, unknown>;
  note?: string | null;
  extra?: Partial<IssueTransition>;
  /** Keep the stage clock as it is (a decision that changes no status). */
  keepStage?: boolean;
  /** Before the problem's row is written (checks that need the row, closing an escalation). */
  before?: () => Promise<void>;
  /** After the row, before the event (milestones, extension requests). */
  after?: (updated: IssueRow) => Promise<void>;
  beforeAppend?: (updated: IssueRow, rules: LedgerRules) => Promise<void>;
  afterAppend?: (events: StoredEvent[]) => Promise<void>;
}

/** The first answer of any kind stops the response clock (件件有回应). */
export function firstResponse(row: IssueRow, now: Date) {
  return row.responded_at ? {} : { responded_at: now };
}

export function firstResponseExtra(row: IssueRow, now: Date): Partial<IssueTransition> {
  return row.responded_at ? {} : { respondedAt: now.toISOString() };
}

export function actorName(actor: Actor): string {
  return actor.system ?? actor.caller?.sub ?? 'unknown';
}

export function requireField<T>(value: T | undefined | null, field: string): T {
  if (value === undefined || value === null) throw new BadUserInputError(field, `${field.split('.').pop()} is required for this outcome`);
  return value;
}

/** A group of transitions: each goes through the one writer, and reads through the queries. */
export abstract class CommandGroup {
  constructor(
    protected readonly writer: LedgerWriter,
    protected readonly queries: LedgerQueries,
  ) {}

  protected get db(): RequestDb {
    return this.writer.db;
  }

  protected get caller(): Caller {
    return this.writer.caller;
  }

  /**
   * A step that creates (a milestone, an extension request) once per idempotency key: the first
   * request takes the step, a repeat with the key gets the problem back as it is now.
   */
  protected async onceOnIssue(operation: string, action: IssueAction, input: { issueId: string; idempotencyKey?: string | null }, step: () => Promise<IssueRow>): Promise<IssueRow> {
    assertCan(this.caller, action);
    const row = await onceRecord(this.db, 'issues', { operation, input }, step, (issue) => issue.id, (id) => this.queries.findIssue(id) as Promise<IssueRow>);
    if (!row) throw new NotFoundError('Issue', input.issueId);
    return row;
  }
}
