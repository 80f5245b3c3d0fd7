/**
 * The event catalogue: every event a service writes to the log, with its payload. This is the
 * contract between the services that meet in the log (they never import each other's code):
 * the writer owns the meaning, readers (feeds, projections) rely on these shapes. Add fields
 * freely; never rename or remove one, and never reuse a type name for a new meaning.
 *
 * Conventions: ids are strings; dates are ISO-8601 strings (UTC); money is in yuan (numbers);
 * a period is `YYYY-MM` (Asia/Shanghai). Every payload names its tenant in `districtId` when it
 * has one (the envelope also carries it, for row-level security).
 */
export * from './catalogue/categories';
export * from './catalogue/city';
export * from './catalogue/districts';
export * from './catalogue/issues';
export * from './catalogue/evaluation';
export * from './catalogue/accounts';

import type {
  AccountRecorded,
  CalendarPublished,
  CampaignRulesPublished,
  CommendationConfirmed,
  DeductionRecorded,
  DepartmentRegistered,
  DistrictRegistered,
  EnterpriseRecorded,
  InspectionRecorded,
  IssueTransition,
  LeadingGroupRegistered,
  MonthlyReportDueReminded,
  MonthlyReportSubmitted,
  NotificationPreferenceChanged,
  NotificationsRead,
  OfficialRecorded,
  PairingEnded,
  PairingStarted,
  PeriodPublished,
  SystemicIssueChanged,
  VisitExcused,
  VisitMinimumReminded,
  VisitRecorded,
  WebhookDeleted,
  WebhookDeliveryFailed,
  WebhookRedelivered,
  WebhookRegistered,
} from './catalogue/all';

export interface EventPayloads {
  'campaign.rules_published': CampaignRulesPublished;
  'calendar.published': CalendarPublished;
  'department.registered': DepartmentRegistered;
  'leading_group.registered': LeadingGroupRegistered;

  'district.registered': DistrictRegistered;
  'enterprise.added': EnterpriseRecorded;
  'enterprise.updated': EnterpriseRecorded;
  'official.added': OfficialRecorded;
  'pairing.started': PairingStarted;
  'pairing.ended': PairingEnded;
  'visit.recorded': VisitRecorded;
  'visit.excused': VisitExcused;
  'report.submitted': MonthlyReportSubmitted;
  /** 走访提醒: an official short of the month's minimum visits by the rules' reminder day. */
  'visit.minimum_reminded': VisitMinimumReminded;
  /** 月报提醒: a monthly report coming due that the official has not submitted. */
  'report.due_reminded': MonthlyReportDueReminded;

  /** Entered in the ledger (status RAISED). */
  'issue.raised': IssueTransition;
  /** Solved at once by whoever raised it (status RESOLVED_ON_SPOT, then it waits for confirmation). */
  'issue.resolved_on_spot': IssueTransition;
  'issue.assigned': IssueTransition;
  /** The department sent it back (退单) with a reason. */
  'issue.returned': IssueTransition;
  'issue.accepted': IssueTransition;
  /** A response to the enterprise (件件有回应); the first one stops the response clock. */
  'issue.responded': IssueTransition;
  'issue.milestone_added': IssueTransition;
  'issue.milestone_done': IssueTransition;
  'issue.extension_requested': IssueTransition;
  'issue.extension_approved': IssueTransition;
  'issue.extension_refused': IssueTransition;
  'issue.resolved': IssueTransition;
  /** 政策性暂不能解决: kept apart from resolved. */
  'issue.unsolvable': IssueTransition;
  /** Confirmed by the enterprise and struck off (销号), with its satisfaction. */
  'issue.closed': IssueTransition;
  'issue.reopened': IssueTransition;
  'issue.escalated': IssueTransition;
  /** A leading group's decision, sent back down with instructions. */
  'issue.escalation_decided': IssueTransition;
  /** The scheduler's reminder (催办). */
  'issue.reminded': IssueTransition;
  /**
   * A problem's working-time clocks recounted on a new calendar (the city declared a day off or
   * a working day inside them): `responseDueAt` and `dueAt` are the moved clocks; `automatic`.
   */
  'issue.deadlines_moved': IssueTransition;
  'systemic_issue.changed': SystemicIssueChanged;

  'inspection.recorded': InspectionRecorded;
  'deduction.recorded': DeductionRecorded;
  'period.published': PeriodPublished;
  'commendation.confirmed': CommendationConfirmed;

  'account.created': AccountRecorded;
  'account.updated': AccountRecorded;
  'account.disabled': AccountRecorded;
  'account.enabled': AccountRecorded;
  /** A one-time code was issued for the person to set their own password. */
  'account.password_reset': AccountRecorded;
  /** Locked out for a while after repeated failed sign-ins. */
  'account.locked': AccountRecorded;

  'webhook.registered': WebhookRegistered;
  'webhook.deleted': WebhookDeleted;
  'webhook.redelivered': WebhookRedelivered;
  'webhook.delivery_failed': WebhookDeliveryFailed;
  'notification.read': NotificationsRead;
  'notification.preference_changed': NotificationPreferenceChanged;
}

export type EventType = keyof EventPayloads;
export type PayloadOf<T extends EventType> = EventPayloads[T];

/** Every step of a problem on the ledger: each an `IssueTransition` carrying the problem after it. */
export const ISSUE_TRANSITION_TYPES = [
  'issue.raised',
  'issue.resolved_on_spot',
  'issue.assigned',
  'issue.returned',
  'issue.accepted',
  'issue.responded',
  'issue.milestone_added',
  'issue.milestone_done',
  'issue.extension_requested',
  'issue.extension_approved',
  'issue.extension_refused',
  'issue.resolved',
  'issue.unsolvable',
  'issue.closed',
  'issue.reopened',
  'issue.escalated',
  'issue.escalation_decided',
  'issue.reminded',
] as const satisfies readonly EventType[];
