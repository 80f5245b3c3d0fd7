import { randomUUID } from 'node:crypto';
import type { Caller } from '@qinshang/auth';
import { once, operationFingerprint, type RequestDb } from '@qinshang/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@qinshang/errors';
import { assertCan } from '../access/permissions';
import { appendEvents } from '@qinshang/eventlog';
import { isUuid } from '../ledger/ids';
import type { IssueRow } from '../ledger/issue.row';
import type { LedgerService } from '../ledger/ledger.service';
import { SOURCE } from '../ledger/ledger.writer';
import { IssueStatus, OPEN_STATUSES } from '../ledger/state-machine';
import { SystemicIssueRow, type SystemicIssueQueries } from './systemic.queries';

/** Linking open problems into a systemic problem, and escalating its members as one (offices; across tenants, the city). */
export class SystemicIssueCommands {
  constructor(
    private readonly db: RequestDb,
    private readonly caller: Caller,
    private readonly ledger: LedgerService,
    private readonly queries: SystemicIssueQueries,
  ) {}

  /** Links the problems once per idempotency key: a retry with the key gets the first systemic problem back. */
  async create(input: { title: string; description: string; issueIds: string[]; idempotencyKey?: string }): Promise<SystemicIssueRow> {
    this.requireOffice();
    let created: SystemicIssueRow | null = null;
    const { id } = await once(this.db, 'issues', { key: input.idempotencyKey, operation: operationFingerprint('createSystemicIssue', input) }, async () => {
      created = await this.link(input);
      return created.id;
    });
    const row = created ?? (await this.queries.find(id));
    if (!row) throw new NotFoundError('SystemicIssue', id);
    return row;
  }

  private async link(input: { title: string; description: string; issueIds: string[] }): Promise<SystemicIssueRow> {
    const ids = [...new Set(input.issueIds)];
    if (ids.length < 2) throw new BadUserInputError('input.issueIds', 'A systemic problem links at least two problems');
    await this.lockProblems(ids);
    const found = await this.ledger.issuesByIds(ids);
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw new NotFoundError('Issue', missing);
    const rows = [...found.values()];
    const linked = rows.find((row) => row.systemic_issue_id);
    if (linked) throw new ConflictError(`Problem ${linked.ledger_no} is already part of a systemic problem`, { reason: 'ALREADY_LINKED', field: 'input.issueIds' });
    const closed = rows.find((row) => !OPEN_STATUSES.includes(row.status));
    if (closed) throw new ConflictError(`Problem ${closed.ledger_no} is ${closed.status}: only open problems can be linked`, { reason: 'NOT_OPEN', status: closed.status, field: 'input.issueIds' });
    const id = randomUUID();
    const districts = new Set(rows.map((r) => r.district_id));
    const [row] = await this.db.query<SystemicIssueRow>(
      'INSERT INTO issues.systemic_issue (id, title, description, created_by, district_id) VALUES ($1, $2, $3, $4, $5) RETURNING *',
      [id, input.title.trim(), input.description.trim(), this.caller.sub, districts.size === 1 ? [...districts][0] : null],
    );
    // Linked only if still unlinked: of two offices linking one problem at once, one wins.
    const updated = await this.db.query('UPDATE issues.issue SET systemic_issue_id = $1 WHERE id = ANY($2::uuid[]) AND systemic_issue_id IS NULL RETURNING id', [id, ids]);
    if (updated.length !== ids.length) throw new ConflictError('One of these problems was linked to another systemic problem meanwhile', { reason: 'ALREADY_LINKED', field: 'input.issueIds' });
    await this.record(row, rows);
    return row;
  }

  async escalate(input: { systemicIssueId: string; reason: string }): Promise<SystemicIssueRow> {
    this.requireOffice();
    const row = await this.queries.find(input.systemicIssueId);
    if (!row) throw new NotFoundError('SystemicIssue', input.systemicIssueId);
    // One escalation of a systemic problem at a time (a double submission waits for the first).
    // NO KEY UPDATE: a member escalated on its own meanwhile still references the row (its
    // escalation's foreign key takes KEY SHARE), so the two take turns on the member instead.
    await this.db.query('SELECT 1 FROM issues.systemic_issue WHERE id = $1 FOR NO KEY UPDATE', [row.id]);
    // One that spans tenants is escalated as one by the city office, never in part by a district.
    if (row.district_id === null) assertCan(this.caller, 'ESCALATE_CROSS_TENANT_SYSTEMIC');
    const [{ ids }] = await this.db.query<{ ids: string[] }>('SELECT coalesce(array_agg(id::text), ARRAY[]::text[]) AS ids FROM issues.issue WHERE systemic_issue_id = $1', [row.id]);
    await this.lockProblems(ids);
    const members = await this.queries.members([row.id]);
    const open = (members.get(row.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).filter((member) => OPEN_STATUSES.includes(member.status) && !(member.status === IssueStatus.ESCALATED && member.level === 'CITY'));
    if (open.length === 0) throw new ConflictError('No member of this systemic problem can go further up', { reason: 'TOP_OF_LADDER' });
    for (const member of open) {
      await this.ledger.escalate({ issueId: member.id, reason: `[系统性问题 ${row.title}] ${input.reason.trim()}` });
    }
    const [updated] = await this.db.query<SystemicIssueRow>(`UPDATE issues.systemic_issue SET status = 'ESCALATED' WHERE id = $1 RETURNING *`, [row.id]);
    await this.record(updated, [...(await this.queries.members([row.id])).get(row.id)!]);
    return updated;
  }

  /**
   * The problems' row locks, all of them, in one fixed order (by id) before anything is read or
   * written: two offices linking or escalating overlapping problems at once take turns instead of
   * each holding one lock and waiting for the other's (a deadlock).
   */
  private async lockProblems(ids: readonly string[]): Promise<void> {
    const uuids = [...ids].filter(isUuid).sort();
    if (uuids.length) await this.db.query('SELECT 1 FROM issues.issue WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [uuids]);
  }

  private requireOffice() {
    assertCan(this.caller, 'HANDLE_SYSTEMIC');
  }

  private async record(row: SystemicIssueRow, members: IssueRow[]) {
    await appendEvents(this.db, SOURCE, [
      {
        type: 'systemic_issue.changed',
        streamType: 'systemic_issue',
        streamId: row.id,
        // Its tenant when all its members are in one (a district office's own), null when it
        // spans tenants (the city office's): the log's row-level security lets the writer read it back.
        districtId: row.district_id,
        payload: {
          systemicIssueId: row.id,
          title: row.title,
          issueIds: members.map((member) => member.id),
          districtIds: [...new Set(members.map((member) => member.district_id))],
          status: row.status,
        },
      },
    ]);
  }
}
