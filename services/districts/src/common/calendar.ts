import { endOfLocalDay, nextPeriod } from '@qinshang/calendar';

/**
 * Dates in the campaign's time zone (Asia/Shanghai): the arithmetic is `@qinshang/calendar`'s,
 * named here as this service uses it.
 */
export { daysInPeriod, isDay, isPeriod, localDay, nextPeriod, PERIOD_PATTERN, periodOf as localPeriod, periodsBetween, startOfLocalDay } from '@qinshang/calendar';

/**
 * The day of the following month by which a monthly report is on time. The campaign's rules own
 * it (`reportDueDay` in `campaign.rules_published`, projected by `rules/rules.projection.ts`); 5
 * is the campaign's published default, used before the city has published any rules.
 */
export const DEFAULT_REPORT_DUE_DAY = 5;

/**
 * The moment a report for `period` becomes late: the end of day `dueDay` of the following month
 * in Asia/Shanghai (that is, midnight starting the next day). A report submitted before it is on time.
 */
export function reportDueAt(period: string, dueDay = DEFAULT_REPORT_DUE_DAY): Date {
  return endOfLocalDay(`${nextPeriod(period)}-${String(dueDay).padStart(2, '0')}`);
}
