import { isPeriod, periodOf } from '@qinshang/calendar';
import { BadUserInputError } from '@qinshang/errors';

/** A period is a month, `YYYY-MM`, in the campaign's time zone (`@qinshang/calendar`). */
export { PERIOD_PATTERN } from '@qinshang/calendar';

/** The current month in Asia/Shanghai. */
export function currentPeriod(now: Date = new Date()): string {
  return periodOf(now);
}

/** The period itself, or BAD_USER_INPUT naming `field` when it is not a `YYYY-MM` month. */
export function parsePeriod(value: string, field: string): string {
  if (!isPeriod(value)) throw new BadUserInputError(field, `${field} must be a month, YYYY-MM`);
  return value;
}
