import type { Issue } from './types';
import { allowedActions, IssueStatus, OPEN_STATUSES } from './state-machine';

/** A row of `issues.issue` as the database returns it. */
export interface IssueRow {
  id: string;
  district_id: string;
  enterprise_id: string;
  ledger_no: string;
  official_id: string | null;
  raised_by: string;
  raised_by_role: string;
  category: string;
  urgency: string;
  /** 问题分类 A/B/C/D, when the office gave one. */
  problem_class: string | null;
  title: string;
  description: string;
  status: IssueStatus;
  level: string | null;
  department_id: string | null;
  responsible_person: string | null;
  rules_version: number | null;
  /** The calendar settings version its working-time clocks were counted on (0: the State Council's days only). */
  calendar_version: number;
  raised_at: Date;
  response_due_at: Date | null;
  responded_at: Date | null;
  due_at: Date | null;
  original_due_at: Date | null;
  stage_started_at: Date;
  stage_due_at: Date | null;
  reminded_stage_at: Date | null;
  resolution: string | null;
  resolved_at: Date | null;
  satisfaction: string | null;
  closure_comment: string | null;
  closed_at: Date | null;
  return_count: number;
  systemic_issue_id: string | null;
  version: number;
}

export function toIssue(row: IssueRow, now = new Date()): Issue {
  const working = OPEN_STATUSES.includes(row.status);
  return {
    id: row.id,
    ledgerNo: row.ledger_no,
    enterprise: { id: row.enterprise_id },
    districtId: row.district_id,
    raisedBy: { role: row.raised_by_role, actor: row.raised_by, officialId: row.raised_by_role === 'OFFICIAL' ? row.official_id : null },
    category: row.category as Issue['category'],
    urgency: row.urgency as Issue['urgency'],
    problemClass: (row.problem_class ?? null) as Issue['problemClass'],
    title: row.title,
    description: row.description,
    status: row.status,
    level: (row.status === IssueStatus.ESCALATED ? row.level : null) as Issue['level'],
    department: row.department_id ? { id: row.department_id } : null,
    departmentId: row.department_id,
    responsiblePerson: row.responsible_person,
    raisedAt: row.raised_at,
    responseDueAt: row.response_due_at,
    respondedAt: row.responded_at,
    dueAt: row.due_at,
    stageDueAt: working ? row.stage_due_at : null,
    overdue: working && row.due_at !== null && row.due_at < now,
    responseOverdue: row.responded_at === null && row.response_due_at !== null && row.response_due_at < now,
    stageOverdue: working && row.stage_due_at !== null && row.stage_due_at < now,
    resolution: row.resolution,
    resolvedAt: row.resolved_at,
    closure:
      row.status === IssueStatus.CLOSED && row.closed_at && row.satisfaction
        ? { confirmedAt: row.closed_at, satisfaction: row.satisfaction as NonNullable<Issue['closure']>['satisfaction'], comment: row.closure_comment }
        : null,
    satisfaction: row.satisfaction,
    closedAt: row.closed_at,
    closureComment: row.closure_comment,
    officialId: row.official_id,
    version: row.version,
    allowedActions: allowedActions(row.status),
    systemicIssueId: row.systemic_issue_id,
  };
}
