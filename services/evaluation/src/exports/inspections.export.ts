import { Role } from '@qinshang/auth';
import { z } from '@qinshang/config';
import { SqlParams } from '@qinshang/database';
import { defineExport, exportParams, localTimeSql } from '@qinshang/subgraph';
import { assertCan } from '../access/permissions';
import { InspectionKind } from '../inspection/inspection.type';

const KIND_LABELS: Record<string, string> = { CENTRALISED: '集中检查', ANNOUNCED: '明查', UNANNOUNCED: '暗访', FOLLOW_UP: '跟踪督查' };

/** The same filter as `inspections(filter: InspectionFilter)`. */
const filters = z
  .object({
    districtId: exportParams.districtId.optional(),
    kind: exportParams.oneOf(InspectionKind).optional(),
    officialId: exportParams.id.optional(),
    period: exportParams.period.optional(),
  })
  .strict();
type Filters = z.infer<typeof filters>;

/** What `inspections` applies beyond row-level security: a district office its own tenant only. */
function inspectionWhere(caller: Parameters<typeof assertCan>[0], filter: Filters, params: SqlParams): string[] {
  const where = ['true'];
  if (caller.role === Role.DISTRICT_ADMIN) where.push(`i.district_id = ${params.add(caller.districtId ?? null)}`);
  if (filter.districtId) where.push(`i.district_id = ${params.add(filter.districtId)}`);
  if (filter.kind) where.push(`i.kind = ${params.add(filter.kind)}`);
  if (filter.period) where.push(`i.period = ${params.add(filter.period)}`);
  if (filter.officialId) {
    const id = params.add(filter.officialId);
    where.push(`(${id} = ANY(i.official_ids) OR EXISTS (SELECT 1 FROM evaluation.finding f WHERE f.inspection_id = i.inspection_id AND f.official_id = ${id}))`);
  }
  return where;
}

interface InspectionRow {
  inspected_on: string;
  district_name: string | null;
  kind: string;
  period: string;
  officials: string | null;
  findings: number;
  points: string | null;
  criticism: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** Inspections (督查检查), newest first: what was checked, found and deducted. */
export const inspectionsExport = defineExport<Filters, InspectionRow>({
  name: 'inspections',
  title: '督查检查',
  filters,
  admit: (caller) => assertCan(caller, 'READ_INSPECTIONS'),
  fileSuffix: (f) => [f.districtId, f.period].filter(Boolean).join('-'),
  columns: [
    { header: '检查日期', kind: 'date', value: (r) => r.inspected_on },
    { header: '区县', kind: 'text', width: 12, value: (r) => r.district_name },
    { header: '检查方式', kind: 'text', width: 10, value: (r) => KIND_LABELS[r.kind] ?? r.kind },
    { header: '计入月份', kind: 'text', width: 8, value: (r) => r.period },
    { header: '检查干部', kind: 'text', width: 30, value: (r) => r.officials },
    { header: '发现问题数', kind: 'number', width: 10, value: (r) => r.findings },
    { header: '扣分合计', kind: 'number', width: 10, value: (r) => (r.points === null ? 0 : Number(r.points)) },
    { header: '通报批评', kind: 'text', width: 30, value: (r) => r.criticism },
    { header: '记录人', kind: 'text', width: 16, value: (r) => r.recorded_by },
    { header: '记录时间', kind: 'datetime', value: (r) => r.recorded_at },
  ],
  query(caller, filter) {
    const params = new SqlParams();
    const where = inspectionWhere(caller, filter, params);
    const sql = `
      SELECT i.inspected_on::text AS inspected_on, t.name AS district_name, i.kind, i.period,
             (SELECT string_agg(coalesce(o.name, x.id), '、' ORDER BY x.n) FROM unnest(i.official_ids) WITH ORDINALITY AS x(id, n)
                LEFT JOIN evaluation.official o ON o.official_id = x.id) AS officials,
             (SELECT count(*)::int FROM evaluation.finding f WHERE f.inspection_id = i.inspection_id) AS findings,
             (SELECT sum(d.points)::text FROM evaluation.deduction d WHERE d.inspection_id = i.inspection_id) AS points,
             i.public_criticism->>'title' AS criticism, i.recorded_by, ${localTimeSql('i.recorded_at')} AS recorded_at
        FROM evaluation.inspection i LEFT JOIN evaluation.tenant t ON t.district_id = i.district_id
       WHERE ${where.join(' AND ')}
       ORDER BY i.inspected_on DESC, i.inspection_id DESC`;
    return { sql, values: params.values };
  },
});

interface DeductionRow {
  period: string;
  district_name: string | null;
  inspected_on: string;
  kind: string;
  finding: string;
  official_id: string | null;
  official_name: string | null;
  points: string;
  reason: string;
}

/** Deductions (扣分), one row each: the month they count in, the finding, whom, how many points. */
export const deductionsExport = defineExport<Filters, DeductionRow>({
  name: 'deductions',
  title: '扣分明细',
  filters,
  admit: (caller) => assertCan(caller, 'READ_INSPECTIONS'),
  fileSuffix: (f) => [f.districtId, f.period].filter(Boolean).join('-'),
  columns: [
    { header: '计入月份', kind: 'text', width: 8, value: (r) => r.period },
    { header: '区县', kind: 'text', width: 12, value: (r) => r.district_name },
    { header: '检查日期', kind: 'date', value: (r) => r.inspected_on },
    { header: '检查方式', kind: 'text', width: 10, value: (r) => KIND_LABELS[r.kind] ?? r.kind },
    { header: '发现问题', kind: 'text', width: 40, value: (r) => r.finding },
    { header: '干部编号', kind: 'text', width: 14, value: (r) => r.official_id },
    { header: '扣分对象', kind: 'text', width: 10, value: (r) => (r.official_id ? r.official_name : '区县') },
    { header: '扣分', kind: 'number', width: 8, value: (r) => Number(r.points) },
    { header: '扣分原因', kind: 'text', width: 40, value: (r) => r.reason },
  ],
  query(caller, filter) {
    const params = new SqlParams();
    const where = inspectionWhere(caller, { ...filter, period: undefined, officialId: undefined }, params);
    if (filter.period) where.push(`d.period = ${params.add(filter.period)}`);
    if (filter.officialId) where.push(`d.official_id = ${params.add(filter.officialId)}`);
    const sql = `
      SELECT d.period, t.name AS district_name, i.inspected_on::text AS inspected_on, i.kind, f.summary AS finding,
             d.official_id, o.name AS official_name, d.points::text AS points, d.reason
        FROM evaluation.deduction d
        JOIN evaluation.inspection i ON i.inspection_id = d.inspection_id
        JOIN evaluation.finding f ON f.finding_id = d.finding_id
        LEFT JOIN evaluation.official o ON o.official_id = d.official_id
        LEFT JOIN evaluation.tenant t ON t.district_id = d.district_id
       WHERE ${where.join(' AND ')}
       ORDER BY d.period DESC, i.inspected_on DESC, d.deduction_id`;
    return { sql, values: params.values };
  },
});
