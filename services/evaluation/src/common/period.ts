import { BadUserInputError } from '@qinshang/errors';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;
/** The campaign's months are Asia/Shanghai months; China keeps UTC+8 all year. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

export function assertPeriod(period: string, field = 'period'): string {
  if (!PERIOD.test(period)) throw new BadUserInputError(field, 'A period is a month, YYYY-MM');
  return period;
}

export function assertYear(year: string, field = 'year'): string {
  if (!YEAR.test(year)) throw new BadUserInputError(field, 'A year is YYYY');
  return year;
}

/** The month (YYYY-MM, Asia/Shanghai) an instant falls in. */
export function periodOf(instant: Date | string): string {
  return new Date(new Date(instant).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
}

/** The month a local date (YYYY-MM-DD) falls in. */
export function periodOfDate(date: string): string {
  return date.slice(0, 7);
}

export function nextPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The instant a month starts (00:00 Asia/Shanghai on its first day). */
export function periodStart(period: string): Date {
  return new Date(Date.parse(`${period}-01T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

/**
 * When a month's monthly reports fall due: the end of day `reportDueDay` of the next month
 * (Asia/Shanghai). Before it, a report not yet in is pending, not missing.
 */
export function reportDeadline(period: string, reportDueDay: number): Date {
  const next = nextPeriod(period);
  const day = Math.min(Math.max(Math.trunc(reportDueDay), 1), 28);
  return new Date(Date.parse(`${next}-${String(day).padStart(2, '0')}T00:00:00Z`) - SHANGHAI_OFFSET_MS + 24 * 3600 * 1000);
}

export function periodsOfYear(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
