import { localDay, reportDue, type DeadlineUnit, type WorkingCalendar } from '@qinshang/calendar';

/** What a reminder needs of the rules in force for a month (the campaign's defaults before any are published). */
export interface MonthRules {
  minVisits: number;
  visitDay: number;
  reportDueDay: number;
  reportDays: number;
  unit: DeadlineUnit;
}

/** 走访提醒 is due from the rules' day of the month on (a day of the month, not counted in working days). */
export function visitReminderDue(rules: Pick<MonthRules, 'visitDay'>, asOf: Date): boolean {
  return Number(localDay(asOf).slice(8, 10)) >= rules.visitDay;
}

/**
 * 月报提醒: when `period`'s report falls late (by the rules' due day and unit, on the city's
 * calendar), if at `asOf` it is not yet late and no more than the rules' working days are left
 * before it (the working days after today up to the due day); otherwise null.
 */
export function reportReminderDue(calendar: WorkingCalendar, rules: Pick<MonthRules, 'reportDueDay' | 'reportDays' | 'unit'>, period: string, asOf: Date): Date | null {
  const dueAt = reportDue(calendar, rules.unit, period, rules.reportDueDay);
  if (asOf >= dueAt || calendar.workingDaysLeft(asOf, dueAt) > rules.reportDays) return null;
  return dueAt;
}
