/**
 * Dates in the campaign's time zone. Xi'an keeps China Standard Time, UTC+8 all year round (no
 * daylight saving), so local days and months are computed by shifting eight hours.
 */
const OFFSET_MS = 8 * 3600 * 1000;
export const PERIOD_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
const DAY_PATTERN = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** Today's date (YYYY-MM-DD) in Asia/Shanghai. */
export function localDay(at: Date = new Date()): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The month (YYYY-MM) of an instant, in Asia/Shanghai. */
export function localPeriod(at: Date = new Date()): string {
  return localDay(at).slice(0, 7);
}

export function isPeriod(value: string): boolean {
  return PERIOD_PATTERN.test(value);
}

/** True for a real calendar day written YYYY-MM-DD (2016-02-30 is not one). */
export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The period after `period`: 2016-12 gives 2017-01. */
export function nextPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Every period from `from` to `to`, both included. */
export function periodsBetween(from: string, to: string): string[] {
  const periods: string[] = [];
  for (let period = from; period <= to; period = nextPeriod(period)) periods.push(period);
  return periods;
}

export function daysInPeriod(period: string): number {
  const [year, month] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Midnight at the start of a local day, as an instant. */
export function startOfLocalDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

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
  const day = `${nextPeriod(period)}-${String(dueDay).padStart(2, '0')}`;
  return new Date(startOfLocalDay(day).getTime() + 24 * 3600 * 1000);
}
