import { Role } from '@qinshang/auth';
import { SqlParams } from '@qinshang/database';
import { IssueCategory } from '@qinshang/eventlog';
import { z } from '@qinshang/config';
import { defineExport, exportParams, localDateSql, localTimeSql } from '@qinshang/subgraph';
import { assertCan } from '../access/permissions';
import { IssueStatus, OPEN_STATUSES_SQL } from '../ledger/state-machine';
import { issueVisible } from '../ledger/visibility';
import { CATEGORY_LABELS, SATISFACTION_LABELS, STATUS_LABELS } from './labels';

/** The same filter as `issues(filter: IssueFilter)`, and a department as `assignedIssues` takes it. */
const filters = z
  .object({
    districtId: exportParams.districtId.optional(),
    status: exportParams.listOf(IssueStatus).optional(),
    category: exportParams.oneOf(IssueCategory).optional(),
    overdue: exportParams.flag.optional(),
    /** What `department(id).assignedIssues` lists: the problems assigned to one department. */
    departmentId: exportParams.id.optional(),
  })
  .strict();

interface LedgerExportRow {
  ledger_no: string;
  district_name: string | null;
  enterprise_name: string | null;
  category: string;
  urgency: string;
  title: string;
  raised_at: string;
  path: string;
  department_name: string | null;
  responsible_person: string | null;
  due_on: string | null;
  status: string;
  days_overdue: number | null;
  resolution: string | null;
  resolved_on: string | null;
  satisfaction: string | null;
  closed_on: string | null;
}

/**
 * The ledger (问题台账) as an office keeps it, one row per problem, newest first: what
 * `issues(filter)` lists, with the same visibility (row-level security and `issueVisible`).
 * Days overdue: calendar days past the due date, to the day it was resolved (or today).
 */
export const ledgerExport = defineExport<z.infer<typeof filters>, LedgerExportRow>({
  name: 'ledger',
  title: '问题台账',
  filters,
  admit: (caller) => assertCan(caller, 'EXPORT_LEDGER'),
  fileSuffix: (f) => f.districtId,
  columns: [
    { header: '台账编号', kind: 'text', width: 20, value: (r) => r.ledger_no },
    { header: '区县', kind: 'text', width: 12, value: (r) => r.district_name },
    { header: '企业名称', kind: 'text', width: 28, value: (r) => r.enterprise_name },
    { header: '问题类别', kind: 'text', width: 10, value: (r) => CATEGORY_LABELS[r.category] ?? r.category },
    { header: '问题', kind: 'text', width: 40, value: (r) => r.title },
    { header: '紧急程度', kind: 'text', width: 8, value: (r) => (r.urgency === 'URGENT' ? '紧急' : '一般') },
    { header: '提出时间', kind: 'datetime', value: (r) => r.raised_at },
    { header: '办理路径', kind: 'text', width: 12, value: (r) => r.path },
    { header: '责任部门', kind: 'text', width: 20, value: (r) => r.department_name },
    { header: '责任人', kind: 'text', width: 10, value: (r) => r.responsible_person },
    { header: '办结时限', kind: 'date', value: (r) => r.due_on },
    { header: '状态', kind: 'text', width: 10, value: (r) => STATUS_LABELS[r.status] ?? r.status },
    { header: '逾期天数', kind: 'number', width: 8, value: (r) => r.days_overdue },
    { header: '办理结果', kind: 'text', width: 40, value: (r) => r.resolution },
    { header: '办结日期', kind: 'date', value: (r) => r.resolved_on },
    { header: '满意度', kind: 'text', width: 10, value: (r) => (r.satisfaction ? (SATISFACTION_LABELS[r.satisfaction] ?? r.satisfaction) : null) },
    { header: '销号日期', kind: 'date', value: (r) => r.closed_on },
  ],
  query(caller, filter) {
    const params = new SqlParams();
    const where = [issueVisible(caller, 'i', params)];
    if (filter.status?.length) where.push(`i.status = ANY(${params.add(filter.status)})`);
    if (filter.category) where.push(`i.category = ${params.add(filter.category)}`);
    if (filter.districtId) where.push(`i.district_id = ${params.add(filter.districtId)}`);
    if (filter.departmentId) where.push(`i.department_id = ${params.add(filter.departmentId)}`);
    if (filter.overdue !== undefined) where.push(`${filter.overdue ? '' : 'NOT '}(i.status IN (${OPEN_STATUSES_SQL}) AND i.due_at < now())`);
    // The enterprise's name as Issue.enterprise gives it: an official only its own enterprises'.
    const nameShown =
      caller.role === Role.OFFICIAL ? `r.official_id = ${params.add(caller.officialId ?? null)}` : caller.role === Role.ENTERPRISE ? `r.enterprise_id = ${params.add(caller.enterpriseId ?? null)}` : 'true';
    const day = (expression: string) => `(${expression} AT TIME ZONE 'Asia/Shanghai')::date`;
    const sql = `
      SELECT i.ledger_no, dr.name AS district_name, CASE WHEN ${nameShown} THEN r.name END AS enterprise_name,
             i.category, i.urgency, i.title, ${localTimeSql('i.raised_at')} AS raised_at,
             CASE WHEN EXISTS (SELECT 1 FROM issues.escalation e WHERE e.issue_id = i.id) THEN '上报领导小组'
                  WHEN i.department_id IS NOT NULL THEN '交办部门'
                  WHEN i.resolved_at IS NOT NULL THEN '当场解决'
                  ELSE '待交办' END AS path,
             dep.name AS department_name, i.responsible_person, ${localDateSql('i.due_at')} AS due_on, i.status,
             CASE WHEN i.due_at IS NULL THEN NULL
                  ELSE GREATEST(0, ${day(`CASE WHEN i.status IN (${OPEN_STATUSES_SQL}) THEN now() ELSE coalesce(i.resolved_at, i.closed_at, now()) END`)} - ${day('i.due_at')}) END AS days_overdue,
             i.resolution, ${localDateSql('i.resolved_at')} AS resolved_on, i.satisfaction,
             CASE WHEN i.status = 'CLOSED' THEN ${localDateSql('i.closed_at')} END AS closed_on
        FROM issues.issue i
        LEFT JOIN issues.enterprise_ref r ON r.enterprise_id = i.enterprise_id
        LEFT JOIN issues.district_ref dr ON dr.district_id = i.district_id
        LEFT JOIN issues.department_ref dep ON dep.department_id = i.department_id
       WHERE ${where.join(' AND ')}
       ORDER BY i.raised_at DESC, i.id DESC`;
    return { sql, values: params.values };
  },
});
