import { randomUUID } from 'node:crypto';
import type { Caller } from '@qinshang/auth';
import { once, operationFingerprint, type RequestDb } from '@qinshang/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@qinshang/errors';
import { assertCan } from '../access/permissions';
import { appendEvents } from '@qinshang/eventlog';
import type { IssueRow } from '../ledger/issue.row';
import { isUuid } from '../ledger/ids';
import type { LedgerService } from '../ledger/ledger.service';
import { SOURCE } from '../ledger/ledger.writer';
import { IssueStatus, OPEN_STATUSES } from '../ledger/state-machine';

export interface SystemicIssueRow {
  id: string;
  title: string;
  description: string;
  status: string;
  created_by: string;
  created_at: Date;
  district_id: string | null;
}

/**
 * 共性和系统性的重大问题: problems of several enterprises (and tenants) linked into one, and
 * escalated as one. A district office links and escalates within its own tenant; linking across
 * tenants, and deciding, is the city office's.
 */
export class SystemicIssueService {
  constructor(
    private readonly db: RequestDb,
    private readonly caller: Caller,
    private readonly ledger: LedgerService,
  ) {}

  /** Links the problems once per idempotency key: a retry with the key gets the first systemic problem back. */
  async create(input: { title: string; description: string; issueIds: string[]; idempotencyKey?: string }): Promise<SystemicIssueRow> {
    this.requireOffice();
    let created: SystemicIssueRow | null = null;
    const { id } = await once(this.db, 'issues', { key: input.idempotencyKey, operation: operationFingerprint('createSystemicIssue', input) }, async () => {
      created = await this.link(input);
      return created.id;
    });
    const row = created ?? (await this.find(id));
    if (!row) throw new NotFoundError('SystemicIssue', id);
    return row;
  }

  private async link(input: { title: string; description: string; issueIds: string[] }): Promise<SystemicIssueRow> {
    const ids = [...new Set(input.issueIds)];
    if (ids.length < 2) throw new BadUserInputError('input.issueIds', 'A systemic problem links at least two problems');
    const found = await this.ledger.issuesByIds(ids);
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw new NotFoundError('Issue', missing);
    const rows = [...found.values()];
    const linked = rows.find((row) => row.systemic_issue_id);
    if (linked) throw new ConflictError(`Problem ${linked.ledger_no} is already part of a systemic problem`, { field: 'input.issueIds' });
    const closed = rows.find((row) => !OPEN_STATUSES.includes(row.status));
    if (closed) throw new ConflictError(`Problem ${closed.ledger_no} is ${closed.status}: only open problems can be linked`, { field: 'input.issueIds' });
    const id = randomUUID();
    const districts = new Set(rows.map((r) => r.district_id));
    const [row] = await this.db.query<SystemicIssueRow>(
      'INSERT INTO issues.systemic_issue (id, title, description, created_by, district_id) VALUES ($1, $2, $3, $4, $5) RETURNING *',
      [id, input.title.trim(), input.description.trim(), this.caller.sub, districts.size === 1 ? [...districts][0] : null],
    );
    // Linked only if still unlinked: of two offices linking one problem at once, one wins.
    const updated = await this.db.query('UPDATE issues.issue SET systemic_issue_id = $1 WHERE id = ANY($2::uuid[]) AND systemic_issue_id IS NULL RETURNING id', [id, ids]);
    if (updated.length !== ids.length) throw new ConflictError('One of these problems was linked to another systemic problem meanwhile', { field: 'input.issueIds' });
    await this.record(row, rows);
    return row;
  }

  /** Escalates every open member one level up, together, each escalation linked to the systemic problem. */
  async escalate(input: { systemicIssueId: string; reason: string }): Promise<SystemicIssueRow> {
    this.requireOffice();
    const row = await this.find(input.systemicIssueId);
    if (!row) throw new NotFoundError('SystemicIssue', input.systemicIssueId);
    // One that spans tenants is escalated as one by the city office, never in part by a district.
    if (row.district_id === null) assertCan(this.caller, 'ESCALATE_CROSS_TENANT_SYSTEMIC');
    const members = await this.members([row.id]);
    const open = (members.get(row.id) ?? []).filter((member) => OPEN_STATUSES.includes(member.status) && !(member.status === IssueStatus.ESCALATED && member.level === 'CITY'));
    if (open.length === 0) throw new ConflictError('No member of this systemic problem can go further up');
    for (const member of open) {
      await this.ledger.escalate({ issueId: member.id, reason: `[系统性问题 ${row.title}] ${input.reason.trim()}` });
    }
    const [updated] = await this.db.query<SystemicIssueRow>(`UPDATE issues.systemic_issue SET status = 'ESCALATED' WHERE id = $1 RETURNING *`, [row.id]);
    await this.record(updated, [...(await this.members([row.id])).get(row.id)!]);
    return updated;
  }

  /** A systemic problem is visible when one of its members is. */
  async find(id: string): Promise<SystemicIssueRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.query<SystemicIssueRow>(
      'SELECT s.* FROM issues.systemic_issue s WHERE s.id = $1 AND EXISTS (SELECT 1 FROM issues.issue i WHERE i.systemic_issue_id = s.id)',
      [id],
    );
    if (!row) return null;
    return (await this.visibleIds([row.id])).has(row.id) ? row : null;
  }

  async list(): Promise<SystemicIssueRow[]> {
    const rows = await this.db.query<SystemicIssueRow>('SELECT * FROM issues.systemic_issue ORDER BY created_at DESC LIMIT 200');
    const visible = await this.visibleIds(rows.map((row) => row.id));
    return rows.filter((row) => visible.has(row.id));
  }

  async members(ids: readonly string[]): Promise<Map<string, IssueRow[]>> {
    const rows = await this.db.query<{ id: string; systemic_issue_id: string }>(
      'SELECT id, systemic_issue_id FROM issues.issue WHERE systemic_issue_id = ANY($1::uuid[])',
      [ids],
    );
    const visible = await this.ledger.issuesByIds(rows.map((row) => row.id));
    const groups = new Map<string, IssueRow[]>();
    for (const row of rows) {
      const issue = visible.get(row.id);
      if (!issue) continue;
      groups.set(row.systemic_issue_id, [...(groups.get(row.systemic_issue_id) ?? []), issue]);
    }
    return groups;
  }

  private async visibleIds(ids: readonly string[]): Promise<Set<string>> {
    const members = await this.members(ids);
    return new Set([...members.keys()]);
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
