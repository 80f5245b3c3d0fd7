import { ISSUE_TRANSITION_TYPES, type EventType } from '@qinshang/eventlog';

/** What a notification tells its recipient (one per event and recipient; preferences are per kind). */
export enum NotificationKind {
  /** 分派: a problem was given to the recipient's department. */
  ASSIGNED = 'ASSIGNED',
  /** 退单: the department sent it back; the office must assign it again. */
  RETURNED = 'RETURNED',
  /** 催办: the stage the recipient holds is overdue. */
  REMINDER = 'REMINDER',
  /** 上报: a problem came up to the recipient's leading group. */
  ESCALATED = 'ESCALATED',
  /** A leading group decided a problem the recipient had sent up. */
  DECIDED = 'DECIDED',
  /** Solved: the enterprise is asked to confirm (销号) and rate it. */
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
  /** Still not confirmed after the rules' number of working days. */
  CONFIRMATION_REMINDER = 'CONFIRMATION_REMINDER',
  /** 走访提醒: by the rules' day of the month, the official is short of the month's minimum visits. */
  VISIT_REMINDER = 'VISIT_REMINDER',
  /** 月报提醒: a monthly report the official has not submitted falls due within the rules' working days. */
  REPORT_REMINDER = 'REPORT_REMINDER',
}

export const NOTIFICATION_KINDS = Object.values(NotificationKind);

/** The ledger's events; a webhook may subscribe to any of them (by the log's own type name). */
export const ISSUE_EVENT_TYPES = ISSUE_TRANSITION_TYPES;

export const WEBHOOK_EVENT_TYPES: readonly string[] = ISSUE_EVENT_TYPES;

export const ACCOUNT_EVENT_TYPES = [
  'account.created',
  'account.updated',
  'account.disabled',
  'account.enabled',
  'account.password_reset',
  'account.locked',
] as const satisfies readonly EventType[];

/** Chinese names of the events, for e-mails and chat-robot messages. */
export const EVENT_LABELS: Record<string, string> = {
  'issue.raised': '新问题登记',
  'issue.resolved_on_spot': '问题当场解决',
  'issue.assigned': '问题已分派',
  'issue.returned': '问题被退单',
  'issue.accepted': '部门已受理',
  'issue.responded': '问题已回应',
  'issue.milestone_added': '新增办理节点',
  'issue.milestone_done': '办理节点完成',
  'issue.extension_requested': '申请延期',
  'issue.extension_approved': '延期已批准',
  'issue.extension_refused': '延期未批准',
  'issue.resolved': '问题已办结',
  'issue.unsolvable': '政策性暂不能解决',
  'issue.closed': '问题已销号',
  'issue.reopened': '问题重新办理',
  'issue.escalated': '问题上报领导小组',
  'issue.escalation_decided': '领导小组已决定',
  'issue.reminded': '催办',
  'visit.minimum_reminded': '走访提醒',
  'report.due_reminded': '月报提醒',
};

/** The districts' reminders to an official (not about a problem): each tells the official's own accounts. */
export const OFFICIAL_REMINDER_TYPES = ['visit.minimum_reminded', 'report.due_reminded'] as const satisfies readonly EventType[];
