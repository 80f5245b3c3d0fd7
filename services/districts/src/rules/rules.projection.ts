import { reportDue, unitOf, WorkingCalendar, type CalendarSettings, type DeadlineUnit } from '@qinshang/calendar';
import type { CalendarPublished, CampaignRulesPublished, EventType, StoredEvent } from '@qinshang/eventlog';
import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';
import { DEFAULT_REPORT_DUE_DAY } from '../common/calendar';

export const RULES_CONSUMER = 'districts.campaign_rules';
export const RULES_EVENTS: EventType[] = ['campaign.rules_published', 'calendar.published'];

/**
 * Keeps `districts.campaign_rules` in step with the city's published versions, and
 * `districts.calendar` with its calendar settings (idempotent upserts).
 */
export async function applyRulesEvents(client: PoolClient, events: StoredEvent[]): Promise<void> {
  for (const event of events) {
    if (event.type === 'calendar.published') {
      const calendar = event.payload as CalendarPublished;
      await client.query('INSERT INTO districts.calendar (version, body) VALUES ($1, $2) ON CONFLICT (version) DO UPDATE SET body = EXCLUDED.body', [calendar.version, calendar]);
      continue;
    }
    const rules = event.payload as CampaignRulesPublished;
    await client.query(
      `INSERT INTO districts.campaign_rules (version, effective_from, report_due_day, deadline_unit, min_visits_per_month, visit_reminder_day, report_reminder_days)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (version) DO UPDATE SET effective_from = EXCLUDED.effective_from, report_due_day = EXCLUDED.report_due_day, deadline_unit = EXCLUDED.deadline_unit,
         min_visits_per_month = EXCLUDED.min_visits_per_month, visit_reminder_day = EXCLUDED.visit_reminder_day, report_reminder_days = EXCLUDED.report_reminder_days`,
      // Versions published before the reminders' settings existed: the defaults they were in effect with.
      [rules.version, rules.effectiveFrom, rules.reportDueDay, unitOf(rules), rules.minVisitsPerMonth ?? 2, rules.visitReminderDay ?? 20, rules.reportReminderDays ?? 3],
    );
  }
}

/**
 * When a period's report becomes late, by the rules version in force for that period (its due
 * day, counted in calendar or working days) and the city's calendar; the campaign's default day
 * until the city has published any rules.
 */
export async function reportDueAtFor(manager: EntityManager, period: string): Promise<Date> {
  const [row] = (await manager.query(
    'SELECT report_due_day, deadline_unit FROM districts.campaign_rules WHERE effective_from <= $1 ORDER BY effective_from DESC, version DESC LIMIT 1',
    [period],
  )) as Array<{ report_due_day: number; deadline_unit: DeadlineUnit }>;
  const [calendar] = (await manager.query('SELECT version, body FROM districts.calendar ORDER BY version DESC LIMIT 1')) as Array<{ version: number; body: CalendarSettings }>;
  const working = new WorkingCalendar(calendar ? { version: calendar.version, days: calendar.body.days ?? [], years: calendar.body.years ?? [] } : null);
  return reportDue(working, row?.deadline_unit ?? 'CALENDAR', period, row?.report_due_day ?? DEFAULT_REPORT_DUE_DAY);
}
