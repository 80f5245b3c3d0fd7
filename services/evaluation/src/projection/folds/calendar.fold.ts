import { WorkingCalendar } from '@qinshang/calendar';
import type { CalendarPublished } from '@qinshang/eventlog';
import type { Fold } from '../batch';

/** The city's calendar settings: the latest version is in force for the clocks of what follows. */
export const calendarFold: Fold = {
  types: ['calendar.published'],
  apply(event, batch) {
    const p = event.payload as CalendarPublished;
    batch.calendars.push({ version: p.version, body: p });
    if (p.version >= batch.calendar.version) batch.calendar = new WorkingCalendar({ version: p.version, days: p.days ?? [], years: p.years ?? [] });
  },
};
