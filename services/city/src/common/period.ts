import { BadUserInputError } from '@qinshang/errors';

/** A period is a month, `YYYY-MM`, in the campaign's time zone (Asia/Shanghai, UTC+8, no DST). */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The current month in Asia/Shanghai. */
export function currentPeriod(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
}

/** The period itself, or BAD_USER_INPUT naming `field` when it is not a `YYYY-MM` month. */
export function parsePeriod(value: string, field: string): string {
  if (!PERIOD_PATTERN.test(value)) throw new BadUserInputError(field, `${field} must be a month, YYYY-MM`);
  return value;
}
