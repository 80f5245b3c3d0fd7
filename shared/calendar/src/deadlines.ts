import { WorkingCalendar } from './working';
import { addDays, addHours, daysInPeriod, endOfLocalDay, nextPeriod } from './zone';

/**
 * How a rules version counts its time limits. `CALENDAR`: response in clock hours, everything
 * else in calendar days (the campaign's first rules). `WORKING_DAYS`: response in working days
 * (`responseDays`), resolution, decision windows and extensions in working days, the monthly
 * report due on the `reportDueDay`th working day. `WORKING_HOURS`: as WORKING_DAYS, but the
 * response in working hours within office hours.
 */
export type DeadlineUnit = 'CALENDAR' | 'WORKING_DAYS' | 'WORKING_HOURS';
export const DEADLINE_UNITS: readonly DeadlineUnit[] = ['CALENDAR', 'WORKING_DAYS', 'WORKING_HOURS'];

export interface CategoryDeadline {
  responseHours: number;
  resolutionDays: number;
  /** The response deadline in working days (WORKING_DAYS rules). */
  responseDays?: number;
}

export const unitOf = (rules: { deadlineUnit?: DeadlineUnit | null }): DeadlineUnit => rules.deadlineUnit ?? 'CALENDAR';

/** When a response given `from` is due. */
export function responseDue(calendar: WorkingCalendar, unit: DeadlineUnit, from: Date, deadline: CategoryDeadline): Date {
  switch (unit) {
    case 'CALENDAR':
      return addHours(from, deadline.responseHours);
    case 'WORKING_HOURS':
      return calendar.addWorkingHours(from, deadline.responseHours);
    case 'WORKING_DAYS':
      return calendar.workingDaysDue(from, deadline.responseDays ?? Math.max(1, Math.ceil(deadline.responseHours / 24)));
  }
}

/** When something `days` days (calendar or working, by the unit) from `from` is due. */
export function daysDue(calendar: WorkingCalendar, unit: DeadlineUnit, from: Date, days: number): Date {
  return unit === 'CALENDAR' ? addDays(from, days) : calendar.workingDaysDue(from, days);
}

/**
 * When a month's monthly report becomes late: the end of day `dueDay` of the next month, or,
 * under working-time rules, the end of its `dueDay`th working day.
 */
export function reportDue(calendar: WorkingCalendar, unit: DeadlineUnit, period: string, dueDay: number): Date {
  const next = nextPeriod(period);
  const day = Math.min(Math.max(Math.trunc(dueDay), 1), 28);
  if (unit === 'CALENDAR') return endOfLocalDay(`${next}-${String(day).padStart(2, '0')}`);
  return endOfLocalDay(calendar.addWorkingDays(`${period}-${String(daysInPeriod(period)).padStart(2, '0')}`, day));
}
