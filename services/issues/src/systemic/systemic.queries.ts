import type { Caller } from '@qinshang/auth';
import type { RequestDb } from '@qinshang/database';
import type { IssueRow } from '../ledger/issue.row';
import { isUuid } from '../ledger/ids';
import type { LedgerService } from '../ledger/ledger.service';

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
export class SystemicIssueQueries {
  constructor(
    readonly db: RequestDb,
    readonly caller: Caller,
    private readonly ledger: LedgerService,
  ) {}

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
}

