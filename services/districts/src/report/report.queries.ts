import { SqlParams } from '@qinshang/database';
import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { partyRecordVisible } from '../access/visibility';
import { MonthlyReport } from './report.type';

export const reportColumns = (a: string) =>
  `${a}.id, ${a}.district_id AS "districtId", ${a}.official_id AS "officialId", ${a}.enterprise_id AS "enterpriseId",
   ${a}.pairing_id AS "pairingId", ${a}.period, ${a}.progress, ${a}.output_value::float8 AS "outputValue",
   ${a}.investment::float8 AS investment, ${a}.submitted_at AS "submittedAt", ${a}.due_at AS "dueAt", ${a}.late`;

export const toReport = (row: object) => Object.assign(new MonthlyReport(), row);

/** Monthly reports, as far as the caller's role may see them. */
export class ReportQueries {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** Reports on each enterprise, newest month first. */
  async of(enterpriseIds: readonly string[]): Promise<Map<string, MonthlyReport[]>> {
    const params = new SqlParams();
    const manager = await this.manager();
    const found: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${reportColumns('r')} FROM districts.monthly_report r
        WHERE r.enterprise_id = ANY(${params.add(enterpriseIds)}) AND ${partyRecordVisible(this.caller, 'r', params)}
        ORDER BY r.period DESC, r.submitted_at DESC`,
      params.values,
    );
    const grouped = new Map<string, MonthlyReport[]>();
    for (const row of found) grouped.set(row.enterpriseId as string, [...(grouped.get(row.enterpriseId as string) ?? []), toReport(row)]);
    return grouped;
  }
}
