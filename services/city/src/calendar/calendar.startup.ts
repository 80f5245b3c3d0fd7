import { WorkingCalendar, type CalendarDay } from '@qinshang/calendar';
import { inSystemTransaction } from '@qinshang/database';
import { Client } from 'pg';

/** The working calendar with the city's latest settings, read once at start-up (the platform's own scope). */
export async function latestCalendar(url: string): Promise<WorkingCalendar> {
  const client = new Client({ connectionString: url, application_name: 'city-calendar-startup' });
  await client.connect();
  try {
    return await inSystemTransaction(client, { actor: 'system:city-calendar', readOnly: true }, async (tx) => {
      const { rows } = await tx.query<{ version: number; days: CalendarDay[]; years: number[] }>('SELECT version, days, years FROM city.calendar_settings ORDER BY version DESC LIMIT 1');
      return new WorkingCalendar(rows[0] ?? null);
    });
  } finally {
    await client.end();
  }
}
