import type { CalendarSettings as Settings } from '@qinshang/calendar';
import { WorkingCalendar } from '@qinshang/calendar';
import type { EntityManager } from 'typeorm';
import type { CalendarSettings } from './calendar.types';

export const COLUMNS = `version, days, years, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt", published_by AS "publishedBy"`;

/**
 * 工作日: the city's calendar settings, versioned. The State Council's calendar comes from the
 * data package (`@qinshang/calendar`); the city declares its own days on top, and every other
 * service learns them from `calendar.published` in the event log. Anyone signed in may read them.
 */
export class CalendarQueries {
  constructor(private readonly manager: () => Promise<EntityManager>) {}

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
    return new WorkingCalendar(latest ? ({ version: latest.version, days: latest.days, years: latest.years } satisfies Settings) : null);
  }
}
