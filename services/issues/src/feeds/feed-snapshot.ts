import { Role, type Caller } from '@qinshang/auth';
import type { Pool } from 'pg';
import { ENTERPRISE_REF_SQL, enterpriseFor, type EnterpriseRefRow } from '../ledger/enterprise-ref';
import { toIssue, type IssueRow } from '../ledger/issue.row';
import type { Escalation } from '../ledger/types';
import { toEscalation, type EscalationRow } from '../ledger/escalation.row';
import { isUuid } from '../ledger/ids';
import { issueVisibleTo, tenantReadable } from '../ledger/visibility';

/** What a feed event shows, read once per process in city scope and shared by its subscribers. */
export interface FeedSnapshot {
  escalation: EscalationRow;
  issue: IssueRow;
  enterprise: EnterpriseRefRow | null;
  /** The assigned department's tenant (`issues.department_ref`): null for a city bureau, undefined if none or unknown. */
  departmentHome?: string | null;
}

/**
 * The escalation as this caller may see it, or null when it may not: the same rules the
 * database applies to a read in the caller's own scope (row-level security on the escalation and
 * the problem, then `issueVisible`), applied in memory to the shared read. The problem and its
 * enterprise come along, so the subscriber's execution reads nothing more for the contract's
 * fields (`Escalation.issue` and `Issue.enterprise` use them as they are).
 */
export function escalationFor(caller: Caller, snapshot: FeedSnapshot, now = new Date()): Escalation | null {
  const { escalation: row, issue, enterprise, departmentHome } = snapshot;
  // A department reads the escalations of the problems it may read (1764600000000).
  if (caller.role !== Role.DEPARTMENT && !tenantReadable(caller, row.district_id)) return null;
  if (!issueVisibleTo(caller, issue, enterprise?.official_id ?? null, departmentHome)) return null;
  return {
    ...toEscalation(row),
    preloadedIssue: { ...toIssue(issue, now), enterprise: enterpriseFor(caller, issue.enterprise_id, enterprise) },
  };
}

/** Reads one escalation with its problem and enterprise in city scope (one short transaction). */
export function citySnapshotReader(pool: Pool): (escalationId: string) => Promise<FeedSnapshot | null> {
  return async (escalationId) => {
    if (!isUuid(escalationId)) return null;
    const client = await pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(
        "SELECT set_config('qinshang.scope', 'city', true), set_config('qinshang.actor', 'system:escalation-feed', true), set_config('qinshang.role', 'SYSTEM', true)",
      );
      const { rows: escalations } = await client.query<EscalationRow>('SELECT * FROM issues.escalation WHERE id = $1', [escalationId]);
      const escalation = escalations[0];
      let snapshot: FeedSnapshot | null = null;
      if (escalation) {
        const { rows: issues } = await client.query<IssueRow>('SELECT i.* FROM issues.issue i WHERE i.id = $1', [escalation.issue_id]);
        if (issues[0]) {
          const { rows: refs } = await client.query<EnterpriseRefRow>(ENTERPRISE_REF_SQL, [[issues[0].enterprise_id]]);
          const { rows: homes } = issues[0].department_id
            ? await client.query<{ district_id: string | null }>('SELECT district_id FROM issues.department_ref WHERE department_id = $1', [issues[0].department_id])
            : { rows: [] };
          snapshot = { escalation, issue: issues[0], enterprise: refs[0] ?? null, departmentHome: homes[0] ? homes[0].district_id : undefined };
        }
      }
      await client.query('COMMIT');
      return snapshot;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}

export interface SnapshotCacheOptions {
  /** How long a read serves later subscribers of the same event (ms); after that it is read again. */
  ttlMs: number;
  /** At most this many events are held. */
  maxEntries: number;
  now?: () => number;
}

/**
 * One read per event per process, shared: the first subscriber to execute an event starts the
 * read, the others (and the replays that come soon after) wait for the same promise. A failed
 * read is not kept. Bounded in time and size, so memory stays small and a replay long after the
 * event sees the escalation as it is then.
 */
export class SnapshotCache {
  private readonly entries = new Map<string, { at: number; value: Promise<FeedSnapshot | null> }>();
  private readonly now: () => number;
  reads = 0;

  constructor(
    private readonly read: (escalationId: string) => Promise<FeedSnapshot | null>,
    private readonly options: SnapshotCacheOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  get(position: string, escalationId: string): Promise<FeedSnapshot | null> {
    const now = this.now();
    const hit = this.entries.get(position);
    if (hit && now - hit.at < this.options.ttlMs) return hit.value;
    this.entries.delete(position);
    this.evict(now);
    this.reads++;
    const entry = { at: now, value: this.read(escalationId) };
    this.entries.set(position, entry);
    entry.value.catch(() => {
      if (this.entries.get(position) === entry) this.entries.delete(position);
    });
    return entry.value;
  }

  get size(): number {
    return this.entries.size;
  }

  private evict(now: number): void {
    // Insertion order is age order: drop the expired, then the oldest beyond the bound.
    for (const [key, entry] of this.entries) {
      if (now - entry.at < this.options.ttlMs && this.entries.size < this.options.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
