import { tzOffset } from '@date-fns/tz';
import { addMonths as addLocalMonths, format, getDaysInMonth, isValid, parse } from 'date-fns';

/**
 * The campaign's time zone. Xi'an keeps China Standard Time. The zone's offset at an instant
 * comes from the time-zone database through @date-fns/tz (`tzOffset`), nothing here assumes it
 * fixed; it is cached per hour, because date-fns' zoned formatting costs tens of microseconds a
 * call and the seeds and projections place hundreds of thousands of instants. Civil-date steps
 * (the day after a date, a weekday) are `Date.UTC` arithmetic on the date itself, and months
 * date-fns' on a plain date: neither involves a zone.
 */
export const TIME_ZONE = 'Asia/Shanghai';

/** A month, `YYYY-MM`. Years are 1000 to 9999: "0000" is no year (PostgreSQL has none before 1 AD). */
export const PERIOD_PATTERN = /^[1-9][0-9]{3}-(0[1-9]|1[0-2])$/;
const DAY_PATTERN = /^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}$/;
const YEAR_PATTERN = /^[1-9][0-9]{3}$/;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const isPeriod = (value: string): boolean => PERIOD_PATTERN.test(value);
export const isYear = (value: string): boolean => YEAR_PATTERN.test(value);

/** True for a real calendar day written YYYY-MM-DD (2016-02-30 is not one). */
export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = parse(value, 'yyyy-MM-dd', new Date(0));
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

const offsets = new Map<number, number>();

/** The zone's offset from UTC at an instant, in milliseconds. */
export function offsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset = tzOffset(TIME_ZONE, new Date(hour * HOUR_MS)) * 60_000;
    if (offsets.size > 200_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

/** Day names by day number since the epoch, in local time. */
const dayNames = new Map<number, string>();

/** The local day (YYYY-MM-DD) an instant falls on. */
export function localDay(at: Date | string | number = new Date()): string {
  const ms = typeof at === 'number' ? at : new Date(at).getTime();
  const dayNumber = Math.floor((ms + offsetAt(ms)) / DAY_MS);
  let day = dayNames.get(dayNumber);
  if (day === undefined) {
    day = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
    dayNames.set(dayNumber, day);
  }
  return day;
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
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
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
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Monday 1 ... Sunday 7, of a local day. */
export function isoWeekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

/** Calendar time: an instant `hours` later. */
export const addHours = (at: Date, hours: number): Date => new Date(at.getTime() + hours * HOUR_MS);

/** Calendar time: the same wall-clock time `days` local days later. */
export function addDays(at: Date, days: number): Date {
  const ms = at.getTime();
  const later = ms + days * 24 * HOUR_MS;
  return new Date(later + offsetAt(ms) - offsetAt(later));
}

/** The month `n` months after `period` (before it when negative). */
export function addMonths(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number);
  return format(addLocalMonths(new Date(y, m - 1, 1), n), 'yyyy-MM');
}

const neighbours = new Map<string, string>();
const neighbour = (period: string, n: 1 | -1): string => {
  const key = `${period}${n}`;
  let value = neighbours.get(key);
  if (value === undefined) neighbours.set(key, (value = addMonths(period, n)));
  return value;
};
export const nextPeriod = (period: string): string => neighbour(period, 1);
export const previousPeriod = (period: string): string => neighbour(period, -1);

/** Every period from `from` to `to`, both included. */
export function periodsBetween(from: string, to: string): string[] {
  const periods: string[] = [];
  for (let period = from; period <= to; period = nextPeriod(period)) periods.push(period);
  return periods;
}

export const periodsOfYear = (year: string | number): string[] => periodsBetween(`${year}-01`, `${year}-12`);

export function daysInPeriod(period: string): number {
  const [y, m] = period.split('-').map(Number);
  return getDaysInMonth(new Date(y, m - 1, 1));
}

/** The instant a month starts (00:00 on its first day). */
export const periodStart = (period: string): Date => startOfLocalDay(`${period}-01`);
