import { SqlParams } from '@qinshang/database';
import { z } from '@qinshang/config';
import { defineExport, exportParams, localTimeSql } from '@qinshang/subgraph';
import { assertCan } from '../access/permissions';
import { partyRecordVisible } from '../access/visibility';
import { EXCUSE_LABELS, MODE_LABELS, yesNo } from './labels';

/** A month's records of the work: the month, and optionally a tenant, an official, an enterprise. */
const filters = z
  .object({
    period: exportParams.period,
    districtId: exportParams.districtId.optional(),
    officialId: exportParams.id.optional(),
    enterpriseId: exportParams.id.optional(),
  })
  .strict();
type Filters = z.infer<typeof filters>;

/** The party columns (tenant, official, enterprise) every record of the work carries. */
function partyWhere(alias: string, filter: Filters, params: SqlParams, visible: string): string[] {
  const where = [visible];
  if (filter.districtId) where.push(`${alias}.district_id = ${params.add(filter.districtId)}`);
  if (filter.officialId) where.push(`${alias}.official_id = ${params.add(filter.officialId)}`);
  if (filter.enterpriseId) where.push(`${alias}.enterprise_id = ${params.add(filter.enterpriseId)}`);
  return where;
}

const PARTIES = (alias: string) => `
  JOIN districts.district d ON d.id = ${alias}.district_id
  JOIN districts.official o ON o.id = ${alias}.official_id
  JOIN districts.enterprise e ON e.id = ${alias}.enterprise_id`;

interface Party {
  district_name: string;
  official_id: string;
  official_name: string;
  enterprise_id: string;
  enterprise_name: string;
}

const partyColumns = [
  { header: '区县', kind: 'text' as const, width: 12, value: (r: Party) => r.district_name },
  { header: '干部编号', kind: 'text' as const, width: 14, value: (r: Party) => r.official_id },
  { header: '助企干部', kind: 'text' as const, width: 10, value: (r: Party) => r.official_name },
  { header: '企业编号', kind: 'text' as const, width: 14, value: (r: Party) => r.enterprise_id },
  { header: '企业名称', kind: 'text' as const, width: 30, value: (r: Party) => r.enterprise_name },
];

/** A month's service visits (走访), by day; what `Enterprise.visits` and `Official.visits` list. */
export const visitsExport = defineExport<Filters, Party & { visited_on: string; mode: string; summary: string | null; handed_over: string | null; recorded_at: string }>({
  name: 'visits',
  title: '走访记录',
  filters,
  admit: (caller) => assertCan(caller, 'EXPORT_RECORDS'),
  fileSuffix: (f) => [f.districtId, f.period].filter(Boolean).join('-'),
  columns: [
    { header: '走访日期', kind: 'date', value: (r) => r.visited_on },
    ...partyColumns,
    { header: '服务方式', kind: 'text', width: 8, value: (r) => MODE_LABELS[r.mode] ?? r.mode },
    { header: '走访情况', kind: 'text', width: 40, value: (r) => r.summary },
    { header: '移交事项', kind: 'text', width: 30, value: (r) => r.handed_over },
    { header: '录入时间', kind: 'datetime', value: (r) => r.recorded_at },
  ],
  query(caller, filter) {
    const params = new SqlParams();
    const where = partyWhere('v', filter, params, partyRecordVisible(caller, 'v', params));
    where.push(`to_char(v.visited_on, 'YYYY-MM') = ${params.add(filter.period)}`);
    const sql = `
      SELECT v.visited_on::text AS visited_on, d.name AS district_name, o.id AS official_id, o.name AS official_name, e.id AS enterprise_id, e.name AS enterprise_name,
             v.mode, v.summary, v.handed_over, ${localTimeSql('v.created_at')} AS recorded_at
        FROM districts.visit v ${PARTIES('v')}
       WHERE ${where.join(' AND ')}
       ORDER BY v.visited_on, v.id`;
    return { sql, values: params.values };
  },
});

/** A month's excuses (未走访原因): who could not visit whom, and why. */
export const excusesExport = defineExport<Filters, Party & { period: string; reason: string; note: string | null; recorded_by: string | null; recorded_at: string }>({
  name: 'excuses',
  title: '未走访说明',
  filters,
  admit: (caller) => assertCan(caller, 'EXPORT_RECORDS'),
  fileSuffix: (f) => [f.districtId, f.period].filter(Boolean).join('-'),
  columns: [
    { header: '月份', kind: 'text', width: 8, value: (r) => r.period },
    ...partyColumns,
    { header: '原因', kind: 'text', width: 10, value: (r) => EXCUSE_LABELS[r.reason] ?? r.reason },
    { header: '说明', kind: 'text', width: 40, value: (r) => r.note },
    { header: '录入时间', kind: 'datetime', value: (r) => r.recorded_at },
  ],
  query(caller, filter) {
    const params = new SqlParams();
    const where = partyWhere('x', filter, params, partyRecordVisible(caller, 'x', params));
    where.push(`x.period = ${params.add(filter.period)}`);
    const sql = `
      SELECT x.period, d.name AS district_name, o.id AS official_id, o.name AS official_name, e.id AS enterprise_id, e.name AS enterprise_name,
             x.reason, x.note, x.recorded_by, ${localTimeSql('x.created_at')} AS recorded_at
        FROM districts.visit_excuse x ${PARTIES('x')}
       WHERE ${where.join(' AND ')}
       ORDER BY x.district_id, x.official_id, x.enterprise_id`;
    return { sql, values: params.values };
  },
});

/** A month's monthly reports (月报), on time or late. */
export const reportsExport = defineExport<Filters, Party & { period: string; progress: string; output_value: string | null; investment: string | null; submitted_at: string; due_at: string; late: boolean }>({
  name: 'reports',
  title: '月报',
  filters,
  admit: (caller) => assertCan(caller, 'EXPORT_RECORDS'),
  fileSuffix: (f) => [f.districtId, f.period].filter(Boolean).join('-'),
  columns: [
    { header: '月份', kind: 'text', width: 8, value: (r) => r.period },
    ...partyColumns,
    { header: '工作进展', kind: 'text', width: 40, value: (r) => r.progress },
    { header: '产值(元)', kind: 'number', width: 12, value: (r) => (r.output_value === null ? null : Number(r.output_value)) },
    { header: '投资(元)', kind: 'number', width: 12, value: (r) => (r.investment === null ? null : Number(r.investment)) },
    { header: '报送时间', kind: 'datetime', value: (r) => r.submitted_at },
    { header: '报送截止', kind: 'datetime', value: (r) => r.due_at },
    { header: '迟报', kind: 'text', width: 6, value: (r) => yesNo(r.late) },
  ],
  query(caller, filter) {
    const params = new SqlParams();
    const where = partyWhere('m', filter, params, partyRecordVisible(caller, 'm', params));
    where.push(`m.period = ${params.add(filter.period)}`);
    const sql = `
      SELECT m.period, d.name AS district_name, o.id AS official_id, o.name AS official_name, e.id AS enterprise_id, e.name AS enterprise_name,
             m.progress, m.output_value::text AS output_value, m.investment::text AS investment,
             ${localTimeSql('m.submitted_at')} AS submitted_at, ${localTimeSql('m.due_at')} AS due_at, m.late
        FROM districts.monthly_report m ${PARTIES('m')}
       WHERE ${where.join(' AND ')}
       ORDER BY m.district_id, m.official_id, m.enterprise_id`;
    return { sql, values: params.values };
  },
});
