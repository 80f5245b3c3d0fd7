import { randomUUID } from 'node:crypto';
import { Role, type Caller } from '@qinshang/auth';
import { SqlParams, type RequestDb } from '@qinshang/database';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@qinshang/errors';
import { appendEvents, type EventType, type IssueTransition, type NewEvent, type StoredEvent } from '@qinshang/eventlog';
import { decodeCursor, encodeCursor, pageSize } from '@qinshang/subgraph';
import { ENTERPRISE_REF_SQL, type EnterpriseRefRow } from './enterprise-ref';
import { addDays, addHours, deadlinesFor, rulesAt, stageDue, yearOf, type LedgerRules } from './clock';
import type {
  AddMilestoneInput,
  AssignIssueInput,
  CompleteMilestoneInput,
  ConfirmClosureInput,
  DecideEscalationInput,
  DecideExtensionInput,
  EscalateIssueInput,
  EscalationFilter,
  IssueFilter,
  RaiseIssueInput,
  ReasonedActionInput,
  RequestExtensionInput,
  ResolveIssueInput,
  RespondToIssueInput,
} from './issue.inputs';
import type { IssueRow } from './issue.row';
import type { IssueStats } from './district.type';
import type { Escalation, ExtensionRequest, IssueEvent, Milestone } from './issue.types';
import { checkTransition, IssueAction, IssueStatus, OPEN_STATUSES_SQL } from './state-machine';
import { issueVisible } from './visibility';

export const SOURCE = 'issues';

const ISSUE_COLUMNS = 'i.*';

/** A change to one problem: the new column values and the event that records it. */
interface Step {
  type: EventType;
  set: Record<string, unknown>;
  note?: string | null;
  extra?: Partial<IssueTransition>;
}

export interface Actor {
  caller: Caller | null;
  /** Set for the platform's own work (the scheduler): recorded as `system:<name>`. */
  system?: string;
  /** The moment the actor acts at (the scheduler may be run for a given time). */
  now?: Date;
}

/**
 * How a ledger is run. The live service uses none of these; the generated history runs the same
 * code on a simulated clock, with repeatable ids, appending its events in large batches.
 */
export interface LedgerOptions {
  /** The moment a step happens at when the actor gives none (default: the real time). */
  now?: () => Date;
  /** Ids for new problems, escalations, milestones and extension requests (default: random UUIDs). */
  newId?: () => string;
  /** Where a step's events go (default: appended to the log in the same transaction). */
  append?: (events: NewEvent[]) => Promise<StoredEvent[]>;
}

/**
 * The ledger's rules in one place: every transition is checked against the state machine and the
 * caller, written with a version check (of two people acting at once, one wins, the other gets
 * CONFLICT), and recorded as one event per version in the same transaction.
 */
export class LedgerService {
  constructor(
    private readonly db: RequestDb,
    private readonly caller: Caller,
    private readonly options: LedgerOptions = {},
  ) {}

  private newId(): string {
    return this.options.newId?.() ?? randomUUID();
  }

  /** The actor with the service's clock, when it has one and the actor names no moment. */
  private timed(actor: Actor): Actor {
    return actor.now || !this.options.now ? actor : { ...actor, now: this.options.now() };
  }

  // ---- reads ---------------------------------------------------------------------------------

  async findIssue(id: string): Promise<IssueRow | null> {
    if (!isUuid(id)) return null;
    const params = new SqlParams();
    const [row] = await this.db.query<IssueRow>(
      `SELECT ${ISSUE_COLUMNS} FROM issues.issue i WHERE i.id = ${params.add(id)} AND ${issueVisible(this.caller, 'i', params)}`,
      params.values,
    );
    return row ?? null;
  }

  async issuesByIds(ids: readonly string[]): Promise<Map<string, IssueRow>> {
    const params = new SqlParams();
    const rows = await this.db.query<IssueRow>(
      `SELECT ${ISSUE_COLUMNS} FROM issues.issue i WHERE i.id = ANY(${params.add(ids.filter(isUuid))}::uuid[]) AND ${issueVisible(this.caller, 'i', params)}`,
      params.values,
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  async findByLedgerNo(ledgerNo: string): Promise<IssueRow | null> {
    const params = new SqlParams();
    const [row] = await this.db.query<IssueRow>(
      `SELECT ${ISSUE_COLUMNS} FROM issues.issue i WHERE i.ledger_no = ${params.add(ledgerNo)} AND ${issueVisible(this.caller, 'i', params)}`,
      params.values,
    );
    return row ?? null;
  }

  /** A page of problems, newest first, with the total for the same filter. */
  async listIssues(
    scope: { enterpriseId?: string; departmentId?: string },
    filter: IssueFilter | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<{ rows: IssueRow[]; totalCount: number; hasNextPage: boolean }> {
    const size = pageSize(first);
    const params = new SqlParams();
    const where = [issueVisible(this.caller, 'i', params)];
    if (scope.enterpriseId) where.push(`i.enterprise_id = ${params.add(scope.enterpriseId)}`);
    if (scope.departmentId) where.push(`i.department_id = ${params.add(scope.departmentId)}`);
    if (filter?.status?.length) where.push(`i.status = ANY(${params.add(filter.status)})`);
    if (filter?.category) where.push(`i.category = ${params.add(filter.category)}`);
    if (filter?.districtId) where.push(`i.district_id = ${params.add(filter.districtId)}`);
    if (filter?.overdue !== undefined && filter.overdue !== null) {
      where.push(`${filter.overdue ? '' : 'NOT '}(i.status IN (${OPEN_STATUSES_SQL}) AND i.due_at < now())`);
    }
    const countSql = `SELECT count(*)::int AS n FROM issues.issue i WHERE ${where.join(' AND ')}`;
    const countValues = [...params.values];
    if (after) {
      const [raisedAt, id] = decodeCursor(after).split('|');
      if (!raisedAt || !isUuid(id ?? '')) throw new BadUserInputError('after', 'The cursor is not valid');
      where.push(`(i.raised_at, i.id) < (${params.add(raisedAt)}::timestamptz, ${params.add(id)}::uuid)`);
    }
    const rows = await this.db.query<IssueRow>(
      `SELECT ${ISSUE_COLUMNS} FROM issues.issue i WHERE ${where.join(' AND ')} ORDER BY i.raised_at DESC, i.id DESC LIMIT ${size + 1}`,
      params.values,
    );
    const [{ n }] = await this.db.query<{ n: number }>(countSql, countValues);
    return { rows: rows.slice(0, size), totalCount: n, hasNextPage: rows.length > size };
  }

  static issueCursor(row: IssueRow): string {
    return encodeCursor(`${row.raised_at.toISOString()}|${row.id}`);
  }

  /** Open problems (not yet struck off) per enterprise, in one statement for the whole page. */
  async openCountsByEnterprise(enterpriseIds: readonly string[]): Promise<Map<string, number>> {
    const params = new SqlParams();
    const rows = await this.db.query<{ enterprise_id: string; n: number }>(
      `SELECT i.enterprise_id, count(*)::int AS n FROM issues.issue i
        WHERE i.enterprise_id = ANY(${params.add(enterpriseIds)}) AND i.status <> 'CLOSED' AND ${issueVisible(this.caller, 'i', params)}
        GROUP BY i.enterprise_id`,
      params.values,
    );
    return new Map(rows.map((row) => [row.enterprise_id, row.n]));
  }

  /** Ledger figures for many tenants in one statement; row-level security hides the others. */
  async statsByDistrict(districtIds: readonly string[]): Promise<Map<string, IssueStats>> {
    const rows = await this.db.query<IssueStats & { district_id: string }>(
      `SELECT district_id,
              count(*) FILTER (WHERE status <> 'CLOSED')::int AS open,
              count(*) FILTER (WHERE status IN (${OPEN_STATUSES_SQL}) AND due_at < now())::int AS overdue,
              count(*) FILTER (WHERE status = 'ESCALATED')::int AS escalated,
              count(*) FILTER (WHERE status = 'CLOSED')::int AS closed,
              count(*) FILTER (WHERE status = 'UNSOLVABLE')::int AS unsolvable,
              count(*) FILTER (WHERE responded_at IS NULL AND response_due_at < now() AND status <> 'CLOSED')::int AS "responseOverdue"
         FROM issues.issue
        WHERE district_id = ANY($1)
        GROUP BY district_id`,
      [districtIds],
    );
    return new Map(rows.map(({ district_id, ...stats }) => [district_id, stats]));
  }

  async historyOf(issueIds: readonly string[]): Promise<Map<string, IssueEvent[]>> {
    const rows = await this.db.query<{ position: string; type: string; stream_id: string; actor: string; actor_role: string; occurred_at: Date; payload: IssueTransition }>(
      `SELECT position::text AS position, type, stream_id, actor, actor_role, occurred_at, payload
         FROM eventlog.event ev WHERE ev.stream_type = 'issue' AND ev.stream_id = ANY($1) ORDER BY ev.position`,
      [issueIds],
    );
    const byIssue = new Map<string, IssueEvent[]>();
    for (const row of rows) {
      const list = byIssue.get(row.stream_id) ?? [];
      list.push({
        position: row.position,
        type: row.type,
        at: row.occurred_at,
        actor: row.actor,
        actorRole: row.actor_role,
        fromStatus: (row.payload.from ?? null) as IssueStatus | null,
        toStatus: row.payload.status as IssueStatus,
        version: row.payload.version,
        note: row.payload.note ?? row.payload.reason ?? null,
        automatic: Boolean(row.payload.automatic),
      });
      byIssue.set(row.stream_id, list);
    }
    return byIssue;
  }

  async milestonesOf(issueIds: readonly string[]): Promise<Map<string, Milestone[]>> {
    const rows = await this.db.query<{ id: string; issue_id: string; title: string; due_on: string; done_at: Date | null }>(
      `SELECT id, issue_id, title, to_char(due_on, 'YYYY-MM-DD') AS due_on, done_at FROM issues.milestone WHERE issue_id = ANY($1::uuid[]) ORDER BY due_on, created_at`,
      [issueIds],
    );
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10); // Asia/Shanghai
    return groupBy(rows, (row) => row.issue_id, (row) => ({ id: row.id, title: row.title, dueOn: row.due_on, doneAt: row.done_at, overdue: !row.done_at && row.due_on < today }));
  }

  async extensionsOf(issueIds: readonly string[]): Promise<Map<string, ExtensionRequest[]>> {
    const rows = await this.db.query<Record<string, unknown> & { issue_id: string }>(
      `SELECT * FROM issues.extension_request WHERE issue_id = ANY($1::uuid[]) ORDER BY requested_at`,
      [issueIds],
    );
    return groupBy(rows, (row) => row.issue_id, toExtension);
  }

  /** The enterprises' names and tenants, as projected from the log (row-level security applies). */
  async enterpriseRefs(ids: readonly string[]): Promise<Map<string, EnterpriseRefRow>> {
    const rows = await this.db.query<EnterpriseRefRow>(ENTERPRISE_REF_SQL, [ids]);
    return new Map(rows.map((row) => [row.enterprise_id, row]));
  }

  async escalationsOf(issueIds: readonly string[]): Promise<Map<string, Escalation[]>> {
    const rows = await this.db.query<EscalationRow>(`SELECT * FROM issues.escalation WHERE issue_id = ANY($1::uuid[]) ORDER BY raised_at`, [issueIds]);
    return groupBy(rows, (row) => row.issue_id, toEscalation);
  }

  async escalationsByIds(ids: readonly string[]): Promise<Map<string, Escalation>> {
    const params = new SqlParams();
    const rows = await this.db.query<EscalationRow>(
      `SELECT e.* FROM issues.escalation e JOIN issues.issue i ON i.id = e.issue_id
        WHERE e.id = ANY(${params.add(ids.filter(isUuid))}::uuid[]) AND ${issueVisible(this.caller, 'i', params)}`,
      params.values,
    );
    return new Map(rows.map((row) => [row.id, toEscalation(row)]));
  }

  /** Escalations, oldest first (the order a leading group works them), with the total. */
  async listEscalations(filter: EscalationFilter | undefined, first: number | undefined, after: string | undefined) {
    const size = pageSize(first, 20);
    const params = new SqlParams();
    const where = [issueVisible(this.caller, 'i', params)];
    if (filter?.level) where.push(`e.level = ${params.add(filter.level)}`);
    if (filter?.status) where.push(`e.status = ${params.add(filter.status)}`);
    if (filter?.districtId) where.push(`e.district_id = ${params.add(filter.districtId)}`);
    const from = 'FROM issues.escalation e JOIN issues.issue i ON i.id = e.issue_id';
    const countSql = `SELECT count(*)::int AS n ${from} WHERE ${where.join(' AND ')}`;
    const countValues = [...params.values];
    if (after) {
      const [raisedAt, id] = decodeCursor(after).split('|');
      if (!raisedAt || !isUuid(id ?? '')) throw new BadUserInputError('after', 'The cursor is not valid');
      where.push(`(e.raised_at, e.id) > (${params.add(raisedAt)}::timestamptz, ${params.add(id)}::uuid)`);
    }
    const rows = await this.db.query<EscalationRow>(
      `SELECT e.* ${from} WHERE ${where.join(' AND ')} ORDER BY e.raised_at, e.id LIMIT ${size + 1}`,
      params.values,
    );
    const [{ n }] = await this.db.query<{ n: number }>(countSql, countValues);
    return {
      totalCount: n,
      edges: rows.slice(0, size).map((row) => ({ cursor: encodeCursor(`${row.raised_at.toISOString()}|${row.id}`), node: toEscalation(row) })),
      hasNextPage: rows.length > size,
    };
  }

  // ---- raising -------------------------------------------------------------------------------

  async raise(input: RaiseIssueInput, actorIn: Actor = { caller: this.caller }): Promise<IssueRow> {
    const caller = this.caller;
    const actor = this.timed(actorIn);
    if (![Role.OFFICIAL, Role.ENTERPRISE, Role.DISTRICT_ADMIN, Role.CITY_ADMIN].includes(caller.role)) {
      throw new ForbiddenError('Only an official, the enterprise or an office can raise a problem');
    }
    const [enterprise] = await this.db.query<{ enterprise_id: string; district_id: string; official_id: string | null }>(
      'SELECT enterprise_id, district_id, official_id FROM issues.enterprise_ref WHERE enterprise_id = $1',
      [input.enterpriseId],
    );
    const reachable =
      enterprise &&
      (caller.role !== Role.OFFICIAL || enterprise.official_id === caller.officialId) &&
      (caller.role !== Role.ENTERPRISE || enterprise.enterprise_id === caller.enterpriseId);
    if (!reachable) throw new NotFoundError('Enterprise', input.enterpriseId);

    const now = actor.now ?? new Date();
    const rules = await rulesAt(this.db, now);
    const { responseHours } = deadlinesFor(rules, input.category);
    const [{ last }] = await this.db.query<{ last: number }>(
      `INSERT INTO issues.ledger_counter (district_id, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (district_id, year) DO UPDATE SET last = issues.ledger_counter.last + 1 RETURNING last`,
      [enterprise.district_id, yearOf(now)],
    );
    const ledgerNo = `${enterprise.district_id}-${yearOf(now)}-${String(last).padStart(6, '0')}`;
    const officialId = caller.role === Role.OFFICIAL ? caller.officialId! : enterprise.official_id;
    const dueAt = addDays(now, deadlinesFor(rules, input.category).resolutionDays);
    const [row] = await this.db.query<IssueRow>(
      `INSERT INTO issues.issue (id, district_id, enterprise_id, ledger_no, official_id, raised_by, raised_by_role, category, urgency, title,
                                 description, status, rules_version, raised_at, response_due_at, due_at, original_due_at, stage_started_at, stage_due_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'RAISED', $12, $13, $14, $15, $15, $13, $14, 1)
       RETURNING *`,
      [
        this.newId(),
        enterprise.district_id,
        enterprise.enterprise_id,
        ledgerNo,
        officialId,
        caller.sub,
        caller.role,
        input.category,
        input.urgency ?? 'NORMAL',
        input.title.trim(),
        input.description.trim(),
        rules.version,
        now,
        addHours(now, responseHours),
        dueAt,
      ],
    );
    if (input.resolvedOnSpot !== undefined && input.resolvedOnSpot !== null) {
      const check = checkTransition(IssueStatus.RAISED, IssueAction.RESOLVE_ON_SPOT, caller.role);
      if (!check.ok) throw new ForbiddenError('Only an official or an office can record a problem as solved on the spot');
      const resolved = await this.write(row, actor, {
        type: 'issue.resolved_on_spot',
        set: { status: IssueStatus.RESOLVED, resolution: input.resolvedOnSpot, resolved_at: now, responded_at: now, stage_due_at: null },
        note: input.resolvedOnSpot,
        extra: { respondedAt: now.toISOString(), resolvedAt: now.toISOString() },
      }, { now, events: [this.eventFor(row, null, 'issue.raised', actor)] });
      return resolved;
    }
    await this.append([this.eventFor(row, null, 'issue.raised', actor)]);
    return row;
  }

  // ---- transitions ---------------------------------------------------------------------------

  async resolveOnSpot(input: ResolveIssueInput) {
    return this.act(input.issueId, IssueAction.RESOLVE_ON_SPOT, input.expectedVersion, (row, now) => ({
      type: 'issue.resolved_on_spot',
      set: { resolution: input.resolution, resolved_at: now, ...firstResponse(row, now) },
      note: input.resolution,
      extra: { resolvedAt: now.toISOString(), ...firstResponseExtra(row, now) },
    }));
  }

  async assign(input: AssignIssueInput) {
    const department = await this.department(input.departmentId);
    return this.act(input.issueId, IssueAction.ASSIGN, input.expectedVersion, async (row, now) => {
      if (department.district_id !== null && department.district_id !== row.district_id) {
        throw new BadUserInputError('input.departmentId', `Department ${input.departmentId} is not a member unit of this tenant or a city bureau`);
      }
      const dueAt = input.dueAt ?? row.due_at;
      if (input.dueAt && input.dueAt.getTime() <= now.getTime()) throw new BadUserInputError('input.dueAt', 'The due date must be in the future');
      for (const [index, milestone] of (input.milestones ?? []).entries()) this.checkMilestoneDate(milestone.dueOn, `input.milestones.${index}.dueOn`, dueAt);
      return {
        type: 'issue.assigned',
        set: { department_id: department.department_id, responsible_person: input.responsiblePerson.trim(), due_at: dueAt },
        extra: { departmentId: department.department_id, responsiblePerson: input.responsiblePerson.trim(), dueAt: dueAt?.toISOString() ?? null },
        after: async (updated) => {
          for (const milestone of input.milestones ?? []) await this.insertMilestone(updated, milestone.title, milestone.dueOn);
        },
      };
    });
  }

  async returnIssue(input: ReasonedActionInput) {
    return this.act(input.issueId, IssueAction.RETURN, input.expectedVersion, (row, now) => ({
      type: 'issue.returned',
      set: { return_count: row.return_count + 1, ...firstResponse(row, now) },
      note: input.reason.trim(),
      extra: { reason: input.reason.trim(), departmentId: row.department_id, ...firstResponseExtra(row, now) },
    }));
  }

  async accept(input: { issueId: string; expectedVersion?: number }) {
    return this.act(input.issueId, IssueAction.ACCEPT, input.expectedVersion, (row, now) => ({
      type: 'issue.accepted',
      set: { ...firstResponse(row, now) },
      extra: { departmentId: row.department_id, ...firstResponseExtra(row, now) },
    }));
  }

  async respond(input: RespondToIssueInput) {
    return this.act(input.issueId, IssueAction.RESPOND, input.expectedVersion, (row, now) => ({
      type: 'issue.responded',
      set: { ...firstResponse(row, now) },
      note: input.message.trim(),
      extra: { ...firstResponseExtra(row, now) },
    }));
  }

  async addMilestone(input: AddMilestoneInput) {
    return this.act(input.issueId, IssueAction.ADD_MILESTONE, input.expectedVersion, (row) => {
      this.checkMilestoneDate(input.milestone.dueOn, 'input.milestone.dueOn', row.due_at);
      const id = this.newId();
      return {
        type: 'issue.milestone_added',
        set: {},
        note: input.milestone.title,
        extra: { milestoneId: id, milestoneTitle: input.milestone.title },
        after: async (updated) => void (await this.insertMilestone(updated, input.milestone.title, input.milestone.dueOn, id)),
      };
    });
  }

  async completeMilestone(input: CompleteMilestoneInput) {
    return this.act(input.issueId, IssueAction.COMPLETE_MILESTONE, input.expectedVersion, async (row, now) => {
      const [milestone] = await this.db.query<{ id: string; title: string; done_at: Date | null }>(
        'SELECT id, title, done_at FROM issues.milestone WHERE id = $1 AND issue_id = $2',
        [isUuid(input.milestoneId) ? input.milestoneId : null, row.id],
      );
      if (!milestone) throw new NotFoundError('Milestone', input.milestoneId);
      if (milestone.done_at) throw new ConflictError(`Milestone "${milestone.title}" is already done`, { field: 'input.milestoneId' });
      return {
        type: 'issue.milestone_done',
        set: {},
        note: milestone.title,
        extra: { milestoneId: milestone.id, milestoneTitle: milestone.title },
        after: async () => void (await this.db.query('UPDATE issues.milestone SET done_at = $2 WHERE id = $1', [milestone.id, now])),
      };
    });
  }

  async requestExtension(input: RequestExtensionInput) {
    return this.act(input.issueId, IssueAction.REQUEST_EXTENSION, input.expectedVersion, (row) => {
      if (!row.due_at || input.dueAt.getTime() <= row.due_at.getTime()) {
        throw new BadUserInputError('input.dueAt', 'An extension must move the due date later');
      }
      const id = this.newId();
      return {
        type: 'issue.extension_requested',
        set: {},
        note: input.reason.trim(),
        extra: { extensionRequestId: id, dueAt: input.dueAt.toISOString(), reason: input.reason.trim() },
        before: async () => {
          const [pending] = await this.db.query('SELECT 1 FROM issues.extension_request WHERE issue_id = $1 AND status = $2', [row.id, 'PENDING']);
          if (pending) throw new ConflictError('An extension request is already waiting for a decision');
        },
        after: async (updated) =>
          void (await this.db.query(
            `INSERT INTO issues.extension_request (id, issue_id, district_id, department_id, requested_due_at, previous_due_at, reason, requested_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [id, updated.id, updated.district_id, updated.department_id, input.dueAt, row.due_at, input.reason.trim(), this.caller.sub],
          )),
      };
    });
  }

  async decideExtension(input: DecideExtensionInput) {
    return this.act(input.issueId, IssueAction.DECIDE_EXTENSION, input.expectedVersion, async (row, now) => {
      const [request] = await this.db.query<{ id: string; requested_due_at: Date }>(
        `SELECT id, requested_due_at FROM issues.extension_request WHERE issue_id = $1 AND status = 'PENDING'`,
        [row.id],
      );
      if (!request) throw new ConflictError('No extension request is waiting for a decision');
      const approved = input.approve;
      const working = [IssueStatus.ACCEPTED, IssueStatus.IN_PROGRESS, IssueStatus.REOPENED].includes(row.status);
      return {
        type: approved ? 'issue.extension_approved' : 'issue.extension_refused',
        set: approved ? { due_at: request.requested_due_at, ...(working ? { stage_due_at: request.requested_due_at } : {}) } : {},
        note: input.note ?? null,
        extra: { extensionRequestId: request.id, dueAt: (approved ? request.requested_due_at : row.due_at)?.toISOString() ?? null },
        keepStage: true,
        after: async () =>
          void (await this.db.query(
            'UPDATE issues.extension_request SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5 WHERE id = $1',
            [request.id, approved ? 'APPROVED' : 'REFUSED', this.caller.sub, now, input.note ?? null],
          )),
      };
    });
  }

  async resolve(input: ResolveIssueInput) {
    return this.act(input.issueId, IssueAction.RESOLVE, input.expectedVersion, (row, now) => ({
      type: 'issue.resolved',
      set: { resolution: input.resolution.trim(), resolved_at: now, satisfaction: null, ...firstResponse(row, now) },
      note: input.resolution.trim(),
      extra: { resolvedAt: now.toISOString(), ...firstResponseExtra(row, now) },
    }));
  }

  async declareUnsolvable(input: ReasonedActionInput) {
    return this.act(input.issueId, IssueAction.DECLARE_UNSOLVABLE, input.expectedVersion, (row, now) => ({
      type: 'issue.unsolvable',
      set: { resolution: input.reason.trim(), ...firstResponse(row, now) },
      note: input.reason.trim(),
      extra: { reason: input.reason.trim(), ...firstResponseExtra(row, now) },
      after: async () => this.closeOpenEscalation(row, now, 'UNSOLVABLE'),
    }));
  }

  /** The enterprise's verdict on a resolution: satisfied (or basically) closes it; dissatisfied reopens it. */
  async confirmClosure(input: ConfirmClosureInput) {
    if (input.satisfaction === 'DISSATISFIED') {
      return this.act(input.issueId, IssueAction.REOPEN, input.expectedVersion, () => ({
        type: 'issue.reopened',
        set: { satisfaction: null, resolved_at: null },
        note: input.comment ?? 'The enterprise is not satisfied with the resolution',
        extra: { satisfaction: 'DISSATISFIED', reason: input.comment ?? null },
      }));
    }
    return this.act(input.issueId, IssueAction.CONFIRM_CLOSURE, input.expectedVersion, (_row, now) => ({
      type: 'issue.closed',
      set: { satisfaction: input.satisfaction, closure_comment: input.comment ?? null, closed_at: now },
      note: input.comment ?? null,
      extra: { satisfaction: input.satisfaction },
    }));
  }

  async reopen(input: ReasonedActionInput) {
    return this.act(input.issueId, IssueAction.REOPEN, input.expectedVersion, () => ({
      type: 'issue.reopened',
      set: { resolved_at: null, satisfaction: null },
      note: input.reason.trim(),
      extra: { reason: input.reason.trim() },
    }));
  }

  /** One level up from where the problem is: to the tenant's leading group, then to the city's. */
  async escalate(input: EscalateIssueInput, actor: Actor = { caller: this.caller }): Promise<{ issue: IssueRow; escalation: Escalation }> {
    let escalationId = '';
    const issue = await this.act(
      input.issueId,
      IssueAction.ESCALATE,
      input.expectedVersion,
      (row, now) => {
        const level = row.status === IssueStatus.ESCALATED ? (row.level === 'DISTRICT' ? 'CITY' : null) : 'DISTRICT';
        if (!level) throw new ConflictError("The problem is already with the city's leading group, the top of the ladder", { allowed: [IssueAction.DECIDE_ESCALATION] });
        escalationId = this.newId();
        return {
          type: 'issue.escalated',
          set: { level, ...firstResponse(row, now) },
          note: input.reason.trim(),
          extra: { level, escalationId, reason: input.reason.trim(), automatic: Boolean(actor.system), ...firstResponseExtra(row, now) },
          before: async () => this.closeOpenEscalation(row, now, 'ESCALATED'),
          beforeAppend: async (updated, rules) => {
            const decideBy = stageDue(IssueStatus.ESCALATED, now, rules, updated.category, updated.due_at, level);
            await this.db.query(
              `INSERT INTO issues.escalation (id, issue_id, district_id, level, reason, automatic, raised_by, raised_at, decide_by, systemic_issue_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
              [escalationId, updated.id, updated.district_id, level, input.reason.trim(), Boolean(actor.system), actorName(actor), now, decideBy, updated.systemic_issue_id],
            );
          },
          afterAppend: async (events) => {
            await this.db.query('UPDATE issues.escalation SET event_position = $2 WHERE id = $1', [escalationId, events[events.length - 1].position]);
          },
        };
      },
      actor,
    );
    const [escalation] = await this.db.query<EscalationRow>('SELECT * FROM issues.escalation WHERE id = $1', [escalationId]);
    return { issue, escalation: toEscalation(escalation) };
  }

  /** A leading group's decision, recorded and sent back down with instructions. */
  async decideEscalation(input: DecideEscalationInput): Promise<{ issue: IssueRow; escalation: Escalation }> {
    const escalation = (await this.escalationsByIds([input.escalationId])).get(input.escalationId);
    if (!escalation) throw new NotFoundError('Escalation', input.escalationId);
    if (escalation.status !== 'OPEN') throw new ConflictError('The leading group has already decided on this escalation');
    if (escalation.level === 'CITY' && this.caller.role !== Role.CITY_ADMIN) {
      throw new ForbiddenError("Only the city leading group's office decides city-level escalations");
    }
    const department = input.outcome === 'ASSIGN' ? await this.department(requireField(input.departmentId, 'input.departmentId')) : null;
    if (input.outcome === 'ASSIGN') requireField(input.responsiblePerson, 'input.responsiblePerson');
    const next: Record<string, IssueStatus> = {
      ASSIGN: IssueStatus.ASSIGNED,
      BACK_TO_OFFICE: IssueStatus.RAISED,
      UNSOLVABLE: IssueStatus.UNSOLVABLE,
      RESOLVED: IssueStatus.RESOLVED,
    };
    const issue = await this.act(escalation.issueId, IssueAction.DECIDE_ESCALATION, undefined, (row, now) => ({
      type: 'issue.escalation_decided',
      set: {
        status: next[input.outcome],
        level: null,
        ...(department ? { department_id: department.department_id, responsible_person: input.responsiblePerson!.trim() } : {}),
        ...(input.outcome === 'RESOLVED' ? { resolution: input.decision, resolved_at: now } : {}),
        ...(input.outcome === 'UNSOLVABLE' ? { resolution: input.decision } : {}),
      },
      note: input.decision,
      extra: {
        escalationId: escalation.id,
        level: escalation.level,
        outcome: input.outcome,
        instructions: input.instructions,
        departmentId: department?.department_id ?? row.department_id,
        ...(input.outcome === 'RESOLVED' ? { resolvedAt: now.toISOString() } : {}),
      },
      before: async () => {
        if (department && department.district_id !== null && department.district_id !== row.district_id) {
          throw new BadUserInputError('input.departmentId', `Department ${department.department_id} is not a member unit of this tenant or a city bureau`);
        }
        await this.db.query(
          `UPDATE issues.escalation SET status = 'DECIDED', decision = $2, instructions = $3, outcome = $4, decided_by = $5, decided_at = $6 WHERE id = $1`,
          [escalation.id, input.decision, input.instructions, input.outcome, this.caller.sub, now],
        );
      },
    }));
    const [row] = await this.db.query<EscalationRow>('SELECT * FROM issues.escalation WHERE id = $1', [escalation.id]);
    return { issue, escalation: toEscalation(row) };
  }

  /** The scheduler's reminder (催办): once per stage, recorded like any other step. */
  async remind(issueId: string, actor: Actor): Promise<IssueRow | null> {
    const row = await this.findIssue(issueId);
    const now = actor.now ?? new Date();
    if (!row || !row.stage_due_at || row.stage_due_at.getTime() > now.getTime()) return null;
    if (row.reminded_stage_at?.getTime() === row.stage_started_at.getTime()) return null;
    return this.write(
      row,
      actor,
      {
        type: 'issue.reminded',
        set: { reminded_stage_at: row.stage_started_at },
        keepStage: true,
        note: `The ${row.status.toLowerCase().replace('_', ' ')} stage was due ${row.stage_due_at.toISOString()}`,
        extra: { automatic: true },
      },
      { now: actor.now },
    );
  }

  // ---- the machinery -------------------------------------------------------------------------

  /**
   * Takes `action` on a problem: finds it (another tenant's is NOT_FOUND), checks the state
   * machine (CONFLICT naming the allowed actions) and the role (FORBIDDEN), then writes.
   */
  async act(
    issueId: string,
    action: IssueAction,
    expectedVersion: number | undefined,
    plan: (row: IssueRow, now: Date) => PlannedStep | Promise<PlannedStep>,
    actorIn: Actor = { caller: this.caller },
  ): Promise<IssueRow> {
    const actor = this.timed(actorIn);
    const row = await this.findIssue(issueId);
    if (!row) throw new NotFoundError('Issue', issueId);
    const role = actor.system ? Role.CITY_ADMIN : this.caller.role;
    const check = checkTransition(row.status, action, role);
    if (!check.ok && check.reason === 'STATE') {
      throw new ConflictError(
        `Cannot ${action} problem ${row.ledger_no}: it is ${row.status}. Allowed now: ${check.allowed.join(', ') || 'nothing (it is closed)'}`,
        { status: row.status, version: row.version, allowed: check.allowed },
      );
    }
    if (!check.ok) throw new ForbiddenError(`${role} may not ${action} a problem`);
    if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== row.version) {
      throw new ConflictError(`Problem ${row.ledger_no} changed since version ${expectedVersion}; it is at version ${row.version}`, {
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
   * transaction). Entering a new status restarts the stage clock.
   */
  private async write(
    row: IssueRow,
    actor: Actor,
    step: PlannedStep,
    options: { now?: Date; events?: ReturnType<LedgerService['eventFor']>[] } = {},
  ): Promise<IssueRow> {
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
    if (!updated) {
      throw new ConflictError(`Problem ${row.ledger_no} was changed by someone else at the same time; reload it and try again`, {
        field: 'input.expectedVersion',
      });
    }
    await step.after?.(updated);
    await step.beforeAppend?.(updated, rules);
    const events = await this.append([...(options.events ?? []), this.eventFor(updated, row.status, step.type, actor, step.note, step.extra)]);
    await step.afterAppend?.(events);
    return updated;
  }

  private eventFor(row: IssueRow, from: IssueStatus | null, type: EventType, actor: Actor, note?: string | null, extra?: Partial<IssueTransition>) {
    const payload: IssueTransition = {
      issueId: row.id,
      ledgerNo: row.ledger_no,
      districtId: row.district_id,
      enterpriseId: row.enterprise_id,
      officialId: row.official_id,
      category: row.category,
      urgency: row.urgency as IssueTransition['urgency'],
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

  private append(events: ReturnType<LedgerService['eventFor']>[]): Promise<StoredEvent[]> {
    if (this.options.append) return this.options.append(events as NewEvent[]);
    return appendEvents(this.db, SOURCE, events as Parameters<typeof appendEvents>[2]);
  }

  private rulesFor(row: IssueRow): Promise<LedgerRules> {
    return rulesAt(this.db, row.raised_at);
  }

  private async department(departmentId: string) {
    const [department] = await this.db.query<{ department_id: string; district_id: string | null }>(
      'SELECT department_id, district_id FROM issues.department_ref WHERE department_id = $1',
      [departmentId],
    );
    if (!department) throw new BadUserInputError('input.departmentId', `Department ${departmentId} is not known`);
    return department;
  }

  private checkMilestoneDate(dueOn: string, field: string, dueAt: Date | null) {
    const day = new Date(`${dueOn}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== dueOn) throw new BadUserInputError(field, `${dueOn} is not a date`);
    // A milestone is due at the end of its day in Asia/Shanghai, and may not fall after the due date.
    const endOfDay = new Date(day.getTime() + 16 * 3_600_000);
    if (dueAt && endOfDay.getTime() > dueAt.getTime() + 86_400_000) throw new BadUserInputError(field, 'A milestone cannot fall after the due date');
  }

  private async insertMilestone(issue: IssueRow, title: string, dueOn: string, id = this.newId()) {
    await this.db.query(
      'INSERT INTO issues.milestone (id, issue_id, district_id, department_id, title, due_on) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, issue.id, issue.district_id, issue.department_id, title.trim(), dueOn],
    );
    return id;
  }

  private async closeOpenEscalation(row: IssueRow, now: Date, outcome: string) {
    await this.db.query(
      `UPDATE issues.escalation SET status = 'DECIDED', outcome = $2, decided_at = $3, decided_by = $4,
              decision = coalesce(decision, $5) WHERE issue_id = $1 AND status = 'OPEN'`,
      [row.id, outcome, now, this.caller.sub, outcome === 'ESCALATED' ? 'Passed one level up' : 'Declared unsolvable under current policy'],
    );
  }
}

export interface PlannedStep extends Step {
  /** Keep the stage clock as it is (a decision that changes no status). */
  keepStage?: boolean;
  before?: () => Promise<void>;
  after?: (updated: IssueRow) => Promise<void>;
  beforeAppend?: (updated: IssueRow, rules: LedgerRules) => Promise<void>;
  afterAppend?: (events: StoredEvent[]) => Promise<void>;
}

export interface EscalationRow {
  id: string;
  issue_id: string;
  district_id: string;
  level: string;
  reason: string;
  automatic: boolean;
  status: string;
  raised_by: string;
  raised_at: Date;
  decide_by: Date | null;
  decision: string | null;
  instructions: string | null;
  outcome: string | null;
  decided_at: Date | null;
  systemic_issue_id: string | null;
  event_position: string | null;
}

export function toEscalation(row: EscalationRow): Escalation {
  return {
    id: row.id,
    issueId: row.issue_id,
    districtId: row.district_id,
    level: row.level as Escalation['level'],
    reason: row.reason,
    raisedAt: row.raised_at,
    automatic: row.automatic,
    status: row.status as Escalation['status'],
    decideBy: row.decide_by,
    decision: row.decision,
    instructions: row.instructions,
    outcome: row.outcome as Escalation['outcome'],
    decidedAt: row.decided_at,
    systemicIssueId: row.systemic_issue_id,
  };
}

function toExtension(row: Record<string, unknown>): ExtensionRequest {
  return {
    id: row.id as string,
    requestedDueAt: row.requested_due_at as Date,
    previousDueAt: row.previous_due_at as Date,
    reason: row.reason as string,
    status: row.status as string,
    requestedAt: row.requested_at as Date,
    decidedAt: (row.decided_at as Date | null) ?? null,
    decisionNote: (row.decision_note as string | null) ?? null,
  };
}

function firstResponse(row: IssueRow, now: Date) {
  return row.responded_at ? {} : { responded_at: now };
}

function firstResponseExtra(row: IssueRow, now: Date): Partial<IssueTransition> {
  return row.responded_at ? {} : { respondedAt: now.toISOString() };
}

function actorName(actor: Actor): string {
  return actor.system ?? actor.caller?.sub ?? 'unknown';
}

function requireField<T>(value: T | undefined | null, field: string): T {
  if (value === undefined || value === null) throw new BadUserInputError(field, `${field.split('.').pop()} is required for this outcome`);
  return value;
}

function groupBy<R, T>(rows: R[], key: (row: R) => string, map: (row: R) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(map(row));
    groups.set(key(row), list);
  }
  return groups;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

