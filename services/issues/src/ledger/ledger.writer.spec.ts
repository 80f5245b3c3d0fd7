import { Role, type Caller } from '@qinshang/auth';
import type { RequestDb } from '@qinshang/database';
import { ConflictError, ErrorCode, ForbiddenError, NotFoundError } from '@qinshang/errors';
import type { NewEvent } from '@qinshang/eventlog';
import type { IssueRow } from './issue.row';
import type { Actor } from './ledger.step';
import { LedgerWriter, type IssueEventDraft } from './ledger.writer';
import { IssueAction, IssueStatus } from './state-machine';

const RAISED_AT = new Date('2016-07-01T02:00:00Z');
const NOW = new Date('2016-07-02T02:00:00Z');
const RULES = { version: 3, deadlines: { LAND: { responseHours: 48, resolutionDays: 30 }, OTHER: { responseHours: 24, resolutionDays: 15 } } };

function issue(overrides: Partial<IssueRow> = {}): IssueRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    district_id: '610111',
    enterprise_id: '610111-E0001',
    ledger_no: '610111-2016-000001',
    official_id: '610111-O0001',
    raised_by: 'official',
    raised_by_role: 'OFFICIAL',
    category: 'LAND',
    urgency: 'NORMAL',
    title: 'Land approval',
    description: 'Waiting for the land approval',
    status: IssueStatus.RAISED,
    level: null,
    department_id: null,
    responsible_person: null,
    rules_version: 3,
    raised_at: RAISED_AT,
    response_due_at: new Date(RAISED_AT.getTime() + 48 * 3_600_000),
    responded_at: null,
    due_at: new Date('2016-07-31T02:00:00Z'),
    original_due_at: new Date('2016-07-31T02:00:00Z'),
    stage_started_at: RAISED_AT,
    stage_due_at: new Date(RAISED_AT.getTime() + 48 * 3_600_000),
    reminded_stage_at: null,
    resolution: null,
    resolved_at: null,
    satisfaction: null,
    closure_comment: null,
    closed_at: null,
    return_count: 0,
    systemic_issue_id: null,
    calendar_version: 0,
    version: 4,
    ...overrides,
  };
}

/**
 * A stand-in for the request transaction: answers the rules and the versioned UPDATE the way
 * PostgreSQL would (the UPDATE matches only at the row's version), and records every statement.
 */
class FakeDb {
  statements: { sql: string; params: unknown[] }[] = [];
  /** How many more UPDATEs lose to a concurrent writer (which moves the row on a version each time). */
  private losses: number;
  constructor(
    public row: IssueRow,
    concurrentWriter: boolean | number = false,
  ) {
    this.losses = concurrentWriter === true ? Infinity : Number(concurrentWriter);
  }

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.statements.push({ sql, params });
    if (sql.includes('FROM issues.rules')) return [{ version: RULES.version, body: RULES }] as T[];
    // No calendar settings published: the State Council's days only.
    if (sql.includes('FROM issues.calendar')) return [];
    if (/^(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT) \w+$/.test(sql) || sql.endsWith('FOR UPDATE')) return [];
    if (sql.startsWith('UPDATE issues.issue')) {
      const [id, version, ...values] = params;
      if (this.losses > 0) {
        this.losses--;
        this.row = { ...this.row, version: this.row.version + 1 };
        return [];
      }
      if (id !== this.row.id || version !== this.row.version) return [];
      const columns = [...sql.split('WHERE')[0].matchAll(/(\w+) = \$\d+/g)].map((match) => match[1]);
      const set = Object.fromEntries(columns.map((column, index) => [column, values[index]]));
      this.row = { ...this.row, ...set, version: this.row.version + 1 };
      return [this.row] as T[];
    }
    throw new Error(`unexpected statement: ${sql}`);
  }

  get writes() {
    return this.statements.filter((statement) => !statement.sql.includes('FROM issues.rules') && !statement.sql.includes('FROM issues.calendar') && !/SAVEPOINT|FOR UPDATE$/.test(statement.sql));
  }
}

function setUp(row: IssueRow, caller: Caller, options: { concurrentWriter?: boolean | number } = {}) {
  const db = new FakeDb(row, options.concurrentWriter);
  const appended: NewEvent[][] = [];
  let ids = 0;
  const reads: string[] = [];
  const findIssue = async (id: string) => {
    reads.push(id);
    return id === row.id ? db.row : null;
  };
  // The writer with a fixed clock, counted ids and a log that keeps what it is given.
  const writer = new (class extends LedgerWriter {
    override newId() {
      return `id-${++ids}`;
    }
    override timed(actor: Actor = { caller: this.caller }): Actor {
      return actor.now ? actor : { ...actor, now: NOW };
    }
    override async append(events: IssueEventDraft[]) {
      appended.push(events as NewEvent[]);
      return events.map((event, index) => ({ ...event, position: String(100 + index) })) as never;
    }
    override async appendAtCommit(events: IssueEventDraft[]) {
      appended.push(events as NewEvent[]);
    }
  })(db as unknown as RequestDb, caller, { findIssue });
  return { db, writer, appended, reads };
}

const office: Caller = { sub: 'office-610111', role: Role.DISTRICT_ADMIN, districtId: '610111' };
const department: Caller = { sub: 'dept-1', role: Role.DEPARTMENT, departmentId: 'D1' };
const assignStep = { type: 'issue.assigned' as const, set: { department_id: 'D1', responsible_person: 'Wang' }, extra: { departmentId: 'D1' } };

describe('LedgerWriter.act: the one path every transition takes', () => {
  it('writes the step at the version it read, moves the status by the state machine and restarts the stage clock', async () => {
    const { db, writer, appended } = setUp(issue(), office);
    const updated = await writer.act(issue().id, IssueAction.ASSIGN, 4, () => assignStep);

    expect(updated).toMatchObject({ status: IssueStatus.ASSIGNED, version: 5, department_id: 'D1', stage_started_at: NOW });
    expect(updated.stage_due_at).toEqual(new Date(NOW.getTime() + 48 * 3_600_000));
    const [update] = db.writes;
    expect(update.sql).toMatch(/WHERE id = \$1 AND version = \$2/);
    expect(update.params.slice(0, 2)).toEqual([issue().id, 4]);
    expect(appended).toHaveLength(1);
    expect(appended[0]).toEqual([
      expect.objectContaining({
        type: 'issue.assigned',
        streamType: 'issue',
        streamId: issue().id,
        districtId: '610111',
        occurredAt: NOW,
        payload: expect.objectContaining({ from: 'RAISED', status: 'ASSIGNED', version: 5, departmentId: 'D1', ledgerNo: '610111-2016-000001' }),
      }),
    ]);
  });

  it('refuses an action the status does not allow with CONFLICT naming what is possible, and writes nothing', async () => {
    const { db, writer, appended } = setUp(issue({ status: IssueStatus.CLOSED }), office);
    const error = await writer.act(issue().id, IssueAction.ASSIGN, undefined, () => assignStep).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).details).toEqual({ reason: 'INVALID_TRANSITION', status: 'CLOSED', version: 4, allowed: [] });
    expect(db.writes).toEqual([]);
    expect(appended).toEqual([]);
  });

  it('refuses a role that may not act with FORBIDDEN before reading anything, then checks the state, then the version', async () => {
    const { db, writer, reads } = setUp(issue(), department);
    await expect(writer.act(issue().id, IssueAction.ASSIGN, 1, () => assignStep)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(writer.act('00000000-0000-4000-8000-000000000099', IssueAction.ASSIGN, undefined, () => assignStep)).rejects.toBeInstanceOf(ForbiddenError);
    expect(reads).toEqual([]);
    await expect(writer.act(issue().id, IssueAction.ACCEPT, 1, () => assignStep)).rejects.toMatchObject({ code: ErrorCode.CONFLICT, details: { allowed: expect.arrayContaining([IssueAction.ASSIGN]) } });
    expect(db.writes).toEqual([]);
  });

  it('without expectedVersion, takes the step again on the new version when a concurrent change committed first', async () => {
    const { db, writer, appended, reads } = setUp(issue(), office, { concurrentWriter: 2 });
    const updated = await writer.act(issue().id, IssueAction.RESPOND, undefined, () => ({ type: 'issue.responded', set: {}, note: 'on it' }));
    expect(updated.version).toBe(7); // read at 4, lost to 5 and 6, written as 7
    expect(reads).toHaveLength(3);
    expect(db.statements.filter((s) => s.sql.startsWith('ROLLBACK TO SAVEPOINT'))).toHaveLength(2);
    expect(db.statements.filter((s) => s.sql.endsWith('FOR UPDATE'))).toHaveLength(3); // each attempt under the row's lock
    expect(appended).toHaveLength(1);
    // With expectedVersion the caller asked for that version: no retry, CONFLICT at once.
    const pinned = setUp(issue(), office, { concurrentWriter: 1 });
    await expect(pinned.writer.act(issue().id, IssueAction.RESPOND, 4, () => ({ type: 'issue.responded', set: {} }))).rejects.toMatchObject({ code: ErrorCode.CONFLICT });
    expect(pinned.reads).toHaveLength(1);
  });

  it('refuses a stale expectedVersion with the current one, before planning anything', async () => {
    const { db, writer } = setUp(issue(), office);
    const plan = jest.fn(() => assignStep);
    await expect(writer.act(issue().id, IssueAction.ASSIGN, 3, plan)).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { reason: 'STALE_VERSION', version: 4, field: 'input.expectedVersion' },
    });
    expect(plan).not.toHaveBeenCalled();
    expect(db.writes).toEqual([]);
  });

  it('gives NOT_FOUND for a problem the caller cannot read', async () => {
    const { writer } = setUp(issue(), office);
    await expect(writer.act('00000000-0000-4000-8000-000000000099', IssueAction.ASSIGN, undefined, () => assignStep)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('loses to a concurrent writer with CONFLICT and appends no event', async () => {
    const { writer, appended } = setUp(issue(), office, { concurrentWriter: true });
    await expect(writer.act(issue().id, IssueAction.ASSIGN, undefined, () => assignStep)).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { field: 'input.expectedVersion' },
    });
    expect(appended).toEqual([]);
  });

  it("runs the step's hooks in order: before the row, after it, before and after the event", async () => {
    const { writer } = setUp(issue(), office);
    const calls: string[] = [];
    await writer.act(issue().id, IssueAction.ASSIGN, undefined, () => ({
      ...assignStep,
      before: async () => void calls.push('before'),
      after: async (updated) => void calls.push(`after v${updated.version}`),
      beforeAppend: async (_updated, rules) => void calls.push(`beforeAppend rules v${rules.version}`),
      afterAppend: async (events) => void calls.push(`afterAppend at ${events.at(-1)!.position}`),
    }));
    expect(calls).toEqual(['before', 'after v5', 'beforeAppend rules v3', 'afterAppend at 100']);
  });

  it("keeps the stage clock for a step that asks to, and records the platform's own work as SYSTEM", async () => {
    const row = issue({ status: IssueStatus.ACCEPTED, department_id: 'D1' });
    const { writer, appended } = setUp(row, { sub: 'system:scheduler', role: Role.CITY_ADMIN });
    const updated = await writer.act(
      row.id,
      IssueAction.DECIDE_EXTENSION,
      undefined,
      () => ({ type: 'issue.extension_approved', set: { due_at: NOW }, keepStage: true }),
      { caller: null, system: 'system:scheduler' },
    );
    expect(updated.stage_started_at).toEqual(RAISED_AT);
    expect(appended[0][0]).toMatchObject({ actor: 'system:scheduler', actorRole: 'SYSTEM', payload: { from: 'ACCEPTED', status: 'ACCEPTED' } });
  });
});

describe('LedgerWriter.write', () => {
  it('appends the events given before its own, in one batch (a problem raised and solved on the spot)', async () => {
    const row = issue();
    const { writer, appended } = setUp(row, office);
    const raised = writer.eventFor(row, null, 'issue.raised', { caller: office, now: NOW });
    await writer.write(row, { caller: office, now: NOW }, { type: 'issue.resolved_on_spot', set: { status: IssueStatus.RESOLVED } }, { now: NOW, events: [raised] });
    expect(appended).toHaveLength(1);
    expect(appended[0].map((event) => [event.type, (event.payload as { version: number }).version])).toEqual([
      ['issue.raised', 4],
      ['issue.resolved_on_spot', 5],
    ]);
  });
});
