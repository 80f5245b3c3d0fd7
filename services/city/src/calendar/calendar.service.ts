import type { Caller } from '@qinshang/auth';
import { isDay, WorkingCalendar, type CalendarSettings as Settings } from '@qinshang/calendar';
import { BadUserInputError, ConflictError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import type { CalendarSettings, PublishCalendarSettingsInput } from './calendar.types';

const COLUMNS = `version, days, years, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt", published_by AS "publishedBy"`;
const MAX_DAYS_AHEAD = 3650;

/**
 * 工作日: the city's calendar settings, versioned. The State Council's calendar comes from the
 * data package (`@qinshang/calendar`); the city declares its own days on top, and every other
 * service learns them from `calendar.published` in the event log.
 */
export class CalendarService {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** The settings in force (the latest version), or null before the city has published any. */
  async latest(): Promise<CalendarSettings | null> {
    const manager = await this.manager();
    const [row] = await manager.query(`SELECT ${COLUMNS} FROM city.calendar_settings ORDER BY version DESC LIMIT 1`);
    return row ?? null;
  }

  async versions(): Promise<CalendarSettings[]> {
    const manager = await this.manager();
    return manager.query(`SELECT ${COLUMNS} FROM city.calendar_settings ORDER BY version`);
  }

  /** The working calendar as the city has it now. */
  async calendar(): Promise<WorkingCalendar> {
    const latest = await this.latest();
    return new WorkingCalendar(latest ? { version: latest.version, days: latest.days, years: latest.years } : null);
  }

  async publish(input: PublishCalendarSettingsInput): Promise<CalendarSettings> {
    assertCan(this.caller, 'PUBLISH_CALENDAR_SETTINGS');
    const settings = validateSettings(input);
    const manager = await this.manager();
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('city.calendar_settings'))");
    const current = (await this.latest())?.version ?? 0;
    if (input.expectedVersion != null && input.expectedVersion !== current) {
      throw new ConflictError(`The calendar settings are at version ${current}, not ${input.expectedVersion}`, { reason: 'STALE_VERSION', field: 'input.expectedVersion', version: current });
    }
    const version = current + 1;
    const [row]: CalendarSettings[] = await manager.query(
      `INSERT INTO city.calendar_settings (version, days, years, published_by) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [version, JSON.stringify(settings.days), settings.years, this.caller.sub],
    );
    await appendEvents(manager, 'city', [
      { type: 'calendar.published', streamType: 'calendar', streamId: 'city', districtId: null, payload: { version, days: settings.days, years: settings.years, publishedBy: this.caller.sub } },
    ]);
    return row;
  }
}

/** Checks a version's days; throws BAD_USER_INPUT naming the first field at fault. */
export function validateSettings(input: PublishCalendarSettingsInput): Omit<Settings, 'version'> {
  const seen = new Set<string>();
  const days = input.days.map((day, i) => {
    const field = `input.days.${i}`;
    if (!isDay(day.date)) throw new BadUserInputError(`${field}.date`, `${day.date} is not a date (YYYY-MM-DD)`);
    if (seen.has(day.date)) throw new BadUserInputError(`${field}.date`, `${day.date} is listed more than once`);
    seen.add(day.date);
    const name = day.name.trim();
    if (!name || name.length > 100) throw new BadUserInputError(`${field}.name`, 'Say why, in 1 to 100 characters');
    return { date: day.date, kind: day.kind, name };
  });
  const years = [...new Set(input.years ?? [])].sort();
  for (const year of years) if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BadUserInputError('input.years', `${year} is not a year from 2000 to 2100`);
  for (const year of years) {
    if (!days.some((d) => d.date.startsWith(`${year}-`) && d.kind === 'HOLIDAY')) throw new BadUserInputError('input.years', `The days list no HOLIDAY in ${year}, whose official calendar it claims to give`);
  }
  return { days: days.sort((a, b) => (a.date < b.date ? -1 : 1)), years };
}

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new BadUserInputError('year', 'year must be from 1900 to 2100');
  return year;
}

export function checkAddWorkingDays(from: string, days: number): void {
  if (!isDay(from)) throw new BadUserInputError('from', `${from} is not a date (YYYY-MM-DD)`);
  if (!Number.isInteger(days) || Math.abs(days) > MAX_DAYS_AHEAD) throw new BadUserInputError('days', `days must be a whole number from -${MAX_DAYS_AHEAD} to ${MAX_DAYS_AHEAD}`);
}
