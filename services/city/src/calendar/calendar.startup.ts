import { WorkingCalendar, type CalendarDay } from '@qinshang/calendar';
import { Client } from 'pg';

/** The working calendar with the city's latest settings, read once at start-up (city scope). */
export async function latestCalendar(url: string): Promise<WorkingCalendar> {
  const client = new Client({ connectionString: url, application_name: 'city-calendar-startup' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('qinshang.scope', 'city', true)");
    const { rows } = await client.query<{ version: number; days: CalendarDay[]; years: number[] }>('SELECT version, days, years FROM city.calendar_settings ORDER BY version DESC LIMIT 1');
    await client.query('COMMIT');
    return new WorkingCalendar(rows[0] ?? null);
  } finally {
    await client.end();
  }
}
