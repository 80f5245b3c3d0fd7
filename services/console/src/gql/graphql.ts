/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An enterprise or project to put on a tenant's list */
export type AddEnterpriseInput = {
  /** 四上: an above-scale enterprise */
  aboveScale?: boolean | null | undefined;
  /** Who to talk to at the enterprise */
  contactName?: string | null | undefined;
  /** The contact's phone number */
  contactPhone?: string | null | undefined;
  /** 统一社会信用代码, 18 characters with a valid check character; required for an enterprise, optional for a project */
  creditCode?: string | null | undefined;
  /** The tenant whose list it goes on (a district office: its own) */
  districtId: string | number;
  kind?: EnterpriseKind | null | undefined;
  /** The registered name, or the name of the project */
  name: string;
  sector: EnterpriseSector;
  /** Assigned by the city (市上确定) or selected by the tenant (区县选取) */
  source: EnterpriseSource;
};

export type AddMilestoneInput = {
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
  milestone: MilestoneInput;
};

export type AssignIssueInput = {
  departmentId: string | number;
  /** The timetable's due date; by default the campaign rules' resolution deadline for the category */
  dueAt?: string | null | undefined;
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
  /** The roadmap */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** The named responsible person (责任人) */
  responsiblePerson: string;
};

/** The clocks of one problem category */
export type CategoryDeadlineInput = {
  category: IssueCategory;
  /** Days to the resolution due date, 1 or more */
  resolutionDays: number;
  /** Working days to the first response; required by WORKING_DAYS rules */
  responseDays?: number | null | undefined;
  /** Hours to the first response, 1 or more */
  responseHours: number;
};

/** Commendation quotas */
export type CommendationQuotasInput = {
  excellent: number;
  outstanding: number;
};

export type CompleteMilestoneInput = {
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
  milestoneId: string | number;
};

export type ConfirmClosureInput = {
  comment?: string | null | undefined;
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
  /** DISSATISFIED reopens the problem instead of closing it */
  satisfaction: Satisfaction;
};

/** The commendation list the office confirms */
export type ConfirmCommendationsInput = {
  /** Officials commended as excellent (优秀) */
  excellent: Array<string | number>;
  note?: string | null | undefined;
  /** Officials commended as outstanding (杰出) */
  outstanding: Array<string | number>;
  /** YYYY */
  year: string;
};

export type CreateSystemicIssueInput = {
  description: string;
  /** A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again */
  idempotencyKey?: string | null | undefined;
  issueIds: Array<string | number>;
  title: string;
};

/** How a rules version counts time: CALENDAR (response in clock hours, the rest in calendar days); WORKING_DAYS (response in working days, `responseDays`; the rest in working days of the official calendar); WORKING_HOURS (response in working hours within office hours 09:00-17:30; the rest in working days) */
export type DeadlineUnit =
  | 'CALENDAR'
  | 'WORKING_DAYS'
  | 'WORKING_HOURS';

export type DecideEscalationInput = {
  /** The leading group's decision */
  decision: string;
  /** For outcome ASSIGN: the department */
  departmentId?: string | number | null | undefined;
  escalationId: string | number;
  /** Instructions sent back down with it */
  instructions: string;
  outcome: EscalationOutcome;
  /** For outcome ASSIGN: the responsible person */
  responsiblePerson?: string | null | undefined;
};

export type DecideExtensionInput = {
  approve: boolean;
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
  note?: string | null | undefined;
};

/** Days a leading group has to decide, per level */
export type DecisionWindowsInput = {
  CITY: number;
  DISTRICT: number;
};

/** Points to deduct for a finding */
export type DeductionInput = {
  /** Points, more than 0 and at most 100 */
  points: number;
  /** Why */
  reason: string;
};

/** What kind of tenant: 区 district, 县 county, 开发区 development zone, 新区 new area */
export type DistrictKind =
  | 'COUNTY'
  | 'DEVELOPMENT_ZONE'
  | 'DISTRICT'
  | 'NEW_AREA';

/** Narrows a tenant's enterprise list; every field given must match */
export type EnterpriseFilter = {
  /** Only those whose name contains this text (case-insensitive; at most 100 characters) */
  nameContains?: string | null | undefined;
  /** Only those of this sector */
  sector?: EnterpriseSector | null | undefined;
  /** Only those assigned by the city, or only those the tenant selected */
  source?: EnterpriseSource | null | undefined;
};

/** What the campaign serves */
export type EnterpriseKind =
  /** 企业: an enterprise */
  | 'ENTERPRISE'
  /** 项目: a project under construction */
  | 'PROJECT';

/** The sector an enterprise or project works in */
export type EnterpriseSector =
  /** 商贸 commerce */
  | 'COMMERCE'
  /** 建筑 construction */
  | 'CONSTRUCTION'
  /** 文化 culture */
  | 'CULTURE'
  /** 工业 industry */
  | 'INDUSTRY'
  /** 科技 technology */
  | 'TECHNOLOGY'
  /** 旅游 tourism */
  | 'TOURISM';

/** Why an enterprise is on a tenant's list */
export type EnterpriseSource =
  /** 市上确定: assigned by the city */
  | 'CITY_ASSIGNED'
  /** 区县选取: selected by the tenant itself */
  | 'DISTRICT_SELECTED';

export type EscalateIssueInput = {
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
  reason: string;
};

export type EscalateSystemicIssueInput = {
  reason: string;
  systemicIssueId: string | number;
};

export type EscalationLevel =
  /** The city's leading group */
  | 'CITY'
  /** The tenant's leading group */
  | 'DISTRICT';

/** What a leading group's decision sends back down, or that it went one level up */
export type EscalationOutcome =
  | 'ASSIGN'
  | 'BACK_TO_OFFICE'
  /** Passed one level up, to the city’s leading group (escalateIssue); not a decision one can send */
  | 'ESCALATED'
  | 'RESOLVED'
  | 'UNSOLVABLE';

export type EscalationStatus =
  | 'DECIDED'
  /** Waiting for the leading group to decide */
  | 'OPEN';

/** One finding of an inspection */
export type FindingInput = {
  /** Points deducted for it (counted against the finding’s official, or the tenant) */
  deductions?: Array<DeductionInput> | null | undefined;
  /** The position of the ledger event it cites (must be one of this tenant’s events) */
  eventPosition?: string | null | undefined;
  /** The official it concerns (one of the tenant’s) */
  officialId?: string | number | null | undefined;
  /** What was found */
  summary: string;
};

/** An enterprise list file for a tenant, as district offices keep them (Chinese or English headers) */
export type ImportEnterprisesInput = {
  /** The file, base64-encoded; at most 700 KiB and 5,000 rows */
  contentBase64: string;
  /** The tenant whose list it goes on (a district office: its own) */
  districtId: string | number;
  /** Check only: report what would be rejected, write nothing */
  dryRun?: boolean | null | undefined;
  format: ImportFormat;
};

/** The kind of file an enterprise list comes in */
export type ImportFormat =
  | 'CSV'
  | 'XLSX';

/** How the work was checked */
export type InspectionKind =
  /** 明查: an announced visit */
  | 'ANNOUNCED'
  /** 集中检查: a centralised inspection */
  | 'CENTRALISED'
  /** 跟踪督查: follow-up supervision */
  | 'FOLLOW_UP'
  /** 暗访: an unannounced visit */
  | 'UNANNOUNCED';

/** A step in the ledger state machine */
export type IssueAction =
  | 'ACCEPT'
  | 'ADD_MILESTONE'
  | 'ASSIGN'
  | 'COMPLETE_MILESTONE'
  | 'CONFIRM_CLOSURE'
  | 'DECIDE_ESCALATION'
  | 'DECIDE_EXTENSION'
  | 'DECLARE_UNSOLVABLE'
  | 'ESCALATE'
  | 'REOPEN'
  | 'REQUEST_EXTENSION'
  | 'RESOLVE'
  | 'RESOLVE_ON_SPOT'
  | 'RESPOND'
  | 'RETURN';

/** A step on one problem: which, and the version you saw */
export type IssueActionInput = {
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
};

/** What a problem is about */
export type IssueCategory =
  /** 审批 approvals and permits */
  | 'APPROVAL'
  /** 发展环境 the business environment */
  | 'ENVIRONMENT'
  /** 融资 financing */
  | 'FINANCING'
  /** 基础设施 infrastructure */
  | 'INFRASTRUCTURE'
  /** 用工 labour and hiring */
  | 'LABOR'
  /** 用地 land */
  | 'LAND'
  /** 其他 anything else */
  | 'OTHER'
  /** 政策支持 policy support */
  | 'POLICY'
  /** 交通运输 transport */
  | 'TRANSPORT';

export type IssueFilter = {
  category?: IssueCategory | null | undefined;
  districtId?: string | number | null | undefined;
  overdue?: boolean | null | undefined;
  status?: Array<IssueStatus> | null | undefined;
};

/** Where a problem stands on the ledger (state machine in the README) */
export type IssueStatus =
  /** The department took it on */
  | 'ACCEPTED'
  /** Given to a department and a responsible person (分解到具体部门和责任人) */
  | 'ASSIGNED'
  /** Struck off the ledger (销号) after the enterprise confirmed */
  | 'CLOSED'
  /** With a leading group (上报领导小组) */
  | 'ESCALATED'
  /** Being worked along its roadmap */
  | 'IN_PROGRESS'
  /** Entered in the ledger; the office decides what happens */
  | 'RAISED'
  /** The enterprise was not satisfied; back with the department */
  | 'REOPENED'
  /** Solved; waiting for the enterprise to confirm */
  | 'RESOLVED'
  /** Sent back by the department with a reason (退单); the office re-assigns */
  | 'RETURNED'
  /** Cannot be solved under current policy (政策性暂不能解决); kept apart from resolved */
  | 'UNSOLVABLE';

export type MilestoneInput = {
  /** YYYY-MM-DD */
  dueOn: string;
  title: string;
};

/** Pair an official with an enterprise (一对一); ends whatever pairing either has now */
export type PairOfficialInput = {
  enterpriseId: string | number;
  /** An official of the enterprise's tenant */
  officialId: string | number;
  /** Why: recorded on the new pairing and as the end reason of the ones it ends */
  reason?: string | null | undefined;
  /** The first day (YYYY-MM-DD); today (Asia/Shanghai) when omitted; not in the future */
  startedOn?: string | null | undefined;
};

/** Which level of government issued a policy */
export type PolicyLevel =
  /** 市 city */
  | 'CITY'
  /** 区县 district or county */
  | 'DISTRICT'
  /** 国家 national */
  | 'NATIONAL'
  /** 省 provincial */
  | 'PROVINCIAL';

/** 通报批评: a public criticism notice */
export type PublicCriticismInput = {
  /** The officials it names (of the inspected tenant) */
  officialIds: Array<string | number>;
  text: string;
  title: string;
};

/** A new rules version. Every setting left out is copied from the version that would otherwise be in force from `effectiveFrom`; deadlines, when given, list every category. */
export type PublishCampaignRulesInput = {
  /** The campaign; the city's current one when left out */
  campaignId?: string | number | null | undefined;
  commendationQuotas?: CommendationQuotasInput | null | undefined;
  /** How the version counts its time limits */
  deadlineUnit?: DeadlineUnit | null | undefined;
  deadlines?: Array<CategoryDeadlineInput> | null | undefined;
  disqualifyingDeduction?: number | null | undefined;
  /** The first month it applies to (YYYY-MM), the current month or later */
  effectiveFrom: string;
  escalationDecisionDays?: DecisionWindowsInput | null | undefined;
  minVisitsPerMonth?: number | null | undefined;
  minimumSample?: number | null | undefined;
  reportDueDay?: number | null | undefined;
  weights?: ScoringWeightsInput | null | undefined;
};

export type ReasonedActionInput = {
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
  reason: string;
};

/** An inspection to record */
export type RecordInspectionInput = {
  /** The tenant inspected */
  districtId: string | number;
  findings: Array<FindingInput>;
  /** A key the client makes once per submission (a UUID): a retry with the same key returns the first result instead of creating again */
  idempotencyKey?: string | null | undefined;
  /** The day, YYYY-MM-DD */
  inspectedOn: string;
  kind: InspectionKind;
  /** The officials concerned (of the inspected tenant) */
  officialIds: Array<string | number>;
  /** The month the deductions count in (YYYY-MM); defaults to the inspection’s month */
  period?: string | null | undefined;
  publicCriticism?: PublicCriticismInput | null | undefined;
};

export type RequestExtensionInput = {
  /** How much longer, in the unit of the problem's rules (working days under working-time rules, else calendar days), counted from the current due date */
  days?: number | null | undefined;
  /** The due date asked for; or give days */
  dueAt?: string | null | undefined;
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
  reason: string;
};

export type ResolveIssueInput = {
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
  resolution: string;
};

export type RespondToIssueInput = {
  /** The version you saw; CONFLICT if the problem changed since */
  expectedVersion?: number | null | undefined;
  issueId: string | number;
  /** The answer to the enterprise */
  message: string;
};

export type Satisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 不满意 */
  | 'DISSATISFIED'
  /** 满意 */
  | 'SATISFIED';

/** Scoring weights, each 0 to 1, summing to 1 */
export type ScoringWeightsInput = {
  report: number;
  resolution: number;
  response: number;
  satisfaction: number;
  visits: number;
};

/** Changes to an enterprise: only the fields given change (null clears an optional one) */
export type UpdateEnterpriseInput = {
  aboveScale?: boolean | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** A new credit code; null removes it (projects only) */
  creditCode?: string | null | undefined;
  id: string | number;
  kind?: EnterpriseKind | null | undefined;
  name?: string | null | undefined;
  sector?: EnterpriseSector | null | undefined;
  source?: EnterpriseSource | null | undefined;
};

export type Urgency =
  | 'NORMAL'
  | 'URGENT';

/** How the official served the enterprise */
export type VisitMode =
  /** 陪办: accompanied the enterprise through it */
  | 'ACCOMPANY'
  /** 帮办: helped with a procedure */
  | 'HELP'
  /** 代办: acted on its behalf (submitted, reported, coordinated, delivered the result back) */
  | 'ON_BEHALF'
  /** 走访: a plain visit */
  | 'VISIT';

export type AssessmentPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentPeriodsQuery = { city: { assessmentPeriods: Array<{ period: string, published: boolean, publishedAt: string | null, rulesVersion: number | null }> } | null };

export type CandidateFragment = { officialId: string, districtId: string, rank: number | null, level: string | null, averageScore: number, months: number, visits: number, requiredVisits: number, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null, deductions: number, disqualified: boolean, official: { id: string, name: string } };

export type CommendationsQueryVariables = Exact<{
  year: string;
}>;


export type CommendationsQuery = { city: { districts: Array<{ id: string, name: string }> } | null, commendationCandidates: { year: string, rulesVersion: number, outstandingQuota: number, excellentQuota: number, disqualifyingDeduction: number, outstanding: Array<{ officialId: string, districtId: string, rank: number | null, level: string | null, averageScore: number, months: number, visits: number, requiredVisits: number, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null, deductions: number, disqualified: boolean, official: { id: string, name: string } }>, excellent: Array<{ officialId: string, districtId: string, rank: number | null, level: string | null, averageScore: number, months: number, visits: number, requiredVisits: number, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null, deductions: number, disqualified: boolean, official: { id: string, name: string } }>, disqualified: Array<{ officialId: string, districtId: string, rank: number | null, level: string | null, averageScore: number, months: number, visits: number, requiredVisits: number, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null, deductions: number, disqualified: boolean, official: { id: string, name: string } }>, confirmed: Array<{ officialId: string, level: string, averageScore: number, confirmedBy: string, confirmedAt: string, official: { id: string, name: string } }> } };

export type ConfirmCommendationsMutationVariables = Exact<{
  input: ConfirmCommendationsInput;
}>;


export type ConfirmCommendationsMutation = { confirmCommendations: Array<{ officialId: string, level: string }> };

export type PublishPeriodMutationVariables = Exact<{
  period: string;
}>;


export type PublishPeriodMutation = { publishPeriod: { period: string, rulesVersion: number, scorecards: number, rankings: number } };

export type OfficialScorecardQueryVariables = Exact<{
  id: string | number;
  period: string;
}>;


export type OfficialScorecardQuery = { official: { id: string, name: string, title: string | null, departmentName: string | null, district: { id: string, name: string }, scorecard: { period: string, rulesVersion: number, published: boolean, publishedAt: string | null, score: number, pairedEnterprises: number, excusedEnterprises: number, visits: number, requiredVisits: number, creditedVisits: number, visitCompliance: number | null, reportsExpected: number, reportsOnTime: number, reportsLate: number, reportsMissing: number, reportRate: number | null, reportStatus: string, problemsDueAnswer: number, answeredInTime: number, responseRate: number | null, problemsDue: number, solvedByDue: number, resolutionRate: number | null, closuresRated: number, closuresSatisfied: number, satisfactionRate: number | null, overdue: number, escalations: number, deductions: number } | null } | null };

export type ScorecardRecordsQueryVariables = Exact<{
  officialId: string | number;
  period: string;
}>;


export type ScorecardRecordsQuery = { official: { id: string, visits: { totalCount: number, edges: Array<{ node: { id: string, visitedOn: string, mode: VisitMode, summary: string | null, enterprise: { id: string, name: string } | null } }> }, enterprises: Array<{ id: string, name: string, reports: Array<{ id: string, period: string, submittedAt: string, late: boolean }>, issues: { edges: Array<{ node: { id: string, ledgerNo: string, title: string, status: IssueStatus, dueAt: string | null, overdue: boolean } }> } }> } | null, inspections: { edges: Array<{ node: { id: string, inspectedOn: string, kind: InspectionKind, district: { id: string, name: string }, findings: Array<{ id: string, summary: string, officialId: string | null, eventPosition: string | null, issueId: string | null, eventType: string | null, deductions: Array<{ id: string, points: number, reason: string, officialId: string | null, period: string }> }> } }> } };

export type TenantScorecardsQueryVariables = Exact<{
  districtId: string | number;
  period: string;
}>;


export type TenantScorecardsQuery = { scorecards: Array<{ officialId: string, score: number, visits: number, requiredVisits: number, visitCompliance: number | null, reportRate: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null, deductions: number, official: { id: string, name: string } }> };

export type RankingLineFragment = { districtId: string, kind: string | null, rank: number, peerRank: number | null, peerGroupSize: number | null, score: number, published: boolean, officials: number, visits: number, requiredVisits: number, creditedVisits: number, visitCompliance: number | null, reportsExpected: number, reportsOnTime: number, reportsLate: number, reportRate: number | null, problemsDueAnswer: number, answeredInTime: number, responseRate: number | null, problemsDue: number, solvedByDue: number, resolutionRate: number | null, closuresRated: number, closuresSatisfied: number, satisfactionRate: number | null, overdue: number, deductions: number, district: { id: string, name: string } };

export type AssessmentRankingsQueryVariables = Exact<{
  period: string;
}>;


export type AssessmentRankingsQuery = { city: { rankings: Array<{ districtId: string, kind: string | null, rank: number, peerRank: number | null, peerGroupSize: number | null, score: number, published: boolean, officials: number, visits: number, requiredVisits: number, creditedVisits: number, visitCompliance: number | null, reportsExpected: number, reportsOnTime: number, reportsLate: number, reportRate: number | null, problemsDueAnswer: number, answeredInTime: number, responseRate: number | null, problemsDue: number, solvedByDue: number, resolutionRate: number | null, closuresRated: number, closuresSatisfied: number, satisfactionRate: number | null, overdue: number, deductions: number, district: { id: string, name: string } }> } | null };

export type ProblemsByCategoryQueryVariables = Exact<{ [key: string]: never; }>;


export type ProblemsByCategoryQuery = { LABOR: { totalCount: number }, LAND: { totalCount: number }, APPROVAL: { totalCount: number }, FINANCING: { totalCount: number }, TRANSPORT: { totalCount: number }, ENVIRONMENT: { totalCount: number }, POLICY: { totalCount: number }, INFRASTRUCTURE: { totalCount: number }, OTHER: { totalCount: number }, openLABOR: { totalCount: number }, openLAND: { totalCount: number }, openAPPROVAL: { totalCount: number }, openFINANCING: { totalCount: number }, openTRANSPORT: { totalCount: number }, openENVIRONMENT: { totalCount: number }, openPOLICY: { totalCount: number }, openINFRASTRUCTURE: { totalCount: number }, openOTHER: { totalCount: number } };

export type DecisionOptionsQueryVariables = Exact<{
  districtId: string | number;
}>;


export type DecisionOptionsQuery = { city: { departments: Array<{ id: string, name: string }> } | null, district: { id: string, departments: Array<{ id: string, name: string }> } | null };

export type DecideEscalationMutationVariables = Exact<{
  input: DecideEscalationInput;
}>;


export type DecideEscalationMutation = { decideEscalation: { escalation: { id: string, status: EscalationStatus, outcome: EscalationOutcome | null, decision: string | null, instructions: string | null }, issue: { id: string, status: IssueStatus, version: number } } };

export type WaitingEscalationFragment = { id: string, level: EscalationLevel, reason: string, raisedAt: string, status: EscalationStatus, districtId: string, issue: { id: string, ledgerNo: string, title: string, category: IssueCategory, enterprise: { id: string, name: string, district: { id: string, name: string } } } };

export type RankingTrendQueryVariables = Exact<{
  m1: string;
  m2: string;
  m3: string;
  m4: string;
  m5: string;
  m6: string;
  m7: string;
  m8: string;
  m9: string;
  m10: string;
  m11: string;
  m12: string;
}>;


export type RankingTrendQuery = { city: { m1: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m2: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m3: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m4: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m5: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m6: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m7: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m8: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m9: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m10: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m11: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }>, m12: Array<{ districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null }> } | null };

export type TrendPointFragment = { districtId: string, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null };

export type CityDashboardQueryVariables = Exact<{
  period: string;
}>;


export type CityDashboardQuery = { city: { name: string, campaign: { name: string, mobilizedOn: string, minVisitsPerMonth: number } | null, districts: Array<{ id: string, name: string, kind: DistrictKind, enterpriseCount: number, officialCount: number, issueStats: { open: number, overdue: number, escalated: number, closed: number } | null, ranking: { rank: number, score: number, visitCompliance: number | null, responseRate: number | null, resolutionRate: number | null, satisfactionRate: number | null } | null }> } | null, escalations: { totalCount: number, edges: Array<{ node: { id: string, level: EscalationLevel, reason: string, raisedAt: string, status: EscalationStatus, districtId: string, issue: { id: string, ledgerNo: string, title: string, category: IssueCategory, enterprise: { id: string, name: string, district: { id: string, name: string } } } } }> } };

export type EscalationFeedSubscriptionVariables = Exact<{
  level?: EscalationLevel | null | undefined;
  after?: string | null | undefined;
}>;


export type EscalationFeedSubscription = { escalationRaised: { cursor: string, escalation: { id: string, level: EscalationLevel, reason: string, raisedAt: string, status: EscalationStatus, districtId: string, issue: { id: string, ledgerNo: string, title: string, category: IssueCategory, enterprise: { id: string, name: string, district: { id: string, name: string } } } } } };

export type PairOptionsQueryVariables = Exact<{
  districtId: string | number;
}>;


export type PairOptionsQuery = { district: { id: string, officials: { edges: Array<{ node: { id: string, name: string, departmentName: string | null } }> } } | null };

export type PairOfficialMutationVariables = Exact<{
  input: PairOfficialInput;
}>;


export type PairOfficialMutation = { pairOfficial: { pairing: { id: string, active: boolean }, ended: Array<{ id: string, endedOn: string | null }> } };

export type EnterprisePageQueryVariables = Exact<{
  id: string | number;
  period: string;
}>;


export type EnterprisePageQuery = { enterprise: { id: string, name: string, creditCode: string | null, sector: EnterpriseSector, source: EnterpriseSource, aboveScale: boolean, kind: EnterpriseKind, contactName: string | null, contactPhone: string | null, visitsThisMonth: number, district: { id: string, name: string }, official: { id: string, name: string, title: string | null, departmentName: string | null } | null, pairings: Array<{ id: string, startedOn: string, endedOn: string | null, reason: string | null, endReason: string | null, active: boolean, official: { id: string, name: string } | null }>, visits: { totalCount: number, edges: Array<{ node: { id: string, visitedOn: string, mode: VisitMode, summary: string | null, official: { id: string, name: string } | null } }> }, reports: Array<{ id: string, period: string, progress: string, submittedAt: string, late: boolean }>, issues: { totalCount: number, edges: Array<{ node: { id: string, ledgerNo: string, title: string, status: IssueStatus, category: IssueCategory, overdue: boolean, raisedAt: string } }> }, policies: Array<{ id: string, title: string, level: PolicyLevel, issuer: string, fundAmount: number | null, validTo: string | null }> } | null };

export type EnterpriseFormQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseFormQuery = { enterprise: { id: string, name: string, creditCode: string | null, sector: EnterpriseSector, source: EnterpriseSource, aboveScale: boolean, kind: EnterpriseKind, contactName: string | null, contactPhone: string | null } | null };

export type AddEnterpriseMutationVariables = Exact<{
  input: AddEnterpriseInput;
}>;


export type AddEnterpriseMutation = { addEnterprise: { enterprise: { id: string } } };

export type UpdateEnterpriseMutationVariables = Exact<{
  input: UpdateEnterpriseInput;
}>;


export type UpdateEnterpriseMutation = { updateEnterprise: { enterprise: { id: string, name: string, creditCode: string | null, sector: EnterpriseSector, source: EnterpriseSource, aboveScale: boolean, kind: EnterpriseKind, contactName: string | null, contactPhone: string | null } } };

export type DistrictEnterprisesQueryVariables = Exact<{
  districtId: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: EnterpriseFilter | null | undefined;
}>;


export type DistrictEnterprisesQuery = { district: { id: string, name: string, enterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, sector: EnterpriseSector, source: EnterpriseSource, visitsThisMonth: number, openIssueCount: number, official: { id: string, name: string } | null } }> } } | null };

export type ImportEnterprisesMutationVariables = Exact<{
  input: ImportEnterprisesInput;
}>;


export type ImportEnterprisesMutation = { importEnterprises: { accepted: boolean, dryRun: boolean, rowCount: number, imported: number, summary: string, rejected: Array<{ row: number, column: string | null, field: string | null, reason: string }> } };

export type CitableEventsQueryVariables = Exact<{
  ledgerNo: string;
}>;


export type CitableEventsQuery = { issueByLedgerNo: { id: string, ledgerNo: string, title: string, districtId: string, history: Array<{ position: string, type: string, at: string, note: string | null, toStatus: IssueStatus }> } | null };

export type InspectionOptionsQueryVariables = Exact<{
  districtId: string | number;
  withOfficials: boolean;
}>;


export type InspectionOptionsQuery = { city: { districts: Array<{ id: string, name: string }> } | null, district?: { id: string, officials: { edges: Array<{ node: { id: string, name: string } }> } } | null };

export type RecordInspectionMutationVariables = Exact<{
  input: RecordInspectionInput;
}>;


export type RecordInspectionMutation = { recordInspection: { id: string, deductionTotal: number } };

export type InspectionRowFragment = { id: string, kind: InspectionKind, inspectedOn: string, period: string, deductionTotal: number, recordedAt: string, district: { id: string, name: string }, officials: Array<{ id: string, name: string }>, findings: Array<{ id: string, summary: string, officialId: string | null, eventPosition: string | null, issueId: string | null, eventType: string | null, deductions: Array<{ id: string, points: number, reason: string }> }>, publicCriticism: { title: string, text: string, officialIds: Array<string> } | null };

export type InspectionsQueryVariables = Exact<{
  first: number;
}>;


export type InspectionsQuery = { inspections: { totalCount: number, edges: Array<{ node: { id: string, kind: InspectionKind, inspectedOn: string, period: string, deductionTotal: number, recordedAt: string, district: { id: string, name: string }, officials: Array<{ id: string, name: string }>, findings: Array<{ id: string, summary: string, officialId: string | null, eventPosition: string | null, issueId: string | null, eventType: string | null, deductions: Array<{ id: string, points: number, reason: string }> }>, publicCriticism: { title: string, text: string, officialIds: Array<string> } | null } }> } };

export type SuggestedFindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SuggestedFindingsQuery = { suggestedFindings: Array<{ kind: string, districtId: string, issueId: string, ledgerNo: string, officialId: string | null, summary: string, eventPositions: Array<string>, alreadyRecorded: boolean }> };

export type ActionDepartmentsQueryVariables = Exact<{
  districtId: string | number;
}>;


export type ActionDepartmentsQuery = { district: { id: string, departments: Array<{ id: string, name: string }> } | null, city: { departments: Array<{ id: string, name: string }> } | null };

export type ResolveIssueOnSpotMutationVariables = Exact<{
  input: ResolveIssueInput;
}>;


export type ResolveIssueOnSpotMutation = { resolveIssueOnSpot: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type AssignIssueMutationVariables = Exact<{
  input: AssignIssueInput;
}>;


export type AssignIssueMutation = { assignIssue: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type ReturnIssueMutationVariables = Exact<{
  input: ReasonedActionInput;
}>;


export type ReturnIssueMutation = { returnIssue: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type AcceptIssueMutationVariables = Exact<{
  input: IssueActionInput;
}>;


export type AcceptIssueMutation = { acceptIssue: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type RespondToIssueMutationVariables = Exact<{
  input: RespondToIssueInput;
}>;


export type RespondToIssueMutation = { respondToIssue: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type AddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;


export type AddMilestoneMutation = { addMilestone: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type CompleteMilestoneMutationVariables = Exact<{
  input: CompleteMilestoneInput;
}>;


export type CompleteMilestoneMutation = { completeMilestone: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type RequestExtensionMutationVariables = Exact<{
  input: RequestExtensionInput;
}>;


export type RequestExtensionMutation = { requestExtension: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type DecideExtensionMutationVariables = Exact<{
  input: DecideExtensionInput;
}>;


export type DecideExtensionMutation = { decideExtension: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type ResolveIssueMutationVariables = Exact<{
  input: ResolveIssueInput;
}>;


export type ResolveIssueMutation = { resolveIssue: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type DeclareIssueUnsolvableMutationVariables = Exact<{
  input: ReasonedActionInput;
}>;


export type DeclareIssueUnsolvableMutation = { declareIssueUnsolvable: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type ConfirmIssueClosureMutationVariables = Exact<{
  input: ConfirmClosureInput;
}>;


export type ConfirmIssueClosureMutation = { confirmIssueClosure: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type ReopenIssueMutationVariables = Exact<{
  input: ReasonedActionInput;
}>;


export type ReopenIssueMutation = { reopenIssue: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> } } };

export type EscalateIssueFromPageMutationVariables = Exact<{
  input: EscalateIssueInput;
}>;


export type EscalateIssueFromPageMutation = { escalateIssue: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> }, escalation: { id: string, level: EscalationLevel } } };

export type DecideEscalationFromPageMutationVariables = Exact<{
  input: DecideEscalationInput;
}>;


export type DecideEscalationFromPageMutation = { decideEscalation: { issue: { id: string, status: IssueStatus, version: number, allowedActions: Array<IssueAction> }, escalation: { id: string, status: EscalationStatus } } };

export type IssuePageQueryVariables = Exact<{
  id: string | number;
}>;


export type IssuePageQuery = { issue: { id: string, ledgerNo: string, title: string, description: string, category: IssueCategory, urgency: Urgency, status: IssueStatus, level: EscalationLevel | null, version: number, allowedActions: Array<IssueAction>, districtId: string, responsiblePerson: string | null, raisedAt: string, responseDueAt: string | null, respondedAt: string | null, responseOverdue: boolean, dueAt: string | null, overdue: boolean, stageDueAt: string | null, stageOverdue: boolean, resolution: string | null, resolvedAt: string | null, enterprise: { id: string, name: string, district: { id: string, name: string } }, department: { id: string, name: string } | null, closure: { satisfaction: Satisfaction, comment: string | null, confirmedAt: string } | null, history: Array<{ position: string, type: string, at: string, actor: string, actorRole: string, fromStatus: IssueStatus | null, toStatus: IssueStatus, version: number, note: string | null, automatic: boolean }>, milestones: Array<{ id: string, title: string, dueOn: string, doneAt: string | null, overdue: boolean }>, extensionRequests: Array<{ id: string, requestedDueAt: string, reason: string, status: string }>, escalations: Array<{ id: string, level: EscalationLevel, status: EscalationStatus, reason: string, raisedAt: string }> } | null };

export type LedgerRowFragment = { id: string, ledgerNo: string, title: string, category: IssueCategory, status: IssueStatus, overdue: boolean, dueAt: string | null, raisedAt: string, responsiblePerson: string | null, department: { id: string, name: string } | null, enterprise: { id: string, name: string } };

export type LedgerQueryVariables = Exact<{
  districtId: string | number;
  filter?: IssueFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  departmentId: string | number;
  byDepartment: boolean;
}>;


export type LedgerQuery = { district: { id: string, name: string, departments: Array<{ id: string, name: string }> } | null, issues?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, ledgerNo: string, title: string, category: IssueCategory, status: IssueStatus, overdue: boolean, dueAt: string | null, raisedAt: string, responsiblePerson: string | null, department: { id: string, name: string } | null, enterprise: { id: string, name: string } } }> }, department?: { id: string, assignedIssues: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, ledgerNo: string, title: string, category: IssueCategory, status: IssueStatus, overdue: boolean, dueAt: string | null, raisedAt: string, responsiblePerson: string | null, department: { id: string, name: string } | null, enterprise: { id: string, name: string } } }> } } | null };

export type SystemicIssuesQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemicIssuesQuery = { systemicIssues: Array<{ id: string, title: string, description: string, status: string, createdAt: string, issues: Array<{ id: string, ledgerNo: string, title: string, status: IssueStatus, enterprise: { id: string, name: string } }> }> };

export type LinkableIssuesQueryVariables = Exact<{ [key: string]: never; }>;


export type LinkableIssuesQuery = { issues: { edges: Array<{ node: { id: string, ledgerNo: string, title: string, enterprise: { id: string, name: string } } }> } };

export type CreateSystemicIssueMutationVariables = Exact<{
  input: CreateSystemicIssueInput;
}>;


export type CreateSystemicIssueMutation = { createSystemicIssue: { id: string, title: string, status: string } };

export type EscalateSystemicIssueMutationVariables = Exact<{
  input: EscalateSystemicIssueInput;
}>;


export type EscalateSystemicIssueMutation = { escalateSystemicIssue: { id: string, status: string } };

export type OfficeEscalationsQueryVariables = Exact<{
  level: EscalationLevel;
  districtId?: string | number | null | undefined;
}>;


export type OfficeEscalationsQuery = { escalations: { totalCount: number, edges: Array<{ node: { id: string, level: EscalationLevel, reason: string, raisedAt: string, status: EscalationStatus, districtId: string, issue: { id: string, ledgerNo: string, title: string, category: IssueCategory, enterprise: { id: string, name: string, district: { id: string, name: string } } } } }> } };

export type CampaignRulesFormFragment = { version: number, effectiveFrom: string, minVisitsPerMonth: number, deadlineUnit: DeadlineUnit, reportDueDay: number, disqualifyingDeduction: number, minimumSample: number, publishedAt: string, publishedBy: string, deadlines: Array<{ category: IssueCategory, responseHours: number, resolutionDays: number, responseDays: number | null }>, weights: { visits: number, report: number, response: number, resolution: number, satisfaction: number }, commendationQuotas: { outstanding: number, excellent: number }, escalationDecisionDays: { DISTRICT: number, CITY: number } };

export type CampaignRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignRulesQuery = { city: { campaign: { id: string, name: string, rules: { version: number, effectiveFrom: string, minVisitsPerMonth: number, deadlineUnit: DeadlineUnit, reportDueDay: number, disqualifyingDeduction: number, minimumSample: number, publishedAt: string, publishedBy: string, deadlines: Array<{ category: IssueCategory, responseHours: number, resolutionDays: number, responseDays: number | null }>, weights: { visits: number, report: number, response: number, resolution: number, satisfaction: number }, commendationQuotas: { outstanding: number, excellent: number }, escalationDecisionDays: { DISTRICT: number, CITY: number } } | null, ruleVersions: Array<{ version: number, effectiveFrom: string, deadlineUnit: DeadlineUnit, publishedAt: string, publishedBy: string }> } | null } | null };

export type PublishCampaignRulesMutationVariables = Exact<{
  input: PublishCampaignRulesInput;
}>;


export type PublishCampaignRulesMutation = { publishCampaignRules: { rules: { version: number, effectiveFrom: string, minVisitsPerMonth: number, deadlineUnit: DeadlineUnit, reportDueDay: number, disqualifyingDeduction: number, minimumSample: number, publishedAt: string, publishedBy: string, deadlines: Array<{ category: IssueCategory, responseHours: number, resolutionDays: number, responseDays: number | null }>, weights: { visits: number, report: number, response: number, resolution: number, satisfaction: number }, commendationQuotas: { outstanding: number, excellent: number }, escalationDecisionDays: { DISTRICT: number, CITY: number } } } };

export const CandidateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommendationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"requiredVisits"}},{"kind":"Field","name":{"kind":"Name","value":"visitCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"disqualified"}}]}}]} as unknown as DocumentNode<CandidateFragment, unknown>;
export const RankingLineFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankingLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ranking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"peerRank"}},{"kind":"Field","name":{"kind":"Name","value":"peerGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"officials"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"requiredVisits"}},{"kind":"Field","name":{"kind":"Name","value":"creditedVisits"}},{"kind":"Field","name":{"kind":"Name","value":"visitCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"reportsExpected"}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsLate"}},{"kind":"Field","name":{"kind":"Name","value":"reportRate"}},{"kind":"Field","name":{"kind":"Name","value":"problemsDueAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"problemsDue"}},{"kind":"Field","name":{"kind":"Name","value":"solvedByDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"closuresRated"}},{"kind":"Field","name":{"kind":"Name","value":"closuresSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}}]}}]} as unknown as DocumentNode<RankingLineFragment, unknown>;
export const WaitingEscalationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitingEscalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WaitingEscalationFragment, unknown>;
export const TrendPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ranking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"visitCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]} as unknown as DocumentNode<TrendPointFragment, unknown>;
export const InspectionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"deductionTotal"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"eventPosition"}},{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicCriticism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"officialIds"}}]}}]}}]} as unknown as DocumentNode<InspectionRowFragment, unknown>;
export const LedgerRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LedgerRowFragment, unknown>;
export const CampaignRulesFormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRulesForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minVisitsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueDay"}},{"kind":"Field","name":{"kind":"Name","value":"disqualifyingDeduction"}},{"kind":"Field","name":{"kind":"Name","value":"minimumSample"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDays"}},{"kind":"Field","name":{"kind":"Name","value":"responseDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commendationQuotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationDecisionDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"DISTRICT"}},{"kind":"Field","name":{"kind":"Name","value":"CITY"}}]}}]}}]} as unknown as DocumentNode<CampaignRulesFormFragment, unknown>;
export const AssessmentPeriodsDocument = {"__meta__":{"hash":"a6db42b5f5a8e25c384e47bf79824dcedc8255e051b4262916e117162373a4b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentPeriodsQuery, AssessmentPeriodsQueryVariables>;
export const CommendationsDocument = {"__meta__":{"hash":"1ac1183cebf65ec817358721bfa64041b409a8267063db5a5111559acabeef41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Commendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commendationCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingQuota"}},{"kind":"Field","name":{"kind":"Name","value":"excellentQuota"}},{"kind":"Field","name":{"kind":"Name","value":"disqualifyingDeduction"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Candidate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excellent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Candidate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disqualified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Candidate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommendationCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"requiredVisits"}},{"kind":"Field","name":{"kind":"Name","value":"visitCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}},{"kind":"Field","name":{"kind":"Name","value":"disqualified"}}]}}]} as unknown as DocumentNode<CommendationsQuery, CommendationsQueryVariables>;
export const ConfirmCommendationsDocument = {"__meta__":{"hash":"6673f1766d5947c4864ca6229c30a0298200b3275dd1ca9130dbe6c2224c57c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmCommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmCommendationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmCommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<ConfirmCommendationsMutation, ConfirmCommendationsMutationVariables>;
export const PublishPeriodDocument = {"__meta__":{"hash":"9d472c1d7d2d9f4cfd716378d3b18b9a47f9bb2d8c4a03bd10eedb6109d3b6b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scorecards"}},{"kind":"Field","name":{"kind":"Name","value":"rankings"}}]}}]}}]} as unknown as DocumentNode<PublishPeriodMutation, PublishPeriodMutationVariables>;
export const OfficialScorecardDocument = {"__meta__":{"hash":"a5d1e15c223853f7d75faa150d7031d1b7e6668a978c915b1a54cbb9c96acdc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficialScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"pairedEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"excusedEnterprises"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"requiredVisits"}},{"kind":"Field","name":{"kind":"Name","value":"creditedVisits"}},{"kind":"Field","name":{"kind":"Name","value":"visitCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"reportsExpected"}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsLate"}},{"kind":"Field","name":{"kind":"Name","value":"reportsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"reportRate"}},{"kind":"Field","name":{"kind":"Name","value":"reportStatus"}},{"kind":"Field","name":{"kind":"Name","value":"problemsDueAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"problemsDue"}},{"kind":"Field","name":{"kind":"Name","value":"solvedByDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"closuresRated"}},{"kind":"Field","name":{"kind":"Name","value":"closuresSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}}]}}]}}]}}]} as unknown as DocumentNode<OfficialScorecardQuery, OfficialScorecardQueryVariables>;
export const ScorecardRecordsDocument = {"__meta__":{"hash":"3232b117aa96ef4810560d547173410bc5599a4c2af64fc1a0327315113e2de6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScorecardRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"official"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"officialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officialId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"eventPosition"}},{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScorecardRecordsQuery, ScorecardRecordsQueryVariables>;
export const TenantScorecardsDocument = {"__meta__":{"hash":"eff24e3735dd7fad5969aeb2977245db300d63142ffc376d427f978e82cf81cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantScorecards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"requiredVisits"}},{"kind":"Field","name":{"kind":"Name","value":"visitCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"reportRate"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}}]}}]}}]} as unknown as DocumentNode<TenantScorecardsQuery, TenantScorecardsQueryVariables>;
export const AssessmentRankingsDocument = {"__meta__":{"hash":"ee56ff4228d1d39e4e30ac710f89a09abe8b3669b2a63ddbc4bf4181b0d86121"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentRankings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RankingLine"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RankingLine"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ranking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"peerRank"}},{"kind":"Field","name":{"kind":"Name","value":"peerGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"officials"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"requiredVisits"}},{"kind":"Field","name":{"kind":"Name","value":"creditedVisits"}},{"kind":"Field","name":{"kind":"Name","value":"visitCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"reportsExpected"}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsLate"}},{"kind":"Field","name":{"kind":"Name","value":"reportRate"}},{"kind":"Field","name":{"kind":"Name","value":"problemsDueAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredInTime"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"problemsDue"}},{"kind":"Field","name":{"kind":"Name","value":"solvedByDue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"closuresRated"}},{"kind":"Field","name":{"kind":"Name","value":"closuresSatisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"}}]}}]} as unknown as DocumentNode<AssessmentRankingsQuery, AssessmentRankingsQueryVariables>;
export const ProblemsByCategoryDocument = {"__meta__":{"hash":"4ea74de745f271a9f1cddc1f177f6a4ea9ffa1832bf29f291b7e8fec2909b24d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProblemsByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"LABOR"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"LABOR"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"LAND"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"LAND"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"APPROVAL"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"APPROVAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"FINANCING"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"FINANCING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"TRANSPORT"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"TRANSPORT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ENVIRONMENT"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"ENVIRONMENT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"POLICY"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"POLICY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"INFRASTRUCTURE"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"INFRASTRUCTURE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"OTHER"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"OTHER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openLABOR"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"LABOR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAISED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REOPENED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openLAND"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"LAND"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAISED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REOPENED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openAPPROVAL"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"APPROVAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAISED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REOPENED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openFINANCING"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"FINANCING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAISED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REOPENED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openTRANSPORT"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"TRANSPORT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAISED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REOPENED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openENVIRONMENT"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"ENVIRONMENT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAISED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REOPENED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openPOLICY"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"POLICY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAISED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REOPENED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openINFRASTRUCTURE"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"INFRASTRUCTURE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAISED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REOPENED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openOTHER"},"name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"OTHER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAISED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REOPENED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ProblemsByCategoryQuery, ProblemsByCategoryQueryVariables>;
export const DecisionOptionsDocument = {"__meta__":{"hash":"e5b1e0cccb63619a14679b179eaa1a93358c70c9ec44f6328ac40635349187af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionOptionsQuery, DecisionOptionsQueryVariables>;
export const DecideEscalationDocument = {"__meta__":{"hash":"9842c0cd4c26ce4d1639f65ffa87d171f724f3bab0cbc20f561b555c4553d58d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideEscalationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<DecideEscalationMutation, DecideEscalationMutationVariables>;
export const RankingTrendDocument = {"__meta__":{"hash":"13435b4761910cc4a08512a9bf4e3c544b8817196eadb66926ae182b8a7fe278"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RankingTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m7"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m8"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m9"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m10"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m11"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m12"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"m1"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m2"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m3"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m4"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m5"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m6"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m6"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m7"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m7"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m8"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m8"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m9"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m9"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m10"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m10"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m11"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m11"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m12"},"name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m12"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendPoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ranking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"visitCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]} as unknown as DocumentNode<RankingTrendQuery, RankingTrendQueryVariables>;
export const CityDashboardDocument = {"__meta__":{"hash":"0d83c1509fb88ec37073a149215ff2eefdaf0ffbf56d97352872ba332c91ab7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CityDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobilizedOn"}},{"kind":"Field","name":{"kind":"Name","value":"minVisitsPerMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseCount"}},{"kind":"Field","name":{"kind":"Name","value":"officialCount"}},{"kind":"Field","name":{"kind":"Name","value":"issueStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"visitCompliance"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"CITY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitingEscalation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitingEscalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CityDashboardQuery, CityDashboardQueryVariables>;
export const EscalationFeedDocument = {"__meta__":{"hash":"c7d33b38c07042dab1f9d5d8a39eead87bdb9a08b03a737cbabd8d6a01260e46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EscalationFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalationLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationRaised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitingEscalation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitingEscalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EscalationFeedSubscription, EscalationFeedSubscriptionVariables>;
export const PairOptionsDocument = {"__meta__":{"hash":"9b861b958b14f9d9cd63799e103e4d33a80f61fd9e3353dc06ce813d69f1328e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PairOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PairOptionsQuery, PairOptionsQueryVariables>;
export const PairOfficialDocument = {"__meta__":{"hash":"b8a621b8d4291f2a4b626d46cbd37cd5d20b86231fcef94e170244dc28cd5e20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PairOfficial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PairOfficialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairOfficial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]}}]} as unknown as DocumentNode<PairOfficialMutation, PairOfficialMutationVariables>;
export const EnterprisePageDocument = {"__meta__":{"hash":"e8a4f014b6313731afbda2c2410a21676b971950922e26248f67a14b6d1b771d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"aboveScale"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitsThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"fundAmount"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<EnterprisePageQuery, EnterprisePageQueryVariables>;
export const EnterpriseFormDocument = {"__meta__":{"hash":"6908957e70f73bfaeec40a9a2d605be029790d1e0520e590e7ff4c7539509226"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"aboveScale"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]} as unknown as DocumentNode<EnterpriseFormQuery, EnterpriseFormQueryVariables>;
export const AddEnterpriseDocument = {"__meta__":{"hash":"a7b296a6f07b934f99b927fe5c31564361f68de7fc70047856cb8f9f4ee28d45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddEnterpriseMutation, AddEnterpriseMutationVariables>;
export const UpdateEnterpriseDocument = {"__meta__":{"hash":"0214a102a0bfcea1f56c1be2ccc1b07df234e8272c5c6237737b1048118fa6f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"aboveScale"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const DistrictEnterprisesDocument = {"__meta__":{"hash":"35edbd249a38471b343e4a17550d453100e214ba198f88ddfd6109612a89bee8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterpriseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"official"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitsThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"openIssueCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistrictEnterprisesQuery, DistrictEnterprisesQueryVariables>;
export const ImportEnterprisesDocument = {"__meta__":{"hash":"374f9754609f2936feb27cc3ebf39cf5a9b35791ac1b24505e5fc87f039c7335"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEnterprisesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEnterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportEnterprisesMutation, ImportEnterprisesMutationVariables>;
export const CitableEventsDocument = {"__meta__":{"hash":"945fdcc7b606b1d2c5076b42b839b232f225c8a80c311ae9d6ae92ec3dea7194"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitableEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueByLedgerNo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ledgerNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]} as unknown as DocumentNode<CitableEventsQuery, CitableEventsQueryVariables>;
export const InspectionOptionsDocument = {"__meta__":{"hash":"dafcd11e27d5930f3fa42238978be98ef638e02baadf34e51d1bec5042f58747"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withOfficials"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOfficials"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionOptionsQuery, InspectionOptionsQueryVariables>;
export const RecordInspectionDocument = {"__meta__":{"hash":"2a08e323715a00fe713f666132e998f4884cc73bb61868ae1121afd53182049c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deductionTotal"}}]}}]}}]} as unknown as DocumentNode<RecordInspectionMutation, RecordInspectionMutationVariables>;
export const InspectionsDocument = {"__meta__":{"hash":"2b3f546d068630815d0b10791cc0d9ad80bfe14bd1a6b5db142ac4f3c70d31a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"deductionTotal"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"eventPosition"}},{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicCriticism"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"officialIds"}}]}}]}}]} as unknown as DocumentNode<InspectionsQuery, InspectionsQueryVariables>;
export const SuggestedFindingsDocument = {"__meta__":{"hash":"5582d2feb6e4a74dacc09133cc31ea50f2ed8dcbec0195f804b95853c56fd7a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestedFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"officialId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"eventPositions"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyRecorded"}}]}}]}}]} as unknown as DocumentNode<SuggestedFindingsQuery, SuggestedFindingsQueryVariables>;
export const ActionDepartmentsDocument = {"__meta__":{"hash":"ce314992dbdddbb35beb5a96edf63c247d5ca5efd9f537259b180ee937eac28e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionDepartments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActionDepartmentsQuery, ActionDepartmentsQueryVariables>;
export const ResolveIssueOnSpotDocument = {"__meta__":{"hash":"f79718da0aeddc8b2ee3647f3222c0d880ec65860f1347dfe374ca1bc9ca12c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveIssueOnSpot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveIssueOnSpot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveIssueOnSpotMutation, ResolveIssueOnSpotMutationVariables>;
export const AssignIssueDocument = {"__meta__":{"hash":"62a0378f144cbaf621d296c059d980b0ba8a1080f07fc337b4f9af48729a19f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<AssignIssueMutation, AssignIssueMutationVariables>;
export const ReturnIssueDocument = {"__meta__":{"hash":"14a6ee26939727757dc3b6ec99a945d37bcb63daa8574dfd953faf988e7fe895"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnIssueMutation, ReturnIssueMutationVariables>;
export const AcceptIssueDocument = {"__meta__":{"hash":"6bdaad336b3d8c482eda5b9aa288d6473ef23d7d4f67115025d301ede54c5df6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptIssueMutation, AcceptIssueMutationVariables>;
export const RespondToIssueDocument = {"__meta__":{"hash":"d77361d11ce835e10a9c4dea457b969aa519495910bc37256565d2f0d5b2e328"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToIssueMutation, RespondToIssueMutationVariables>;
export const AddMilestoneDocument = {"__meta__":{"hash":"6c8b6adc4764d4221666ec7e8d60f0e8650809b8bfaf1106c2db622ef5a62fef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const CompleteMilestoneDocument = {"__meta__":{"hash":"121a4a175021a9904132e2043e2e4dd2712f0e62bb74f5d557b1164f4868488b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteMilestoneMutation, CompleteMilestoneMutationVariables>;
export const RequestExtensionDocument = {"__meta__":{"hash":"4c5004c7d24fdba7729f410eb7f3e5a7bbeea6a90bba2bad76164407e8116d4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<RequestExtensionMutation, RequestExtensionMutationVariables>;
export const DecideExtensionDocument = {"__meta__":{"hash":"a1b80983267a4be9e9dc9a1f63e29aea05a2645690ef1a0ff94baff655577e02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<DecideExtensionMutation, DecideExtensionMutationVariables>;
export const ResolveIssueDocument = {"__meta__":{"hash":"ec31da2c2c28cab4245068a97d8c94772268cdec1cf778ae66bfe46d9b8009e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveIssueMutation, ResolveIssueMutationVariables>;
export const DeclareIssueUnsolvableDocument = {"__meta__":{"hash":"652dc26fca497559f74a578b039670ce61e355699357e03112a1c30e9aaa192f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareIssueUnsolvable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareIssueUnsolvable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<DeclareIssueUnsolvableMutation, DeclareIssueUnsolvableMutationVariables>;
export const ConfirmIssueClosureDocument = {"__meta__":{"hash":"fddec13c130ccadcb155dd72afcc9e30a10f9a8f1a3ca29834558c37a916d2c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmIssueClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmIssueClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmIssueClosureMutation, ConfirmIssueClosureMutationVariables>;
export const ReopenIssueDocument = {"__meta__":{"hash":"5e959b149355d60acb6f9e527fbeade8fbfdde4e960b729809f6d1411979a6db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonedActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenIssueMutation, ReopenIssueMutationVariables>;
export const EscalateIssueFromPageDocument = {"__meta__":{"hash":"419a5958df664009f9b44c732d124114e01ea3888ecca6f71ebb5691eafc6d25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateIssueFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<EscalateIssueFromPageMutation, EscalateIssueFromPageMutationVariables>;
export const DecideEscalationFromPageDocument = {"__meta__":{"hash":"46e815351ae8f6bf80eff3b7280502dd536e79b0e268661f09e3721cd55d670a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideEscalationFromPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideEscalationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DecideEscalationFromPageMutation, DecideEscalationFromPageMutationVariables>;
export const IssuePageDocument = {"__meta__":{"hash":"ff109197ad62bb0804604b58f9ec28660cf99186f652d1b43fe3e6634e83b918"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stageDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IssuePageQuery, IssuePageQueryVariables>;
export const LedgerDocument = {"__meta__":{"hash":"1a9cacbec502a8aa8e857d1e2252b310c3e26b1827d77c96f62d638f5af5116b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ledger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byDepartment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byDepartment"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerRow"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byDepartment"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerRow"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Issue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LedgerQuery, LedgerQueryVariables>;
export const SystemicIssuesDocument = {"__meta__":{"hash":"04f832aef072dc7c76338c7d81d25fb6e783c0b6dc7b78b413d7d1f4798ae3f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemicIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemicIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SystemicIssuesQuery, SystemicIssuesQueryVariables>;
export const LinkableIssuesDocument = {"__meta__":{"hash":"be8f9efc92e1aca9aec80d21bb5c41eba214019be7745df3c22e3c01fbbf763d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkableIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RAISED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"RETURNED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REOPENED"},{"kind":"EnumValue","value":"ESCALATED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkableIssuesQuery, LinkableIssuesQueryVariables>;
export const CreateSystemicIssueDocument = {"__meta__":{"hash":"55b89fed726a56ef9bfbbac9b74e035185051ed87598d076fcb25a4bd306ff80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSystemicIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSystemicIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSystemicIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateSystemicIssueMutation, CreateSystemicIssueMutationVariables>;
export const EscalateSystemicIssueDocument = {"__meta__":{"hash":"11480b8fb247041329f7dafce54c96b98bb881b9d7f0aa3a9d5001e2bb38b356"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateSystemicIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateSystemicIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateSystemicIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EscalateSystemicIssueMutation, EscalateSystemicIssueMutationVariables>;
export const OfficeEscalationsDocument = {"__meta__":{"hash":"499df7726dbd4e09c5d33f98de9194136502489ac7f4972fde520633a828f3a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeEscalations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalationLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaitingEscalation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaitingEscalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"issue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerNo"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeEscalationsQuery, OfficeEscalationsQueryVariables>;
export const CampaignRulesDocument = {"__meta__":{"hash":"3de28495e6a3b80dbb7491cc0ba75e63d41a9aa2691de86c929dfe5aae8a9bc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignRulesForm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineUnit"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRulesForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minVisitsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueDay"}},{"kind":"Field","name":{"kind":"Name","value":"disqualifyingDeduction"}},{"kind":"Field","name":{"kind":"Name","value":"minimumSample"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDays"}},{"kind":"Field","name":{"kind":"Name","value":"responseDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commendationQuotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationDecisionDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"DISTRICT"}},{"kind":"Field","name":{"kind":"Name","value":"CITY"}}]}}]}}]} as unknown as DocumentNode<CampaignRulesQuery, CampaignRulesQueryVariables>;
export const PublishCampaignRulesDocument = {"__meta__":{"hash":"2d7f6d4dcf9fbfa59e5d9376d4e2b98bdd8571e9d90cdf569aca23d09980d3e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCampaignRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCampaignRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCampaignRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignRulesForm"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignRulesForm"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"minVisitsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueDay"}},{"kind":"Field","name":{"kind":"Name","value":"disqualifyingDeduction"}},{"kind":"Field","name":{"kind":"Name","value":"minimumSample"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDays"}},{"kind":"Field","name":{"kind":"Name","value":"responseDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commendationQuotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationDecisionDays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"DISTRICT"}},{"kind":"Field","name":{"kind":"Name","value":"CITY"}}]}}]}}]} as unknown as DocumentNode<PublishCampaignRulesMutation, PublishCampaignRulesMutationVariables>;