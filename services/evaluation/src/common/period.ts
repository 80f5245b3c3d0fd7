import { isPeriod, isYear } from '@qinshang/calendar';
import { BadUserInputError } from '@qinshang/errors';

/** The campaign's months and days are Asia/Shanghai ones: the arithmetic is `@qinshang/calendar`'s. */
export { nextPeriod, periodOf, periodStart, periodsBetween, periodsOfYear, previousPeriod } from '@qinshang/calendar';

export function assertPeriod(period: string, field = 'period'): string {
  if (!isPeriod(period)) throw new BadUserInputError(field, 'A period is a month, YYYY-MM');
  return period;
}

export function assertYear(year: string, field = 'year'): string {
  if (!isYear(year)) throw new BadUserInputError(field, 'A year is YYYY');
  return year;
}

/** The month a local date (YYYY-MM-DD) falls in. */
export function periodOfDate(date: string): string {
  return date.slice(0, 7);
}
