import { WorkingCalendar } from './working';
import { addDays, addHours, daysInPeriod, endOfLocalDay, localDay, nextPeriod, startOfLocalDay } from './zone';

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

/**
 * A working-time clock recounted on a changed calendar: as many working days (or, with `hours`,
 * working hours) from `start` as it had under `before`, counted under `after`, at the same time
 * of day. A day the city declares off inside the window moves the clock one working day later.
 */
export function recount(start: Date, due: Date, before: WorkingCalendar, after: WorkingCalendar, { hours = false } = {}): Date {
  if (hours) return after.addWorkingHours(start, before.workingHoursBetween(start, due));
  const startDay = localDay(start);
  const dueDay = localDay(new Date(due.getTime() - 1));
  const offset = due.getTime() - startOfLocalDay(dueDay).getTime();
  const days = before.countWorkingDays(startDay, dueDay);
  return new Date(startOfLocalDay(after.addWorkingDays(startDay, days)).getTime() + offset);
}
