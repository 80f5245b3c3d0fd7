import { localDay } from '@qinshang/calendar';
import { Role, type Caller } from '@qinshang/auth';
import { SqlParams, type RequestDb } from '@qinshang/database';
import { BadUserInputError } from '@qinshang/errors';
import { numberPendingEvents, type IssueTransition } from '@qinshang/eventlog';
import { isTimestamp, keysetPage, type Keyset, type KeysetPage } from '@qinshang/subgraph';
import { assertCan, can } from '../access/permissions';
import type { IssueStats } from './district.type';
import { ENTERPRISE_REF_SQL, type EnterpriseRefRow } from './enterprise-ref';
import { toEscalation, toExtension, type EscalationRow } from './escalation.row';
import { isUuid } from './ids';
import type { EscalationFilter, IssueFilter } from './issue.inputs';
import type { IssueRow } from './issue.row';
import { IssueOrder, type Escalation, type ExtensionRequest, type IssueEvent, type Milestone } from './types';
import { IssueStatus, OPEN_STATUSES_SQL } from './state-machine';
import { issueVisible } from './visibility';

const ISSUE_COLUMNS = 'i.*';
const uuidKey = (parts: string[]) => isUuid(parts[1]);
/** Problems newest first; escalations oldest first (the order a leading group works them). */
const ISSUE_KEYSET: Keyset = { columns: ['i.raised_at', 'i.id'], casts: ['timestamptz', 'uuid'], order: 'DESC', valid: uuidKey };
/**
 * When a problem next falls due: the earliest of its running clocks (the response until it is
 * answered, the current stage, the whole problem), or infinity when none runs.
 */
const NEXT_DUE_SQL = `COALESCE(LEAST(i.stage_due_at, i.due_at, CASE WHEN i.responded_at IS NULL THEN i.response_due_at END), 'infinity'::timestamptz)`;
/** What falls due first on top (a department's inbox); the cursor keeps the instant to the microsecond. */
const DUE_KEYSET: Keyset = {
  columns: [NEXT_DUE_SQL, 'i.id'],
  order: 'ASC',
  valid: (parts) => (parts[0] === 'infinity' || isTimestamp(parts[0])) && isUuid(parts[1]),
};
const ESCALATION_KEYSET: Keyset = { columns: ['e.raised_at', 'e.id'], casts: ['timestamptz', 'uuid'], order: 'ASC', valid: uuidKey };

/** The time-dependent figures of tenant `s.district_id`, over the partial indexes of open problems. */
const TIMED_STATS = `(SELECT count(*) FROM issues.issue i
                 WHERE i.district_id = s.district_id AND i.status IN (${OPEN_STATUSES_SQL}) AND i.due_at < now())::int AS overdue,
               (SELECT count(*) FROM issues.issue i
                 WHERE i.district_id = s.district_id AND i.responded_at IS NULL AND i.status <> 'CLOSED' AND i.response_due_at < now())::int AS "responseOverdue"`;

/** The figures by status as the ledger's trigger keeps them (one row per tenant). */
const KEPT_STATS_SQL = `SELECT s.district_id, s.open, s.escalated, s.closed, s.unsolvable, ${TIMED_STATS}
   FROM issues.district_stats s WHERE s.district_id = ANY($1)`;

/** The figures counted from the problems the caller's scope shows (a department's assignments). */
const COUNTED_STATS_SQL = `SELECT s.district_id,
        count(*) FILTER (WHERE s.status <> 'CLOSED')::int AS open,
        count(*) FILTER (WHERE s.status IN (${OPEN_STATUSES_SQL}) AND s.due_at < now())::int AS overdue,
        count(*) FILTER (WHERE s.status = 'ESCALATED')::int AS escalated,
        count(*) FILTER (WHERE s.status = 'CLOSED')::int AS closed,
        count(*) FILTER (WHERE s.status = 'UNSOLVABLE')::int AS unsolvable,
        count(*) FILTER (WHERE s.responded_at IS NULL AND s.response_due_at < now() AND s.status <> 'CLOSED')::int AS "responseOverdue"
   FROM issues.issue s WHERE s.district_id = ANY($1) GROUP BY s.district_id`;

/** Every read of the ledger, in the caller's transaction and scope (row-level security and `issueVisible`). */
export class LedgerQueries {
  private readonly enterprisesRead = new Map<string, EnterpriseRefRow>();

  constructor(
    protected readonly db: RequestDb,
    protected readonly caller: Caller,
  ) {}

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

  /** A page of problems, newest first (or what falls due first), with the total for the same filter. */
  async listIssues(
    scope: { enterpriseId?: string; departmentId?: string },
    filter: IssueFilter | undefined,
    first: number | undefined,
    after: string | undefined,
    order: IssueOrder = IssueOrder.NEWEST_FIRST,
  ): Promise<KeysetPage<IssueRow> & { totalCount: number }> {
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
    const byDue = order === IssueOrder.DUE_FIRST;
    const keyset = keysetPage(byDue ? DUE_KEYSET : ISSUE_KEYSET, { first, after }, (value) => params.add(value));
    if (keyset.after) where.push(keyset.after);
    const rows = await this.db.query<IssueRow & { due_key?: string }>(
      `SELECT ${ISSUE_COLUMNS}${byDue ? `, to_json(${NEXT_DUE_SQL}) #>> '{}' AS due_key` : ''} FROM issues.issue i WHERE ${where.join(' AND ')} ${keyset.orderAndLimit}`,
      params.values,
    );
    const [{ n }] = await this.db.query<{ n: number }>(countSql, countValues);
    return { ...keyset.page(rows, (row) => (byDue ? [row.due_key!, row.id] : [row.raised_at, row.id])), totalCount: n };
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

  /**
   * Ledger figures for many tenants in one statement; row-level security hides the others. A
   * tenant the caller may not read has null figures (`READ_ISSUE_STATS`). The figures by status
   * are the ones the ledger's trigger keeps (`issues.district_stats`, one row per tenant); the
   * time-dependent ones are counted over partial indexes of open problems only. A department sees
   * only the problems assigned to it (its own policies), so its figures are counted.
   */
  async statsByDistrict(districtIds: readonly string[]): Promise<Map<string, IssueStats | null>> {
    const readable = districtIds.filter((districtId) => can(this.caller, 'READ_ISSUE_STATS', { districtId }));
    const rows = await this.db.query<IssueStats & { district_id: string }>(
      this.caller.role === Role.DEPARTMENT ? COUNTED_STATS_SQL : KEPT_STATS_SQL,
      [readable],
    );
    const found = new Map<string, IssueStats | null>(rows.map(({ district_id, ...stats }) => [district_id, stats]));
    for (const districtId of districtIds) if (!readable.includes(districtId)) found.set(districtId, null);
    return found;
  }

  async historyOf(issueIds: readonly string[]): Promise<Map<string, IssueEvent[]>> {
    // A change this request made is read back with its position (a mutation's answer asking for the history).
    await numberPendingEvents(this.db);
    const rows = await this.db.query<{ position: string; type: string; stream_id: string; actor: string; actor_name: string | null; actor_role: string; occurred_at: Date; payload: IssueTransition }>(
      `SELECT ev.position::text AS position, ev.type, ev.stream_id, ev.actor, a.display_name AS actor_name, ev.actor_role, ev.occurred_at, ev.payload
         FROM eventlog.event ev LEFT JOIN issues.actor_ref a ON a.account_id = ev.actor
        WHERE ev.stream_type = 'issue' AND ev.stream_id = ANY($1) ORDER BY ev.position`,
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
        actorName: row.actor_name,
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
    const today = localDay();
    return groupBy(rows, (row) => row.issue_id, (row) => ({ id: row.id, title: row.title, dueOn: row.due_on, doneAt: row.done_at, overdue: !row.done_at && row.due_on < today }));
  }

  async extensionsOf(issueIds: readonly string[]): Promise<Map<string, ExtensionRequest[]>> {
    const rows = await this.db.query<Record<string, unknown> & { issue_id: string }>(
      `SELECT * FROM issues.extension_request WHERE issue_id = ANY($1::uuid[]) ORDER BY requested_at`,
      [issueIds],
    );
    return groupBy(rows, (row) => row.issue_id, toExtension);
  }

  /**
   * The enterprises' names and tenants as projected from the log (row-level security applies),
   * each read once per request: a raise reads its enterprise to check it, and its answer's
   * `enterprise { name }` then costs no round trip.
   */
  /** An enterprise read by another statement of this request (a raise's), so no loader reads it again. */
  rememberEnterprise(row: EnterpriseRefRow): void {
    this.enterprisesRead.set(row.enterprise_id, row);
  }

  async enterpriseRefs(ids: readonly string[]): Promise<Map<string, EnterpriseRefRow>> {
    const missing = ids.filter((id) => !this.enterprisesRead.has(id));
    if (missing.length > 0) {
      const rows = await this.db.query<EnterpriseRefRow>(ENTERPRISE_REF_SQL, [missing]);
      for (const row of rows) this.enterprisesRead.set(row.enterprise_id, row);
    }
    return new Map(ids.flatMap((id) => (this.enterprisesRead.has(id) ? [[id, this.enterprisesRead.get(id)!] as const] : [])));
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
    const params = new SqlParams();
    const where = [issueVisible(this.caller, 'i', params)];
    if (filter?.level) where.push(`e.level = ${params.add(filter.level)}`);
    if (filter?.status) where.push(`e.status = ${params.add(filter.status)}`);
    if (filter?.districtId) where.push(`e.district_id = ${params.add(filter.districtId)}`);
    const from = 'FROM issues.escalation e JOIN issues.issue i ON i.id = e.issue_id';
    const countSql = `SELECT count(*)::int AS n ${from} WHERE ${where.join(' AND ')}`;
    const countValues = [...params.values];
    const keyset = keysetPage(ESCALATION_KEYSET, { first, after, fallback: 20 }, (value) => params.add(value));
    if (keyset.after) where.push(keyset.after);
    const rows = await this.db.query<EscalationRow>(`SELECT e.* ${from} WHERE ${where.join(' AND ')} ${keyset.orderAndLimit}`, params.values);
    const [{ n }] = await this.db.query<{ n: number }>(countSql, countValues);
    const page = keyset.page(rows, (row) => [row.raised_at, row.id]);
    return { totalCount: n, edges: page.rows.map((row, index) => ({ cursor: page.cursors[index], node: toEscalation(row) })), hasNextPage: page.hasNextPage };
  }

  /** The problems assigned to a department, for those who may read its assignments. */
  listAssignedIssues(departmentId: string, filter: IssueFilter | undefined, first: number | undefined, after: string | undefined, order?: IssueOrder) {
    assertCan(this.caller, 'READ_DEPARTMENT_ASSIGNMENTS', { departmentId });
    return this.listIssues({ departmentId }, filter, first, after, order);
  }

  /** A department the ledger knows (projected from the city subgraph's log). */
  async departmentRef(departmentId: string): Promise<{ department_id: string; district_id: string | null }> {
    const [department] = await this.db.query<{ department_id: string; district_id: string | null }>(
      'SELECT department_id, district_id FROM issues.department_ref WHERE department_id = $1',
      [departmentId],
    );
    if (!department) throw new BadUserInputError('input.departmentId', `Department ${departmentId} is not known`);
    return department;
  }

  async escalationById(id: string): Promise<Escalation> {
    const [row] = await this.db.query<EscalationRow>('SELECT * FROM issues.escalation WHERE id = $1', [id]);
    return toEscalation(row);
  }
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
