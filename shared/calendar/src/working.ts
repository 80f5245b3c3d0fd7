import { STATUTORY_HOLIDAYS, STATUTORY_SOURCE, STATUTORY_WORKDAYS, STATUTORY_YEARS } from './statutory';
import { addCalendarDays, endOfLocalDay, isoWeekday, localDay, localTime } from './zone';

/**
 * One day the city office declares: `HOLIDAY` (a statutory day off it publishes itself, e.g. next
 * year's once the State Council announces them), `DAY_OFF` (its own: extreme weather, a local
 * holiday) or `WORKDAY` (a day worked that would otherwise be off).
 */
export interface CalendarDay {
  date: string;
  kind: 'HOLIDAY' | 'DAY_OFF' | 'WORKDAY';
  name: string;
}

/** A version of the city's calendar settings, as `calendar.published` carries it. */
export interface CalendarSettings {
  version: number;
  /** Every declared day of this version (a version replaces the one before it). */
  days: CalendarDay[];
  /** Years whose whole official calendar this version gives (not yet in the data package). */
  years: number[];
}

export interface WorkingYear {
  year: number;
  /** Days off other than ordinary weekends' (statutory holidays with their weekend days, and the city's). */
  holidays: string[];
  /** Weekend days that are working days (调休, and the city's). */
  adjustedWorkdays: string[];
  /** False when neither the data nor the city gives the year: weekends only. */
  covered: boolean;
  /** Where the year's days come from, in words. */
  source: string;
}

/** Office hours, local wall-clock `HH:mm`. */
export interface OfficeHours {
  opens: string;
  closes: string;
}

export const OFFICE_HOURS: OfficeHours = { opens: '09:00', closes: '17:30' };

const MAX_SCAN_DAYS = 3660;

/**
 * The platform's working calendar: the State Council's holidays and adjusted working days, then
 * the city's declared days on top (the city's word wins for a day both name). Years neither
 * covers fall back to Monday to Friday, and say so (`covered`, `source`, `uncoveredYears`).
 */
export class WorkingCalendar {
  private readonly declared: ReadonlyMap<string, CalendarDay>;
  private readonly cityYears: ReadonlySet<number>;

  constructor(readonly settings: CalendarSettings | null = null) {
    this.declared = new Map((settings?.days ?? []).map((day) => [day.date, day]));
    this.cityYears = new Set(settings?.years ?? []);
  }

  get version(): number {
    return this.settings?.version ?? 0;
  }

  isCovered(year: number): boolean {
    return STATUTORY_YEARS.has(year) || this.cityYears.has(year);
  }

  /** Of the given years, those the calendar does not cover (weekends only). */
  uncoveredYears(years: Iterable<number>): number[] {
    return [...new Set(years)].filter((year) => !this.isCovered(year)).sort();
  }

  private readonly memo = new Map<string, boolean>();

  isWorkingDay(day: string): boolean {
    let working = this.memo.get(day);
    if (working === undefined) this.memo.set(day, (working = this.judge(day)));
    return working;
  }

  private judge(day: string): boolean {
    const declared = this.declared.get(day);
    if (declared) return declared.kind === 'WORKDAY';
    if (STATUTORY_WORKDAYS.has(day)) return true;
    if (STATUTORY_HOLIDAYS.has(day)) return false;
    return isoWeekday(day) <= 5;
  }

  year(year: number): WorkingYear {
    const holidays: string[] = [];
    const adjustedWorkdays: string[] = [];
    for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addCalendarDays(day, 1)) {
      const weekend = isoWeekday(day) > 5;
      const working = this.isWorkingDay(day);
      const statutoryOff = STATUTORY_HOLIDAYS.has(day);
      const declaredOff = this.declared.get(day)?.kind === 'HOLIDAY' || this.declared.get(day)?.kind === 'DAY_OFF';
      if (!working && (!weekend || statutoryOff || declaredOff)) holidays.push(day);
      if (working && weekend) adjustedWorkdays.push(day);
    }
    const covered = this.isCovered(year);
    const city = this.settings && this.settings.days.some((d) => d.date.startsWith(String(year))) ? ` + city calendar v${this.settings.version}` : '';
    const base = STATUTORY_YEARS.has(year) ? STATUTORY_SOURCE : this.cityYears.has(year) ? `city calendar v${this.settings!.version}` : null;
    const source = base ? `${base}${base === STATUTORY_SOURCE ? city : ''}` : `WEEKENDS_ONLY: ${year} is not in ${STATUTORY_SOURCE} and the city has not published it${city}`;
    return { year, holidays, adjustedWorkdays, covered, source };
  }

  /** The `n`th working day after `day` (before it when negative; `day` itself when 0). */
  addWorkingDays(day: string, n: number): string {
    const step = n < 0 ? -1 : 1;
    let left = Math.abs(Math.trunc(n));
    let current = day;
    for (let scanned = 0; left > 0; scanned++) {
      if (scanned > MAX_SCAN_DAYS) throw new RangeError(`No ${n} working days within ten years of ${day}`);
      current = addCalendarDays(current, step);
      if (this.isWorkingDay(current)) left--;
    }
    return current;
  }

  /** A deadline `n` working days from an instant: the end of the `n`th working day after its day. */
  workingDaysDue(at: Date, n: number): Date {
    return endOfLocalDay(this.addWorkingDays(localDay(at), n));
  }

  /**
   * A deadline `hours` working hours from an instant, counting only office hours on working days
   * (09:00-17:30 by default). Written out by hand: no date library counts business hours
   * against a holiday calendar.
   */
  addWorkingHours(at: Date, hours: number, office: OfficeHours = OFFICE_HOURS): Date {
    let left = hours * 3_600_000;
    let day = localDay(at);
    let from = at.getTime();
    for (let scanned = 0; ; scanned++) {
      if (scanned > MAX_SCAN_DAYS) throw new RangeError(`No ${hours} working hours within ten years of ${at.toISOString()}`);
      if (this.isWorkingDay(day)) {
        const opens = Math.max(localTime(day, office.opens).getTime(), from);
        const closes = localTime(day, office.closes).getTime();
        if (opens < closes) {
          if (opens + left <= closes) return new Date(opens + left);
          left -= closes - opens;
        }
      }
      day = addCalendarDays(day, 1);
      from = 0;
    }
  }

  /** Working hours (within office hours, on working days) from `from` to `to`; 0 when `to` is not later. */
  workingHoursBetween(from: Date, to: Date, office: OfficeHours = OFFICE_HOURS): number {
    let total = 0;
    for (let day = localDay(from), scanned = 0; localTime(day).getTime() < to.getTime() && scanned <= MAX_SCAN_DAYS; day = addCalendarDays(day, 1), scanned++) {
      if (!this.isWorkingDay(day)) continue;
      const opens = Math.max(localTime(day, office.opens).getTime(), from.getTime());
      const closes = Math.min(localTime(day, office.closes).getTime(), to.getTime());
      if (closes > opens) total += closes - opens;
    }
    return total / 3_600_000;
  }

  /**
   * Working days left before a clock runs out at `due`, seen at `now`: the working days after
   * today up to the due one (the day whose end `due` is). Negative once overdue: the working
   * days since the due one, up to today.
   */
  workingDaysLeft(now: Date, due: Date): number {
    const today = localDay(now);
    const dueDay = localDay(new Date(due.getTime() - 1));
    if (due.getTime() <= now.getTime()) return -this.countWorkingDays(dueDay, today);
    return this.countWorkingDays(today, dueDay);
  }

  /** Working days in (from, to], local days. */
  countWorkingDays(from: string, to: string): number {
    let count = 0;
    for (let day = addCalendarDays(from, 1), scanned = 0; day <= to && scanned <= MAX_SCAN_DAYS; day = addCalendarDays(day, 1), scanned++) if (this.isWorkingDay(day)) count++;
    return count;
  }
}

/**
 * What to say at start-up when this year or the next is not covered (weekends only), or null.
 * The State Council announces a year's holidays late in the year before; until the data package
 * or the city publishes them, Monday to Friday are counted as working days.
 */
export function coverageNotice(calendar: WorkingCalendar, now: Date = new Date()): string | null {
  const year = Number(localDay(now).slice(0, 4));
  const missing = calendar.uncoveredYears([year, year + 1]);
  if (!missing.length) return null;
  return `working calendar: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in ${STATUTORY_SOURCE} and the city has not published ${missing.length > 1 ? 'them' : 'it'}: weekends only (Monday to Friday count as working days) until the city publishes the official days (publishCalendarSettings with years)`;
}
