import { randomUUID } from 'node:crypto';
import { Role, type Caller } from '@qinshang/auth';
import type { RequestDb } from '@qinshang/database';
import { ConflictError, NotFoundError } from '@qinshang/errors';
import { appendEvents, appendEventsAtCommit, pendingEvents, type EventType, type IssueTransition, type StoredEvent } from '@qinshang/eventlog';
import { assertCan } from '../access/permissions';
import { rulesOfVersion, stageDue, type LedgerRules } from './clock';
import type { IssueRow } from './issue.row';
import type { LedgerQueries } from './ledger.queries';
import type { Actor, PlannedStep } from './ledger.step';
import { isUuid } from './ids';
import { checkState, IssueAction, IssueStatus } from './state-machine';

export const SOURCE = 'issues';

/** How many times a step without expectedVersion is taken before a concurrent change is reported. */
const MAX_ATTEMPTS = 8;

/** Someone else's change committed between our read and our write (CONFLICT if it reaches the caller). */
export class LostUpdate extends ConflictError {
  constructor(ledgerNo: string) {
    super(`Problem ${ledgerNo} was changed by someone else at the same time; reload it and try again`, { reason: 'CONCURRENT_CHANGE', field: 'input.expectedVersion' });
  }
}

/** An issue event before it is appended (its payload is the issue's whole transition). */
export interface IssueEventDraft {
  type: EventType;
  streamType: 'issue';
  streamId: string;
  districtId: string;
  payload: IssueTransition;
  occurredAt?: Date;
  actor?: string;
  actorRole?: string;
}

/** What an issue event records of the problem's row. */
export type IssueEventFields = Pick<
  IssueRow,
  'id' | 'ledger_no' | 'district_id' | 'enterprise_id' | 'official_id' | 'category' | 'urgency' | 'problem_class' | 'status' | 'version' | 'raised_at' | 'response_due_at' | 'due_at' | 'department_id' | 'responsible_person'
>;

/**
 * The one path every change to a problem takes: find it, check the state machine and the
 * permission table, write it with a version check (of two people acting at once, one wins, the
 * other gets CONFLICT), and record it as one event per version in the same transaction.
 */
/** How a ledger makes its writer (the generated history substitutes one on a simulated clock). */
export type LedgerWriterFactory = (db: RequestDb, caller: Caller, queries: Pick<LedgerQueries, 'findIssue'>) => LedgerWriter;

export class LedgerWriter {
  constructor(
    readonly db: RequestDb,
    readonly caller: Caller,
    private readonly queries: Pick<LedgerQueries, 'findIssue'>,
  ) {}

  /** The id of a new problem, escalation, milestone or extension request. */
  newId(): string {
    return randomUUID();
  }

  /** The actor as it acts: at the moment it names, or (left unset) the real time of the step. */
  timed(actor: Actor = { caller: this.caller }): Actor {
    return actor;
  }

  /**
   * Takes `action` on a problem: checks the caller's role may take it at all (FORBIDDEN before
   * anything is read), finds it (another tenant's is NOT_FOUND), checks the state machine
   * (CONFLICT naming the allowed actions) and the permission table's rules, then writes.
   *
   * Without `expectedVersion` the caller asked for the step whatever happened meanwhile: when
   * someone else's change commits between our read and our write, the attempt is rolled back to
   * a savepoint and taken again on the new version, as long as the step is still valid there (a
   * response after another response is; a second acceptance is not: that CONFLICT is real).
   */
  async act(
    issueId: string,
    action: IssueAction,
    expectedVersion: number | undefined,
    plan: (row: IssueRow, now: Date) => PlannedStep | Promise<PlannedStep>,
    actorIn: Actor = { caller: this.caller },
  ): Promise<IssueRow> {
    const actor = this.timed(actorIn);
    // The platform's own work (the scheduler) acts with the city office's rights.
    const acting = actor.system ? { ...this.caller, role: Role.CITY_ADMIN } : this.caller;
    assertCan(acting, action);
    const retry = expectedVersion === undefined || expectedVersion === null;
    for (let attempt = 1; ; attempt++) {
      if (!retry) return this.attempt(issueId, action, expectedVersion, plan, actor, acting);
      const savepoint = `ledger_act_${attempt}`;
      await this.db.query(`SAVEPOINT ${savepoint}`);
      try {
        const row = await this.attempt(issueId, action, expectedVersion, plan, actor, acting);
        await this.db.query(`RELEASE SAVEPOINT ${savepoint}`);
        return row;
      } catch (error) {
        if (!(error instanceof LostUpdate) || attempt >= MAX_ATTEMPTS) throw error;
        await this.db.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      }
    }
  }

  private async attempt(
    issueId: string,
    action: IssueAction,
    expectedVersion: number | undefined,
    plan: (row: IssueRow, now: Date) => PlannedStep | Promise<PlannedStep>,
    actor: Actor,
    acting: Caller,
  ): Promise<IssueRow> {
    // The problem's row lock first, before the step reads or writes anything else (its open
    // escalation, milestones): writers of one problem take turns in one order, so twenty at once
    // neither lose to each other nor deadlock over the rows the steps touch.
    if (isUuid(issueId)) await this.db.query('SELECT 1 FROM issues.issue WHERE id = $1 FOR UPDATE', [issueId]);
    const row = await this.queries.findIssue(issueId);
    if (!row) throw new NotFoundError('Issue', issueId);
    const check = checkState(row.status, action);
    if (!check.ok) {
      throw new ConflictError(
        `Cannot ${action} problem ${row.ledger_no}: it is ${row.status}. Allowed now: ${check.allowed.join(', ') || 'nothing (it is closed)'}`,
        { reason: 'INVALID_TRANSITION', status: row.status, version: row.version, allowed: check.allowed },
      );
    }
    assertCan(acting, action, row);
    if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== row.version) {
      throw new ConflictError(`Problem ${row.ledger_no} changed since version ${expectedVersion}; it is at version ${row.version}`, {
        reason: 'STALE_VERSION',
        version: row.version,
        field: 'input.expectedVersion',
      });
    }
    const now = actor.now ?? new Date();
    const step = await plan(row, now);
    await step.before?.();
    const to = (step.set.status as IssueStatus | undefined) ?? check.to ?? row.status;
    return this.write(row, actor, { ...step, set: { ...step.set, status: to } }, { now });
  }

  /**
   * Writes a step with the version check, then its event (the change's last write, in the same
   * transaction), after any `events` given (a problem raised and solved on the spot at once).
   * Entering a new status, or a new level, restarts the stage clock.
   */
  async write(row: IssueRow, actor: Actor, step: PlannedStep, options: { now?: Date; events?: IssueEventDraft[] } = {}): Promise<IssueRow> {
    const now = options.now ?? new Date();
    const set = { ...step.set };
    const to = (set.status as IssueStatus | undefined) ?? row.status;
    const rules = await this.rulesFor(row);
    const levelChanged = 'level' in set && set.level !== row.level;
    if ((to !== row.status || levelChanged) && !step.keepStage) {
      set.stage_started_at = now;
      set.stage_due_at = stageDue(to, now, rules, row.category, (set.due_at as Date | undefined) ?? row.due_at, (set.level as string | undefined) ?? row.level);
    }
    const columns = Object.keys(set);
    const assignments = columns.map((column, index) => `${column} = $${index + 3}`);
    const [updated] = await this.db.query<IssueRow>(
      `UPDATE issues.issue SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1 AND version = $2 RETURNING *`,
      [row.id, row.version, ...columns.map((column) => set[column])],
    );
    if (!updated) throw new LostUpdate(row.ledger_no);
    await step.after?.(updated);
    await step.beforeAppend?.(updated, rules);
    const events = [...(options.events ?? []), this.eventFor(updated, row.status, step.type, actor, step.note, step.extra)];
    // A step that needs its events' positions takes them now; any other has them numbered at commit.
    if (step.afterAppend) await step.afterAppend(await this.append(events));
    else await this.appendAtCommit(events);
    return updated;
  }

  /** The event recording a problem's new version: the whole transition, as the catalogue defines it. */
  eventFor(row: IssueEventFields, from: IssueStatus | null, type: EventType, actor: Actor, note?: string | null, extra?: Partial<IssueTransition>): IssueEventDraft {
    const payload: IssueTransition = {
      issueId: row.id,
      ledgerNo: row.ledger_no,
      districtId: row.district_id,
      enterpriseId: row.enterprise_id,
      officialId: row.official_id,
      category: row.category,
      urgency: row.urgency as IssueTransition['urgency'],
      problemClass: (row.problem_class ?? null) as IssueTransition['problemClass'],
      from,
      status: row.status,
      version: row.version,
      raisedAt: row.raised_at.toISOString(),
      responseDueAt: row.response_due_at?.toISOString() ?? null,
      dueAt: row.due_at?.toISOString() ?? null,
      departmentId: row.department_id,
      responsiblePerson: row.responsible_person,
      note: note ?? null,
      ...extra,
    };
    return { type, streamType: 'issue', streamId: row.id, districtId: row.district_id, payload, occurredAt: actor.now, ...(actor.system ? { actor: actor.system, actorRole: 'SYSTEM' } : {}) };
  }

  /** Appends to the log in the same transaction, numbered now (the positions back). */
  append(events: IssueEventDraft[]): Promise<StoredEvent[]> {
    return appendEvents(this.db, SOURCE, events as Parameters<typeof appendEvents>[2]);
  }

  /** Appends to the log in the same transaction, numbered as it commits (no position back; the head lock held only inside COMMIT). */
  appendAtCommit(events: IssueEventDraft[]): Promise<void> {
    return appendEventsAtCommit(this.db, SOURCE, events as Parameters<typeof appendEventsAtCommit>[2]);
  }

  /**
   * `appendAtCommit` as a statement to run inside one of the caller's own (see `pendingEvents`);
   * null from a writer that appends its own way (the caller then calls `appendAtCommit`).
   */
  appendAtCommitSql(events: IssueEventDraft[], firstParameter: number, payload?: string): { sql: string; parameters: unknown[] } | null {
    return pendingEvents(this.db, SOURCE, events as Parameters<typeof pendingEvents>[2], firstParameter, payload);
  }

  /** A problem keeps the rules (and their unit) of the version it was raised under. */
  rulesFor(row: IssueRow): Promise<LedgerRules> {
    return rulesOfVersion(this.db, row.rules_version, row.raised_at);
  }
}
