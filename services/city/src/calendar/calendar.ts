import { isDay, type CalendarSettings as Settings } from '@qinshang/calendar';
import { BadUserInputError } from '@qinshang/errors';
import type { PublishCalendarSettingsInput } from './calendar.types';

const MAX_DAYS_AHEAD = 3650;

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
