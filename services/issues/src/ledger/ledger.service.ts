import type { EntityManager } from 'typeorm';
import type { IssueStats } from './district.type';

export class LedgerService {
  constructor(private readonly manager: () => Promise<EntityManager>) {}

  /** Ledger figures for many tenants in one statement; row-level security hides the others. */
  async statsByDistrict(districtIds: readonly string[]): Promise<Map<string, IssueStats>> {
    const manager = await this.manager();
    const rows: Array<{ district_id: string; open: number; overdue: number; escalated: number; closed: number }> = await manager.query(
      `SELECT district_id,
              count(*) FILTER (WHERE status <> 'CLOSED')::int AS open,
              count(*) FILTER (WHERE status <> 'CLOSED' AND due_at < now())::int AS overdue,
              count(*) FILTER (WHERE status = 'ESCALATED')::int AS escalated,
              count(*) FILTER (WHERE status = 'CLOSED')::int AS closed
         FROM issues.issue
        WHERE district_id = ANY($1)
        GROUP BY district_id`,
      [districtIds],
    );
    return new Map(rows.map(({ district_id, ...stats }) => [district_id, stats]));
  }
}
