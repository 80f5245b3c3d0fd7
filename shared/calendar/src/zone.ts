import { TZDate, tz } from '@date-fns/tz';
import { addDays as addLocalDays, addMonths as addLocalMonths, format, getDaysInMonth, isValid, parse } from 'date-fns';

/**
 * The campaign's time zone. Xi'an keeps China Standard Time; the arithmetic below goes through
 * date-fns with @date-fns/tz, so local days and months are the zone's own and nothing here
 * assumes a fixed offset.
 */
export const TIME_ZONE = 'Asia/Shanghai';
const inZone = { in: tz(TIME_ZONE) };

/** A month, `YYYY-MM`. Years are 1000 to 9999: "0000" is no year (PostgreSQL has none before 1 AD). */
export const PERIOD_PATTERN = /^[1-9][0-9]{3}-(0[1-9]|1[0-2])$/;
const DAY_PATTERN = /^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}$/;
const YEAR_PATTERN = /^[1-9][0-9]{3}$/;

const HOUR_MS = 3_600_000;

export const isPeriod = (value: string): boolean => PERIOD_PATTERN.test(value);
export const isYear = (value: string): boolean => YEAR_PATTERN.test(value);

/** True for a real calendar day written YYYY-MM-DD (2016-02-30 is not one). */
export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = parse(value, 'yyyy-MM-dd', new Date(0));
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

/** The local day (YYYY-MM-DD) an instant falls on. */
export function localDay(at: Date | string | number = new Date()): string {
  return format(new Date(at), 'yyyy-MM-dd', inZone);
}

/** The month (YYYY-MM) an instant falls in. */
export function periodOf(at: Date | string | number = new Date()): string {
  return localDay(at).slice(0, 7);
}

/** The year an instant falls in (ledger numbers run per year). */
export function yearOf(at: Date | string | number = new Date()): number {
  return Number(localDay(at).slice(0, 4));
}

/** The day's wall-clock time `HH:mm` as an instant (default: the midnight starting it). */
export function localTime(day: string, time = '00:00'): Date {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, TIME_ZONE).getTime());
}

/** Midnight at the start of a local day, as an instant. */
export const startOfLocalDay = (day: string): Date => localTime(day);

/** The end of a local day: the midnight starting the next one (exclusive). */
export const endOfLocalDay = (day: string): Date => localTime(addCalendarDays(day, 1));

/** A local day `n` calendar days after `day` (before it when negative). */
const nextDays = new Map<string, string>();
export function addCalendarDays(day: string, n: number): string {
  if (n === 1) {
    let next = nextDays.get(day);
    if (next === undefined) nextDays.set(day, (next = shiftDay(day, 1)));
    return next;
  }
  return shiftDay(day, n);
}

function shiftDay(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return format(addLocalDays(new TZDate(y, m - 1, d, TIME_ZONE), n), 'yyyy-MM-dd');
}

/** Monday 1 ... Sunday 7, of a local day. */
export function isoWeekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Number(format(new TZDate(y, m - 1, d, TIME_ZONE), 'i'));
}

/** Calendar time: an instant `hours` later. */
export const addHours = (at: Date, hours: number): Date => new Date(at.getTime() + hours * HOUR_MS);

/** Calendar time: the same wall-clock time `days` local days later. */
export const addDays = (at: Date, days: number): Date => new Date(addLocalDays(new TZDate(at.getTime(), TIME_ZONE), days).getTime());

/** The month `n` months after `period` (before it when negative). */
export function addMonths(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number);
  return format(addLocalMonths(new TZDate(y, m - 1, 1, TIME_ZONE), n), 'yyyy-MM');
}

export const nextPeriod = (period: string): string => addMonths(period, 1);
export const previousPeriod = (period: string): string => addMonths(period, -1);

/** Every period from `from` to `to`, both included. */
export function periodsBetween(from: string, to: string): string[] {
  const periods: string[] = [];
  for (let period = from; period <= to; period = nextPeriod(period)) periods.push(period);
  return periods;
}

export const periodsOfYear = (year: string | number): string[] => periodsBetween(`${year}-01`, `${year}-12`);

export function daysInPeriod(period: string): number {
  const [y, m] = period.split('-').map(Number);
  return getDaysInMonth(new TZDate(y, m - 1, 1, TIME_ZONE));
}

/** The instant a month starts (00:00 on its first day). */
export const periodStart = (period: string): Date => startOfLocalDay(`${period}-01`);
