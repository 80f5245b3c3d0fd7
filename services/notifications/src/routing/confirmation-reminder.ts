import { localDay, periodOf, WorkingCalendar, type CalendarDay } from '@qinshang/calendar';
import type { IssueTransition, StoredEvent } from '@qinshang/eventlog';
import { rowsOf } from '@qinshang/eventlog';
import type { Logger } from '@qinshang/logging';
import type { SystemDb } from '../system-db';
import { NotificationKind } from './kinds';
import { messageFor } from './messages';
import { accountsFor, enqueue, INBOX_CHANNEL, issueLink, OUTBOX_CHANNEL, ROUTER_NAME, wantsEmail, type RouterSettings } from './router';

interface Awaiting {
  issue_id: string;
  district_id: string;
  ledger_no: string;
  enterprise_id: string;
  resolved_position: string;
  resolved_at: Date;
  name: string | null;
}

/**
 * Reminds an enterprise that a solved problem still waits for its confirmation (销号), once, after
 * the working days the campaign rules in force set (`confirmationReminderDays`, projected by the
 * router from `campaign.rules_published`; 3 before any version says), counted on the city's
 * working calendar: its declared days (`calendar.published`, projected by the router), then the
 * State Council's holidays and adjusted working days, weekends otherwise. A day the city declares
 * off (or worked) moves the reminder's day accordingly.
 * Runs under the router's checkpoint lock, so inbox rows are written by one writer at a time and
 * their seqs commit in order (the live inbox relies on it).
 */
export class ConfirmationReminder {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly options: { db: SystemDb; logger: Logger; settings: RouterSettings }) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .then(() => undefined, (error) => this.options.logger.warn({ err: error }, 'confirmation reminders failed'))
        .finally(() => (this.running = null));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /**
   * One round, judged at `asOf` (now; the command line may give another time), for every tenant or
   * one: how many reminders it sent, or null when the router holds its lock just now (skipped).
   */
  async runOnce(asOf: Date = new Date(), districtId: string | null = null): Promise<number | null> {
    return this.options.db.transaction(async (client) => {
      const locked = await rowsOf(client, 'SELECT 1 FROM eventlog.checkpoint WHERE consumer = $1 FOR UPDATE SKIP LOCKED', [ROUTER_NAME]);
      if (locked.length === 0) return null;
      const calendar = await cityCalendar(client);
      const days = await confirmationDays(client, periodOf(asOf));
      const due = await rowsOf<Awaiting>(
        client,
        `SELECT r.issue_id, r.district_id, r.ledger_no, r.enterprise_id, r.resolved_position::text AS resolved_position, r.resolved_at, d.name
           FROM notifications.issue_ref r LEFT JOIN notifications.district_ref d ON d.district_id = r.district_id
          WHERE r.status = 'RESOLVED' AND NOT r.confirmation_reminded AND r.resolved_position IS NOT NULL
            AND r.resolved_at < $2::timestamptz - make_interval(days => $1) AND r.resolved_at > $2::timestamptz - make_interval(days => $1 + 30)
            AND ($3::text IS NULL OR r.district_id = $3)
          ORDER BY r.resolved_at LIMIT 200`,
        [days, asOf, districtId],
      );
      let sent = 0;
      const today = localDay(asOf);
      // Working days are at least as many calendar days: the SQL finds the candidates, the calendar decides.
      for (const issue of due.filter((row) => today > calendar.addWorkingDays(localDay(row.resolved_at), days))) {
        const payload = { issueId: issue.issue_id, ledgerNo: issue.ledger_no, districtId: issue.district_id, enterpriseId: issue.enterprise_id, status: 'RESOLVED' } as IssueTransition;
        const message = messageFor(NotificationKind.CONFIRMATION_REMINDER, payload, issue.name ?? issue.district_id);
        const link = issueLink(this.options.settings.consoleUrl, issue.issue_id);
        const event = { position: issue.resolved_position, type: 'issue.resolved', districtId: issue.district_id, payload } as StoredEvent;
        for (const account of await accountsFor(client, [{ role: 'ENTERPRISE', districtId: issue.district_id, enterpriseId: issue.enterprise_id }])) {
          await client.query(
            `INSERT INTO notifications.notification (account_id, district_id, event_position, event_type, kind, issue_id, ledger_no, title, body, link)
             VALUES ($1, $2, $3, 'issue.resolved', $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
            [account.account_id, issue.district_id, issue.resolved_position, NotificationKind.CONFIRMATION_REMINDER, issue.issue_id, issue.ledger_no, message.title, message.body, link],
          );
          sent++;
          if (this.options.settings.email && account.email && (await wantsEmail(client, account.account_id, NotificationKind.CONFIRMATION_REMINDER))) {
            await enqueue(client, {
              channel: 'EMAIL',
              target: `email:${account.account_id}`,
              accountId: account.account_id,
              webhookId: null,
              event,
              kind: NotificationKind.CONFIRMATION_REMINDER,
              payload: { from: this.options.settings.smtpFrom, to: account.email, subject: `【亲商助企】${message.title}`, text: `${message.body}\n\n在平台中查看：${link}` },
              retryForMs: this.options.settings.retryForMs,
            });
          }
        }
        await client.query('UPDATE notifications.issue_ref SET confirmation_reminded = true WHERE issue_id = $1', [issue.issue_id]);
      }
      if (sent) {
        await client.query("SELECT pg_notify($1, coalesce((SELECT max(seq) FROM notifications.notification), 0)::text)", [INBOX_CHANNEL]);
        await client.query("SELECT pg_notify($1, '')", [OUTBOX_CHANNEL]);
      }
      return sent;
    }, 'system:notifications:reminder');
  }
}

/** The working days before the confirmation reminder, by the rules version in force for the month (3 before any is known). */
export async function confirmationDays(client: Parameters<typeof rowsOf>[0], period: string): Promise<number> {
  const [row] = await rowsOf<{ days: number }>(
    client,
    'SELECT confirmation_reminder_days AS days FROM notifications.campaign_rules WHERE effective_from <= $1 ORDER BY effective_from DESC, version DESC LIMIT 1',
    [period],
  );
  return row?.days ?? 3;
}

/** The city's working calendar as the router last saw it published (none yet: the State Council's). */
export async function cityCalendar(client: Parameters<typeof rowsOf>[0]): Promise<WorkingCalendar> {
  const [row] = await rowsOf<{ version: number; days: CalendarDay[]; years: number[] }>(client, 'SELECT version, days, years FROM notifications.calendar ORDER BY version DESC LIMIT 1');
  return new WorkingCalendar(row ? { version: row.version, days: row.days, years: row.years } : null);
}
