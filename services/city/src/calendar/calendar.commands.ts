import type { Caller } from '@qinshang/auth';
import { ConflictError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { validateSettings } from './calendar';
import { COLUMNS, type CalendarQueries } from './calendar.queries';
import type { CalendarSettings, PublishCalendarSettingsInput } from './calendar.types';

/** Publishing a version of the city's calendar settings (CITY_ADMIN): one at a time, each an event. */
export class CalendarCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
    private readonly queries: CalendarQueries,
  ) {}

  async publish(input: PublishCalendarSettingsInput): Promise<CalendarSettings> {
    assertCan(this.caller, 'PUBLISH_CALENDAR_SETTINGS');
    const settings = validateSettings(input);
    const manager = await this.manager();
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('city.calendar_settings'))");
    const current = (await this.queries.latest())?.version ?? 0;
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
