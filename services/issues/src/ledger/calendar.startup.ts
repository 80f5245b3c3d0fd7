import { coverageNotice } from '@qinshang/calendar';
import { inSystemTransaction } from '@qinshang/database';
import type { Logger } from '@qinshang/logging';
import { Client } from 'pg';
import { calendarOf } from './clock';

/** Says at start-up when this year or the next falls back to weekends only. */
export async function announceCalendarCoverage(url: string, logger: Pick<Logger, 'warn' | 'info'>): Promise<void> {
  const client = new Client({ connectionString: url, application_name: 'issues-calendar-startup' });
  await client.connect();
  try {
    const calendar = await inSystemTransaction(client, { actor: 'system:issues-calendar', readOnly: true }, (tx) =>
      calendarOf({ query: async (sql: string, parameters?: unknown[]) => (await tx.query(sql, parameters)).rows } as Parameters<typeof calendarOf>[0]),
    );
    const notice = coverageNotice(calendar);
    if (notice) logger.warn({ calendarVersion: calendar.version }, notice);
    else logger.info({ calendarVersion: calendar.version }, 'working calendar: this year and the next are covered');
  } finally {
    await client.end();
  }
}
