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

/** The problem categories of the contract (shared/contract/README.md), one list for every service. */
export enum IssueCategory {
  LABOR = 'LABOR',
  LAND = 'LAND',
  APPROVAL = 'APPROVAL',
  FINANCING = 'FINANCING',
  TRANSPORT = 'TRANSPORT',
  ENVIRONMENT = 'ENVIRONMENT',
  POLICY = 'POLICY',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  OTHER = 'OTHER',
}

export const ISSUE_CATEGORIES: readonly IssueCategory[] = Object.values(IssueCategory);

/** How the subgraphs that serve `IssueCategory` describe it: `registerEnumType(IssueCategory, ISSUE_CATEGORY_ENUM)`. */
export const ISSUE_CATEGORY_ENUM = {
  name: 'IssueCategory',
  description: 'What a problem is about',
  valuesConfig: {
    LABOR: { description: '用工 labour and hiring' },
    LAND: { description: '用地 land' },
    APPROVAL: { description: '审批 approvals and permits' },
    FINANCING: { description: '融资 financing' },
    TRANSPORT: { description: '交通运输 transport' },
    ENVIRONMENT: { description: '发展环境 the business environment' },
    POLICY: { description: '政策支持 policy support' },
    INFRASTRUCTURE: { description: '基础设施 infrastructure' },
    OTHER: { description: '其他 anything else' },
  },
} as const;

// ---- city subgraph ---------------------------------------------------------------------------

/** A version of the campaign's rules takes effect (effectiveFrom is a period, inclusive). */
export interface CampaignRulesPublished {
  campaignId: string;
  version: number;
  effectiveFrom: string;
  minVisitsPerMonth: number;
  /**
   * Per IssueCategory: hours to the first response, and days to the resolution due date;
   * `responseDays` (working days) where `deadlineUnit` is WORKING_DAYS.
   */
  deadlines: Record<string, { responseHours: number; resolutionDays: number; responseDays?: number }>;
  /**
   * How the version counts its time limits (absent: CALENDAR). WORKING_DAYS / WORKING_HOURS:
   * resolution, decision windows, extensions and the report's due day in working days of the
   * official calendar (`calendar.published`); the response in working days or in working hours
   * within office hours (09:00-17:30). A problem keeps the unit of the version it was raised under.
   */
  deadlineUnit?: 'CALENDAR' | 'WORKING_DAYS' | 'WORKING_HOURS';
  /** Days a leading group has to decide, per level (absent: 7), in the version's unit. */
  escalationDecisionDays?: { DISTRICT?: number; CITY?: number };
  /** Scoring weights, summing to 1: visits, report, response, resolution, satisfaction. */
  weights: { visits: number; report: number; response: number; resolution: number; satisfaction: number };
  /** Day of the month after the period by which a monthly report is on time. */
  reportDueDay: number;
  commendationQuotas: { outstanding: number; excellent: number };
  /** A deduction total above this disqualifies an official from commendation. */
  disqualifyingDeduction: number;
  /** Closures, problems or visits a tenant needs in a month before a rate counts in the ranking. */
  minimumSample: number;
}

/**
 * The city office publishes a version of its calendar settings: the days it declares on top of
 * the State Council's calendar (`HOLIDAY`: a statutory day off it publishes itself, e.g. next
 * year's once announced; `DAY_OFF`: its own, for extreme weather or a local holiday; `WORKDAY`:
 * a day worked that would otherwise be off), and the years whose whole official calendar it
 * gives. A version replaces the one before it; every service keeps the latest.
 */
export interface CalendarPublished {
  version: number;
  days: Array<{ date: string; kind: 'HOLIDAY' | 'DAY_OFF' | 'WORKDAY'; name: string }>;
  years: number[];
  publishedBy: string;
}

export interface DepartmentRegistered {
  departmentId: string;
  name: string;
  /** null for a city bureau, else the tenant whose member unit it is. */
  districtId: string | null;
  /** BUREAU, COMMISSION, OFFICE, CENTRE or OTHER. */
  kind?: string;
  /** Set when the event records a rename: the name it had before. */
  previousName?: string | null;
}

export interface LeadingGroupRegistered {
  leadingGroupId: string;
  name: string;
  level: 'CITY' | 'DISTRICT';
  districtId: string | null;
  /** Its office (e.g. 市亲商助企办). */
  office?: string;
}

// ---- districts subgraph ----------------------------------------------------------------------

/**
 * A tenant is registered (or its name or kind changes): the districts seed emits one per tenant.
 * The evaluation subgraph ranks tenants within their peer group (`kind`) from it.
 */
export interface DistrictRegistered {
  districtId: string;
  name: string;
  kind: 'DISTRICT' | 'COUNTY' | 'DEVELOPMENT_ZONE' | 'NEW_AREA';
}

export interface EnterpriseRecorded {
  enterpriseId: string;
  districtId: string;
  name: string;
  /** null for a project (项目), which is not a legal person and has no code of its own. */
  creditCode: string | null;
  sector: string;
  source: 'CITY_ASSIGNED' | 'DISTRICT_SELECTED';
  aboveScale: boolean;
  kind: 'ENTERPRISE' | 'PROJECT';
  /** Which fields changed (for `enterprise.updated`); absent on `enterprise.added`. */
  changed?: string[];
}

export interface OfficialRecorded {
  officialId: string;
  districtId: string;
  name: string;
  title: string | null;
  department: string | null;
}

export interface PairingStarted {
  pairingId: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  startedOn: string;
  /** The pairing this one replaces (re-pairing), if any. */
  replaces: string | null;
  reason: string | null;
}

export interface PairingEnded {
  pairingId: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  endedOn: string;
  reason: string | null;
}

export interface VisitRecorded {
  visitId: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  visitedOn: string;
  period: string;
  mode: 'VISIT' | 'HELP' | 'ACCOMPANY' | 'ON_BEHALF';
}

export interface VisitExcused {
  excuseId: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  period: string;
  reason: 'AWAY_ON_DUTY' | 'ENTERPRISE_DECLINED' | 'ILLNESS' | 'TRAINING';
}

export interface MonthlyReportSubmitted {
  reportId: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  period: string;
  submittedAt: string;
  dueAt: string;
  late: boolean;
}

// ---- issues subgraph -------------------------------------------------------------------------

/**
 * Every ledger transition is one `issue.*` event with this payload (plus the fields named for
 * the type below). `status` is the state after the transition; `version` the issue's version
 * after it (one event per version: the history has no gap).
 */
export interface IssueTransition {
  issueId: string;
  ledgerNo: string;
  districtId: string;
  enterpriseId: string;
  /** The official paired with the enterprise when the problem was raised, if known. */
  officialId: string | null;
  category: string;
  from: string | null;
  status: string;
  version: number;
  reason?: string | null;
  /** The clocks after the transition. */
  responseDueAt?: string | null;
  dueAt?: string | null;
  departmentId?: string | null;
  responsiblePerson?: string | null;
  satisfaction?: 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED' | null;
  /** For escalations: the level it went to and the escalation's id. */
  level?: 'DISTRICT' | 'CITY' | null;
  escalationId?: string | null;
  /** True when the platform (the scheduler) did it, not a person. */
  automatic?: boolean;
  /**
   * Set on the one event that stops the response clock (件件有回应): the problem's first answer to
   * the enterprise (a response, an acceptance, a return with reason, or a resolution on the spot).
   */
  respondedAt?: string | null;
  /** Set on `issue.resolved` and `issue.resolved_on_spot`: when it was solved (compare with dueAt). */
  resolvedAt?: string | null;
  /** When the problem was raised (on every event, so a reader needs no other event to place it). */
  raisedAt?: string;
  urgency?: 'NORMAL' | 'URGENT' | null;
  /** Free text that goes with the step: a response's message, a resolution, a decision. */
  note?: string | null;
  milestoneId?: string | null;
  milestoneTitle?: string | null;
  extensionRequestId?: string | null;
  /** For a leading group's decision: what happens next (ASSIGN, BACK_TO_OFFICE, UNSOLVABLE, RESOLVED). */
  outcome?: string | null;
  instructions?: string | null;
  systemicIssueId?: string | null;
}

export interface SystemicIssueChanged {
  systemicIssueId: string;
  title: string;
  issueIds: string[];
  districtIds: string[];
  status: string;
}

// ---- evaluation subgraph ---------------------------------------------------------------------

export interface InspectionRecorded {
  inspectionId: string;
  districtId: string;
  kind: 'CENTRALISED' | 'ANNOUNCED' | 'UNANNOUNCED' | 'FOLLOW_UP';
  inspectedOn: string;
  officialIds: string[];
  findings: { findingId: string; summary: string; officialId: string | null; eventPosition: string | null }[];
  /** A public criticism notice (通报批评) issued with the inspection, if any. */
  publicCriticism?: { title: string; text: string; officialIds: string[] } | null;
  /** The period the inspection's deductions count in (YYYY-MM); defaults to inspectedOn's month. */
  period?: string;
}

export interface DeductionRecorded {
  deductionId: string;
  inspectionId: string;
  findingId: string;
  districtId: string;
  officialId: string | null;
  points: number;
  reason: string;
  period: string;
}

/** The city office confirms the year's commendation list (表彰): outstanding 杰出 and excellent 优秀. */
export interface CommendationConfirmed {
  year: string;
  outstanding: { officialId: string; districtId: string; averageScore: number }[];
  excellent: { officialId: string; districtId: string; averageScore: number }[];
  /** The rules version whose quotas and threshold applied. */
  rulesVersion: number;
  note: string | null;
}

/** A month's scorecards and ranking frozen with the rules version they were computed under. */
export interface PeriodPublished {
  period: string;
  rulesVersion: number;
  automatic: boolean;
  scorecards: number;
  rankings: number;
}

// ---- identity service ------------------------------------------------------------------------

/**
 * An account of the embedded identity provider (services/identity). One shape for every account
 * event; the notifier projects recipients (role, scope, e-mail, status) from these. Never carries
 * a password, its hash or a one-time code.
 */
export interface AccountRecorded {
  accountId: string;
  username: string;
  displayName: string;
  /** One of the contract's roles (CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, DEPARTMENT, ENTERPRISE, INSPECTOR). */
  role: string;
  /** The tenant the account belongs to; null for the city office, inspectors and city bureaus. */
  districtId: string | null;
  /** The record the account acts for, where its role has one. */
  officialId: string | null;
  departmentId: string | null;
  enterpriseId: string | null;
  /** Where notifications by e-mail go; null when none is known. */
  email: string | null;
  status: 'ACTIVE' | 'DISABLED' | 'LOCKED';
  /** Who made the change (an account's username, or `system` for the seed). */
  actor: string;
  /** Which fields changed (for `account.updated`); absent elsewhere. */
  changed?: string[];
}

// ---- notifications service -------------------------------------------------------------------

/** A city or district office registers a webhook (the secret is never in the log). */
export interface WebhookRegistered {
  webhookId: string;
  /** The tenant whose events it receives; null for the city office's (every tenant). */
  districtId: string | null;
  /** Scheme, host and path only (no query string: it may carry a robot's access token). */
  endpoint: string;
  events: string[];
  format: 'JSON' | 'DINGTALK' | 'WECOM';
}

export interface WebhookDeleted {
  webhookId: string;
  districtId: string | null;
}

/** An office asks for a failed delivery to be sent again (same delivery id, fresh 24 h). */
export interface WebhookRedelivered {
  webhookId: string;
  districtId: string | null;
  deliveryId: string;
}

/** Retried for the whole retry window without success: kept as failed, visible to the office. */
export interface WebhookDeliveryFailed {
  webhookId: string;
  districtId: string | null;
  deliveryId: string;
  /** The position of the event the delivery carried. */
  eventPosition: string;
  attempts: number;
  lastError: string;
}

/** An account marked notifications of its inbox read. */
export interface NotificationsRead {
  accountId: string;
  districtId: string | null;
  notificationIds: string[];
}

/** An account's choice of channel for a kind of notification (the inbox always receives). */
export interface NotificationPreferenceChanged {
  accountId: string;
  districtId: string | null;
  kind: string;
  channel: 'EMAIL';
  enabled: boolean;
}

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
