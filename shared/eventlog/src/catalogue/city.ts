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
  /**
   * Day of the month (1-28) from which an official still short of `minVisitsPerMonth` visits to a
   * paired enterprise that month is reminded, once (absent: 20).
   */
  visitReminderDay?: number;
  /** Working days before a monthly report's deadline from which an official whose report is not in is reminded, once (absent: 3). */
  reportReminderDays?: number;
  /** Working days after a problem is solved from which the enterprise is reminded to confirm (销号) it, once (absent: 3). */
  confirmationReminderDays?: number;
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
