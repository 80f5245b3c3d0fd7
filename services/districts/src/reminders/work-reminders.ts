import { randomUUID } from 'node:crypto';
import { localDay, nextPeriod, periodOf, previousPeriod, WorkingCalendar, type CalendarSettings, type DeadlineUnit } from '@qinshang/calendar';
import { guardPool, inSystemTransaction, PeriodicRound, withSessionLock } from '@qinshang/database';
import { appendEvents, rowsOf, type NewEvent, type RemindedEnterprise, type SqlRunner } from '@qinshang/eventlog';
import type { Logger } from '@qinshang/logging';
import { Pool, type PoolClient } from 'pg';
import { DEFAULT_REPORT_DUE_DAY } from '../common/calendar';
import { EVENT_SOURCE } from '../common/events';
import { reportReminderDue, visitReminderDue, type MonthRules } from './reminder-days';

export const REMINDERS_ACTOR = 'system:districts:reminders';
const LOCK_KEY = 7_206_107;

export interface ReminderRunOptions {
  /** The moment to judge at (default: now). */
  asOf?: Date;
  /** Only this tenant's officials. */
  districtId?: string | null;
}

export interface ReminderRunResult {
  /** False when another replica held the round's lock and this run did nothing. */
  ran: boolean;
  /** Officials reminded of the month's visits (走访提醒), and of a report coming due (月报提醒). */
  visits: string[];
  reports: string[];
}

interface Short {
  official_id: string;
  district_id: string;
  enterprise_id: string;
  name: string;
  visits: number;
}

/**
 * The officials' reminders (issue 13), from the districts' own records: an official still short of
 * the month's minimum visits to a paired enterprise on or after the rules' `visitReminderDay`
 * (no excuse recorded for it), and one whose monthly report falls due within `reportReminderDays`
 * working days of the city's calendar and is not in. Each is a `visit.minimum_reminded` or
 * `report.due_reminded` event (the notifier tells the official's account from there).
 *
 * Safe with many replicas, as the ledger's scheduler: a run takes a session advisory lock and does
 * nothing if another replica holds it; and each reminder first inserts its row in
 * `districts.work_reminder` (one per official, month and kind) in the transaction that appends
 * its event, so even two rounds racing, or one after a restart, remind nobody twice.
 */
export class WorkReminders {
  private readonly pool: Pool;
  private readonly rounds = new PeriodicRound(
    () => this.runOnce(),
    (error) => this.options.logger?.error({ err: error }, 'reminder round failed'),
  );

  constructor(private readonly options: { url: string; logger?: Pick<Logger, 'info' | 'error' | 'warn'> }) {
    this.pool = guardPool(new Pool({ connectionString: options.url, max: 2, application_name: 'districts-reminders' }), (error) =>
      options.logger?.warn({ err: error }, 'reminders connection failed'),
    );
  }

  start(intervalMs: number): void {
    this.rounds.start(intervalMs);
  }

  async stop(): Promise<void> {
    await this.rounds.stop();
    await this.pool.end();
  }

  async runOnce(options: ReminderRunOptions = {}): Promise<ReminderRunResult> {
    const asOf = options.asOf ?? new Date();
    const districtId = options.districtId ?? null;
    const result: ReminderRunResult = { ran: false, visits: [], reports: [] };
    await withSessionLock(this.pool, LOCK_KEY, async (client) => {
      result.ran = true;
      await this.remindVisits(client, asOf, districtId, result);
      await this.remindReports(client, asOf, districtId, result);
    });
    if (result.visits.length + result.reports.length > 0) {
      this.options.logger?.info({ visits: result.visits.length, reports: result.reports.length }, 'officials reminded');
    }
    return result;
  }

  /** 走访提醒: from the rules' day of this month, the officials with fewer visits than the minimum. */
  private async remindVisits(client: PoolClient, asOf: Date, districtId: string | null, result: ReminderRunResult): Promise<void> {
    const today = localDay(asOf);
    const period = periodOf(asOf);
    const rules = await this.read(client, (db) => rulesFor(db, period));
    if (!visitReminderDue(rules, asOf)) return;
    const short = await this.read(client, (db) =>
      rowsOf<Short>(
        db,
        `SELECT p.official_id, p.district_id, p.enterprise_id, e.name, count(v.id)::int AS visits
           FROM districts.pairing p
           JOIN districts.enterprise e ON e.district_id = p.district_id AND e.id = p.enterprise_id
           LEFT JOIN districts.visit v ON v.official_id = p.official_id AND v.enterprise_id = p.enterprise_id
                AND v.visited_on >= $2::date AND v.visited_on <= $3::date
          WHERE p.ended_on IS NULL AND p.started_on <= $3::date
            AND ($4::text IS NULL OR p.district_id = $4)
            AND NOT EXISTS (SELECT 1 FROM districts.visit_excuse x WHERE x.official_id = p.official_id AND x.enterprise_id = p.enterprise_id AND x.period = $1)
            AND NOT EXISTS (SELECT 1 FROM districts.work_reminder w WHERE w.official_id = p.official_id AND w.period = $1 AND w.kind = 'VISIT_MINIMUM')
          GROUP BY p.official_id, p.district_id, p.enterprise_id, e.name
         HAVING count(v.id) < $5
          ORDER BY p.district_id, p.official_id, p.enterprise_id`,
        [period, `${period}-01`, today, districtId, rules.minVisits],
      ),
    );
    for (const [officialId, rows] of byOfficial(short)) {
      const sent = await this.remind(client, 'VISIT_MINIMUM', officialId, rows[0].district_id, period, (reminderId) => ({
        type: 'visit.minimum_reminded',
        streamType: 'official',
        streamId: officialId,
        districtId: rows[0].district_id,
        payload: {
          reminderId,
          districtId: rows[0].district_id,
          officialId,
          period,
          minimum: rules.minVisits,
          enterprises: rows.map((row) => ({ enterpriseId: row.enterprise_id, name: row.name, visits: row.visits })),
        },
      }));
      if (sent) result.visits.push(officialId);
    }
  }

  /**
   * 月报提醒: a month's report (last month's, or this month's under rules whose window reaches
   * back into it) due within the rules' working days and not yet late, for the officials whose
   * active pairing owes it.
   */
  private async remindReports(client: PoolClient, asOf: Date, districtId: string | null, result: ReminderRunResult): Promise<void> {
    const calendar = await this.read(client, cityCalendar);
    for (const period of [previousPeriod(periodOf(asOf)), periodOf(asOf)]) {
      const rules = await this.read(client, (db) => rulesFor(db, period));
      const dueAt = reportReminderDue(calendar, rules, period, asOf);
      if (!dueAt) continue;
      const owing = await this.read(client, (db) =>
        rowsOf<Omit<Short, 'visits'>>(
          db,
          `SELECT p.official_id, p.district_id, p.enterprise_id, e.name
             FROM districts.pairing p
             JOIN districts.enterprise e ON e.district_id = p.district_id AND e.id = p.enterprise_id
            WHERE p.ended_on IS NULL AND p.started_on < $2::date
              AND ($3::text IS NULL OR p.district_id = $3)
              AND NOT EXISTS (SELECT 1 FROM districts.monthly_report r WHERE r.pairing_id = p.id AND r.period = $1)
              AND NOT EXISTS (SELECT 1 FROM districts.work_reminder w WHERE w.official_id = p.official_id AND w.period = $1 AND w.kind = 'REPORT_DUE')
            ORDER BY p.district_id, p.official_id, p.enterprise_id`,
          [period, `${nextPeriod(period)}-01`, districtId],
        ),
      );
      for (const [officialId, rows] of byOfficial(owing)) {
        const sent = await this.remind(client, 'REPORT_DUE', officialId, rows[0].district_id, period, (reminderId) => ({
          type: 'report.due_reminded',
          streamType: 'official',
          streamId: officialId,
          districtId: rows[0].district_id,
          payload: {
            reminderId,
            districtId: rows[0].district_id,
            officialId,
            period,
            dueAt: dueAt.toISOString(),
            enterprises: rows.map((row): RemindedEnterprise => ({ enterpriseId: row.enterprise_id, name: row.name })),
          },
        }));
        if (sent) result.reports.push(officialId);
      }
    }
  }

  /** One reminder: its row and its event in one transaction; false when the row was there (sent before). */
  private async remind(
    client: PoolClient,
    kind: 'VISIT_MINIMUM' | 'REPORT_DUE',
    officialId: string,
    districtId: string,
    period: string,
    event: (reminderId: string) => NewEvent,
  ): Promise<boolean> {
    return inSystemTransaction(client, { actor: REMINDERS_ACTOR }, async (db) => {
      const id = randomUUID();
      const inserted = await rowsOf(
        db,
        `INSERT INTO districts.work_reminder (official_id, period, kind, district_id, id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (official_id, period, kind) DO NOTHING RETURNING id`,
        [officialId, period, kind, districtId, id],
      );
      if (inserted.length === 0) return false;
      await appendEvents(db, EVENT_SOURCE, [event(id)]);
      return true;
    });
  }

  private read<T>(client: PoolClient, work: (db: SqlRunner) => Promise<T>): Promise<T> {
    return inSystemTransaction(client, { actor: REMINDERS_ACTOR, readOnly: true }, work);
  }
}

/** The rules in force for a month, as the reminders read them. */
async function rulesFor(db: SqlRunner, period: string): Promise<MonthRules> {
  const [row] = await rowsOf<{ min_visits_per_month: number; visit_reminder_day: number; report_due_day: number; report_reminder_days: number; deadline_unit: DeadlineUnit }>(
    db,
    `SELECT min_visits_per_month, visit_reminder_day, report_due_day, report_reminder_days, deadline_unit
       FROM districts.campaign_rules WHERE effective_from <= $1 ORDER BY effective_from DESC, version DESC LIMIT 1`,
    [period],
  );
  return {
    minVisits: row?.min_visits_per_month ?? 2,
    visitDay: row?.visit_reminder_day ?? 20,
    reportDueDay: row?.report_due_day ?? DEFAULT_REPORT_DUE_DAY,
    reportDays: row?.report_reminder_days ?? 3,
    unit: row?.deadline_unit ?? 'CALENDAR',
  };
}

async function cityCalendar(db: SqlRunner): Promise<WorkingCalendar> {
  const [row] = await rowsOf<{ version: number; body: CalendarSettings }>(db, 'SELECT version, body FROM districts.calendar ORDER BY version DESC LIMIT 1');
  return new WorkingCalendar(row ? { version: row.version, days: row.body.days ?? [], years: row.body.years ?? [] } : null);
}

function byOfficial<T extends { official_id: string }>(rows: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.official_id, [...(grouped.get(row.official_id) ?? []), row]);
  return grouped;
}
