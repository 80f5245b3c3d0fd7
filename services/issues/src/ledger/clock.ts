import { daysDue, periodOf, responseDue, unitOf, WorkingCalendar, type CalendarSettings, type DeadlineUnit } from '@qinshang/calendar';
import { ConflictError } from '@qinshang/errors';
import type { RequestDb } from '@qinshang/database';
import { IssueStatus } from './state-machine';

/** Asia/Shanghai months, years and calendar-time arithmetic: `@qinshang/calendar`'s. */
export { addDays, addHours, periodOf, yearOf } from '@qinshang/calendar';

/** The parts of the campaign rules (published by the city, projected here) the ledger uses. */
export interface LedgerRules {
  version: number;
  deadlines: Record<string, { responseHours: number; resolutionDays: number; responseDays?: number }>;
  /** Days a leading group has to decide, per level. Not in every rules version: 7 days if absent. */
  escalationDecisionDays?: { DISTRICT?: number; CITY?: number };
  /** How the version counts time (absent: CALENDAR). */
  deadlineUnit?: DeadlineUnit;
  /** The working calendar in force when the rules were read (the city's latest settings). */
  calendar: WorkingCalendar;
}

export const DEFAULT_ESCALATION_DECISION_DAYS = 7;

/** The rules version in force for the month `at` falls in. */
export async function rulesAt(db: Pick<RequestDb, 'query'>, at: Date): Promise<LedgerRules> {
  const [row] = await db.query<RulesRow>(rulesInForceSql('$1'), [periodOf(at)]);
  return rulesOfRow(row);
}

/** The statement behind `rulesAt`, for the month (`periodOf`) in `period`: one row, none before any rules. */
export function rulesInForceSql(period: string): string {
  return `SELECT r.version, r.body, ${LATEST_CALENDAR.columns}
       FROM (SELECT version, body FROM issues.rules WHERE effective_from <= ${period} ORDER BY effective_from DESC, version DESC LIMIT 1) r
       ${LATEST_CALENDAR.join}`;
}

/** The rules of a `rulesInForceSql` row (none: NO_RULES). */
export function rulesOfRow(row: RulesRow | null | undefined): LedgerRules {
  if (!row || row.version === null) throw new ConflictError('No campaign rules are in force yet: the city must publish them before problems can be entered', { reason: 'NO_RULES' });
  return withCalendar(row);
}

/**
 * The rules a problem keeps: those of the version it was raised under (a later version, even
 * one in force for the same month, changes neither its deadlines nor their unit).
 */
export async function rulesOfVersion(db: Pick<RequestDb, 'query'>, version: number | null, raisedAt: Date): Promise<LedgerRules> {
  if (version == null) return rulesAt(db, raisedAt);
  const [row] = await db.query<RulesRow>(
    `SELECT r.version, r.body, ${LATEST_CALENDAR.columns}
       FROM issues.rules r ${LATEST_CALENDAR.join}
      WHERE r.version = $1`,
    [version],
  );
  if (!row) return rulesAt(db, raisedAt);
  return withCalendar(row);
}

/** A rules version with the city's latest calendar settings, read in one round trip. */
export interface RulesRow {
  version: number;
  body: Omit<LedgerRules, 'calendar'>;
  calendar_version: number | null;
  calendar_body: CalendarSettings | null;
}
/** The city's latest calendar settings beside a rules row `r` (none yet: nulls). */
const LATEST_CALENDAR = {
  columns: 'c.version AS calendar_version, c.body AS calendar_body',
  join: 'LEFT JOIN LATERAL (SELECT version, body FROM issues.calendar ORDER BY version DESC LIMIT 1) c ON true',
};

function withCalendar(row: RulesRow): LedgerRules {
  const calendar = calendarFor(row.calendar_body && row.calendar_version !== null ? { ...row.calendar_body, version: row.calendar_version } : null);
  return { ...row.body, version: row.version, calendar };
}

const calendars = new Map<number, WorkingCalendar>();

/** The working calendar with the city's latest settings, as projected from `calendar.published`. */
export async function calendarOf(db: Pick<RequestDb, 'query'>): Promise<WorkingCalendar> {
  const [row] = await db.query<{ version: number; body: CalendarSettings }>('SELECT version, body FROM issues.calendar ORDER BY version DESC LIMIT 1');
  return calendarFor(row ? { ...row.body, version: row.version } : null);
}

/** The working calendar of an earlier settings version (0: the State Council's days only). */
export async function calendarOfVersion(db: Pick<RequestDb, 'query'>, version: number): Promise<WorkingCalendar> {
  if (version <= 0) return calendarFor(null);
  const [row] = await db.query<{ version: number; body: CalendarSettings }>('SELECT version, body FROM issues.calendar WHERE version = $1', [version]);
  return calendarFor(row ? { ...row.body, version: row.version } : null);
}

export function calendarFor(settings: CalendarSettings | null): WorkingCalendar {
  const version = settings?.version ?? 0;
  let calendar = calendars.get(version);
  if (!calendar) {
    calendar = new WorkingCalendar(settings ? { version, days: settings.days ?? [], years: settings.years ?? [] } : null);
    calendars.set(version, calendar);
  }
  return calendar;
}

/** When the response (or an office's or department's first action) to a problem raised `from` is due. */
export function responseDueFor(rules: LedgerRules, category: string, from: Date): Date {
  return responseDue(rules.calendar, unitOf(rules), from, deadlinesFor(rules, category));
}

/** When a problem raised (or assigned) `from` is due to be solved. */
export function resolutionDueFor(rules: LedgerRules, category: string, from: Date): Date {
  return daysDue(rules.calendar, unitOf(rules), from, deadlinesFor(rules, category).resolutionDays);
}

/**
 * A due date moved `days` later in the rules' unit: calendar days, or working days after the
 * working day the clock ends with (a working-day clock ends at the midnight after it).
 */
export function extendedDue(rules: LedgerRules, due: Date, days: number): Date {
  return unitOf(rules) === 'CALENDAR' ? daysDue(rules.calendar, 'CALENDAR', due, days) : rules.calendar.workingDaysDue(new Date(due.getTime() - 1), days);
}

/** `days` from `from` in the rules' unit: calendar days, or working days. */
export function daysDueFor(rules: LedgerRules, from: Date, days: number): Date {
  return daysDue(rules.calendar, unitOf(rules), from, days);
}

export function deadlinesFor(rules: LedgerRules, category: string) {
  const deadline = rules.deadlines[category] ?? rules.deadlines.OTHER;
  if (!deadline) throw new ConflictError(`The campaign rules (version ${rules.version}) give no deadline for ${category}`, { reason: 'NO_DEADLINE' });
  return deadline;
}

/**
 * When the stage a problem enters is due. Raised or returned: the office must act within the
 * response deadline; assigned: the department must accept or return it within it; being worked:
 * the overall due date; with a leading group: its decision window. Resolved, unsolvable and
 * closed problems have no stage clock (the overall clock is kept).
 */
export function stageDue(status: IssueStatus, now: Date, rules: LedgerRules, category: string, dueAt: Date | null, level: string | null): Date | null {
  switch (status) {
    case IssueStatus.RAISED:
    case IssueStatus.RETURNED:
    case IssueStatus.ASSIGNED:
      return responseDueFor(rules, category, now);
    case IssueStatus.ACCEPTED:
    case IssueStatus.IN_PROGRESS:
    case IssueStatus.REOPENED:
      return dueAt;
    case IssueStatus.ESCALATED: {
      const days = rules.escalationDecisionDays?.[level === 'CITY' ? 'CITY' : 'DISTRICT'] ?? DEFAULT_ESCALATION_DECISION_DAYS;
      return daysDueFor(rules, now, days);
    }
    default:
      return null;
  }
}
