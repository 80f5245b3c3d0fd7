import { randomUUID } from 'node:crypto';
import type { AccountRecorded, CalendarPublished, CampaignRulesPublished, DistrictRegistered, EventType, IssueTransition, MonthlyReportDueReminded, SqlRunner, StoredEvent, VisitMinimumReminded } from '@qinshang/eventlog';
import { preparedRowsOf, rowsOf } from '@qinshang/eventlog';
import { feedCursor, webhookBody, type WebhookFormat } from '../delivery/formats';
import { ACCOUNT_EVENT_TYPES, ISSUE_EVENT_TYPES, NotificationKind, OFFICIAL_REMINDER_TYPES } from './kinds';
import { messageFor, reminderMessage } from './messages';
import { isHistory, routesFor, type Audience, type IssueState } from './recipients';

export const ROUTER_NAME = 'notifications.router';
/** NOTIFY channels: new inbox rows (payload: the highest seq), and new deliveries to work. */
export const INBOX_CHANNEL = 'qinshang_notifications';
export const OUTBOX_CHANNEL = 'qinshang_deliveries';

export const ROUTED_TYPES: readonly EventType[] = [
  ...ACCOUNT_EVENT_TYPES,
  'district.registered',
  'calendar.published',
  'campaign.rules_published',
  ...ISSUE_EVENT_TYPES,
  ...OFFICIAL_REMINDER_TYPES,
];

export interface RouterSettings {
  consoleUrl: string;
  /** Queue e-mails (only when an SMTP server is configured). */
  email: boolean;
  smtpFrom: string;
  retryForMs: number;
}

interface AccountRow {
  account_id: string;
  email: string | null;
  district_id: string | null;
}

interface WebhookRow {
  id: string;
  district_id: string | null;
  events: string[];
  format: WebhookFormat;
  registered_position: string;
}

export const issueLink = (consoleUrl: string, issueId: string) => `${consoleUrl.replace(/\/$/, '')}/issues/${encodeURIComponent(issueId)}`;

/**
 * The consumer's batch: projects accounts, tenants and problems, and turns each ledger event into
 * inbox rows and queued deliveries, all in the consumer's transaction (the checkpoint moves with
 * them: a crash replays the batch, and the unique keys make the replay write nothing twice).
 */
export async function routeEvents(client: SqlRunner, events: StoredEvent[], settings: RouterSettings): Promise<void> {
  const webhooks = await rowsOf<WebhookRow>(
    client,
    'SELECT id, district_id, events, format, registered_position::text AS registered_position FROM notifications.webhook WHERE deleted_at IS NULL',
  );
  const names = new Map<string, string>();
  let queued = false;
  let inbox = false;
  // History (backdated events) only shapes the problems' projection: gathered and written in bulk.
  const history: StoredEvent[] = [];
  for (const event of events) {
    if (event.type.startsWith('issue.') && isHistory(event)) {
      history.push(event);
      continue;
    }
    if (history.length) await projectHistory(client, history.splice(0));
    if (event.type.startsWith('account.')) await projectAccount(client, event as StoredEvent<'account.created'>);
    else if (event.type === 'district.registered') {
      const p = event.payload as DistrictRegistered;
      await client.query('INSERT INTO notifications.district_ref (district_id, name) VALUES ($1, $2) ON CONFLICT (district_id) DO UPDATE SET name = EXCLUDED.name', [p.districtId, p.name]);
      names.set(p.districtId, p.name);
    } else if (event.type === 'calendar.published') {
      const p = event.payload as CalendarPublished;
      await client.query('INSERT INTO notifications.calendar (version, days, years) VALUES ($1, $2, $3) ON CONFLICT (version) DO NOTHING', [p.version, JSON.stringify(p.days), p.years]);
    } else if (event.type === 'campaign.rules_published') {
      const p = event.payload as CampaignRulesPublished;
      // Versions published before the setting existed remind after 3 working days, as the notifier did then.
      await client.query(
        `INSERT INTO notifications.campaign_rules (version, effective_from, confirmation_reminder_days) VALUES ($1, $2, $3)
         ON CONFLICT (version) DO UPDATE SET effective_from = EXCLUDED.effective_from, confirmation_reminder_days = EXCLUDED.confirmation_reminder_days`,
        [p.version, p.effectiveFrom, p.confirmationReminderDays ?? 3],
      );
    } else if ((OFFICIAL_REMINDER_TYPES as readonly string[]).includes(event.type)) {
      if (isHistory(event)) continue;
      const outcome = await routeOfficialReminder(client, event, names, settings);
      queued ||= outcome.queued;
      inbox ||= outcome.inbox;
    } else if (event.type.startsWith('issue.')) {
      const outcome = await routeIssueEvent(client, event, webhooks, names, settings);
      queued ||= outcome.queued;
      inbox ||= outcome.inbox;
    }
  }
  if (history.length) await projectHistory(client, history);
  if (inbox) await client.query("SELECT pg_notify($1, coalesce((SELECT max(seq) FROM notifications.notification), 0)::text)", [INBOX_CHANNEL]);
  if (queued) await client.query("SELECT pg_notify($1, '')", [OUTBOX_CHANNEL]);
}

async function projectAccount(client: SqlRunner, event: StoredEvent<'account.created'>): Promise<void> {
  const a = event.payload as AccountRecorded;
  await client.query(
    `INSERT INTO notifications.account (account_id, username, display_name, role, district_id, official_id, department_id, enterprise_id, email, status, event_position, staff)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (account_id) DO UPDATE SET username = EXCLUDED.username, display_name = EXCLUDED.display_name, role = EXCLUDED.role,
       district_id = EXCLUDED.district_id, official_id = EXCLUDED.official_id, department_id = EXCLUDED.department_id,
       enterprise_id = EXCLUDED.enterprise_id, email = EXCLUDED.email, status = EXCLUDED.status, event_position = EXCLUDED.event_position, staff = EXCLUDED.staff`,
    [a.accountId, a.username, a.displayName ?? null, a.role, a.districtId ?? null, a.officialId ?? null, a.departmentId ?? null, a.enterpriseId ?? null, a.email ?? null, a.status, event.position, a.staff === true],
  );
}

async function routeIssueEvent(
  client: SqlRunner,
  event: StoredEvent,
  webhooks: WebhookRow[],
  names: Map<string, string>,
  settings: RouterSettings,
): Promise<{ queued: boolean; inbox: boolean }> {
  const p = event.payload as IssueTransition;
  // The problem as we knew it before this event, and the event projected, in one statement (the
  // CTE reads the snapshot from before the upsert), prepared: its planning cost three times its execution.
  const [before] = await preparedRowsOf<{ status: string; level: string | null; department_id: string | null; official_id: string | null; responsible_person: string | null }>(
    client,
    `WITH before AS (
       SELECT status, level, department_id, official_id, responsible_person FROM notifications.issue_ref WHERE issue_id = $1
     ), projected AS (
       ${ISSUE_REF_UPSERT} VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ${ISSUE_REF_CONFLICT}
     )
     SELECT * FROM before`,
    issueRefValues(event),
  );
  const state: IssueState | null = before
    ? { status: before.status, level: before.level, departmentId: before.department_id, officialId: before.official_id, responsiblePerson: before.responsible_person }
    : null;
  const routes = routesFor(event, state);
  const hooks = webhooks.filter((hook) => hook.events.includes(event.type));
  if (routes.length === 0 && hooks.length === 0) return { queued: false, inbox: false };
  const districtName = await nameOf(client, p.districtId, names);
  let queued = false;
  let inbox = false;
  const link = issueLink(settings.consoleUrl, p.issueId);
  for (const route of routes) {
    const message = messageFor(route.kind, p, districtName);
    for (const account of await accountsFor(client, route.audiences)) {
      const inserted = await rowsOf<{ seq: string }>(
        client,
        `INSERT INTO notifications.notification (account_id, district_id, event_position, event_type, kind, issue_id, ledger_no, title, body, link)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING seq::text AS seq`,
        [account.account_id, p.districtId, event.position, event.type, route.kind, p.issueId, p.ledgerNo, message.title, message.body, link],
      );
      inbox ||= inserted.length > 0;
      if (settings.email && account.email && (await wantsEmail(client, account.account_id, route.kind))) {
        queued = true;
        await enqueue(client, {
          channel: 'EMAIL',
          target: `email:${account.account_id}`,
          accountId: account.account_id,
          webhookId: null,
          event,
          kind: route.kind,
          payload: {
            from: settings.smtpFrom,
            to: account.email,
            subject: `【亲商助企】${message.title}`,
            text: `${message.body}\n\n台账编号：${p.ledgerNo}\n在平台中查看：${link}\n\n（此邮件由亲商助企平台自动发送，请勿直接回复。）`,
          },
          retryForMs: settings.retryForMs,
        });
      }
    }
  }
  for (const hook of hooks) {
    if (BigInt(hook.registered_position) >= BigInt(event.position)) continue;
    // A tenant's webhook receives its own tenant's events only; the city office's, every tenant's.
    if (hook.district_id !== null && hook.district_id !== p.districtId) continue;
    const id = randomUUID();
    const body = webhookBody(hook.format, {
      deliveryId: id,
      eventType: event.type,
      cursor: feedCursor(event.position),
      occurredAt: event.occurredAt.toISOString(),
      districtId: p.districtId,
      districtName,
      issueId: p.issueId,
      ledgerNo: p.ledgerNo,
      status: p.status,
      level: p.level ?? null,
      link,
    });
    queued = true;
    await enqueue(client, { id, channel: 'WEBHOOK', target: `webhook:${hook.id}`, webhookId: hook.id, accountId: null, event, kind: 'WEBHOOK', payload: { body }, retryForMs: settings.retryForMs });
  }
  return { queued, inbox };
}

/** 走访提醒, 月报提醒: to the official's own accounts (inbox, e-mail by preference), with a link to the form that answers it. */
async function routeOfficialReminder(client: SqlRunner, event: StoredEvent, names: Map<string, string>, settings: RouterSettings): Promise<{ queued: boolean; inbox: boolean }> {
  const type = event.type as (typeof OFFICIAL_REMINDER_TYPES)[number];
  const p = event.payload as VisitMinimumReminded | MonthlyReportDueReminded;
  const kind = type === 'visit.minimum_reminded' ? NotificationKind.VISIT_REMINDER : NotificationKind.REPORT_REMINDER;
  const message = reminderMessage(type, p);
  const enterprise = p.enterprises[0]?.enterpriseId;
  const base = settings.consoleUrl.replace(/\/$/, '');
  const link = enterprise ? `${base}/official/${encodeURIComponent(enterprise)}/${kind === NotificationKind.VISIT_REMINDER ? 'visit' : 'report'}` : `${base}/official`;
  const districtName = await nameOf(client, p.districtId, names);
  let queued = false;
  let inbox = false;
  for (const account of await accountsFor(client, [{ role: 'OFFICIAL', districtId: p.districtId, officialId: p.officialId }])) {
    const inserted = await rowsOf(
      client,
      `INSERT INTO notifications.notification (account_id, district_id, event_position, event_type, kind, title, body, link)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING seq`,
      [account.account_id, p.districtId, event.position, event.type, kind, message.title, message.body, link],
    );
    inbox ||= inserted.length > 0;
    if (settings.email && account.email && (await wantsEmail(client, account.account_id, kind))) {
      queued = true;
      await enqueue(client, {
        channel: 'EMAIL',
        target: `email:${account.account_id}`,
        accountId: account.account_id,
        webhookId: null,
        event,
        kind,
        payload: {
          from: settings.smtpFrom,
          to: account.email,
          subject: `【亲商助企】${message.title}`,
          text: `${message.body}\n\n${districtName}亲商助企办\n在平台中办理：${link}\n\n（此邮件由亲商助企平台自动发送，请勿直接回复。）`,
        },
        retryForMs: settings.retryForMs,
      });
    }
  }
  return { queued, inbox };
}

const ISSUE_REF_UPSERT = `INSERT INTO notifications.issue_ref (issue_id, district_id, ledger_no, enterprise_id, official_id, status, level, department_id, responsible_person, version, resolved_at, resolved_position)`;
const ISSUE_REF_CONFLICT = `ON CONFLICT (issue_id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version,
       official_id = coalesce(EXCLUDED.official_id, issue_ref.official_id),
       level = CASE WHEN EXCLUDED.status = 'ESCALATED' THEN coalesce(EXCLUDED.level, issue_ref.level) END,
       department_id = coalesce(EXCLUDED.department_id, issue_ref.department_id),
       responsible_person = coalesce(EXCLUDED.responsible_person, issue_ref.responsible_person),
       resolved_at = EXCLUDED.resolved_at, resolved_position = EXCLUDED.resolved_position,
       confirmation_reminded = CASE WHEN EXCLUDED.status = 'RESOLVED' AND issue_ref.status <> 'RESOLVED' THEN false ELSE issue_ref.confirmation_reminded END
     WHERE issue_ref.version < EXCLUDED.version`;

function issueRefValues(event: StoredEvent): unknown[] {
  const p = event.payload as IssueTransition;
  const resolved = p.status === 'RESOLVED';
  return [
    p.issueId,
    p.districtId,
    p.ledgerNo,
    p.enterpriseId,
    p.officialId ?? null,
    p.status,
    p.status === 'ESCALATED' ? (p.level ?? null) : null,
    p.departmentId ?? null,
    p.responsiblePerson ?? null,
    p.version,
    resolved ? (p.resolvedAt ?? event.occurredAt.toISOString()) : null,
    resolved ? event.position : null,
  ];
}

/** Backdated events: the latest version of each problem, in one statement. */
async function projectHistory(client: SqlRunner, events: StoredEvent[]): Promise<void> {
  const latest = new Map<string, StoredEvent>();
  for (const event of events) {
    const p = event.payload as IssueTransition;
    const known = latest.get(p.issueId);
    if (!known || (known.payload as IssueTransition).version < p.version) latest.set(p.issueId, event);
  }
  const columns = ['issue_id', 'district_id', 'ledger_no', 'enterprise_id', 'official_id', 'status', 'level', 'department_id', 'responsible_person', 'version', 'resolved_at', 'resolved_position'];
  const records = [...latest.values()].map((event) => Object.fromEntries(issueRefValues(event).map((value, i) => [columns[i], value])));
  await client.query(
    `${ISSUE_REF_UPSERT} SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(issue_id text, district_id text, ledger_no text, enterprise_id text, official_id text,
       status text, level text, department_id text, responsible_person text, version int, resolved_at timestamptz, resolved_position bigint) ${ISSUE_REF_CONFLICT}`,
    [JSON.stringify(records)],
  );
}

interface Enqueue {
  id?: string;
  channel: 'EMAIL' | 'WEBHOOK';
  target: string;
  webhookId: string | null;
  accountId: string | null;
  event: StoredEvent;
  kind: NotificationKind | 'WEBHOOK';
  payload: Record<string, unknown>;
  retryForMs: number;
}

/** One (event, recipient, channel) in the outbox, with the id every attempt carries as its key. */
export async function enqueue(client: SqlRunner, d: Enqueue): Promise<void> {
  const p = d.event.payload as Partial<IssueTransition>;
  await client.query(
    `INSERT INTO notifications.delivery (id, channel, target, webhook_id, account_id, district_id, event_position, event_type, kind, issue_id, ledger_no, payload, retry_until)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now() + make_interval(secs => $13::double precision / 1000))
     ON CONFLICT (event_position, target, kind) DO NOTHING`,
    [d.id ?? randomUUID(), d.channel, d.target, d.webhookId, d.accountId, d.event.districtId, d.event.position, d.event.type, d.kind, p.issueId ?? null, p.ledgerNo ?? null, JSON.stringify(d.payload), d.retryForMs],
  );
}

async function nameOf(client: SqlRunner, districtId: string, names: Map<string, string>): Promise<string> {
  const known = names.get(districtId);
  if (known) return known;
  const [row] = await rowsOf<{ name: string }>(client, 'SELECT name FROM notifications.district_ref WHERE district_id = $1', [districtId]);
  const name = row?.name ?? districtId;
  names.set(districtId, name);
  return name;
}

/** Active accounts of the audiences (an account's role and record must match: nobody else's problems). */
export async function accountsFor(client: SqlRunner, audiences: Audience[]): Promise<AccountRow[]> {
  const found = new Map<string, AccountRow>();
  for (const audience of audiences) {
    const [where, params] = audienceSql(audience);
    const rows = await rowsOf<AccountRow>(
      client,
      `SELECT account_id, email, district_id FROM notifications.account WHERE status = 'ACTIVE' AND role = $1 AND ${where} ORDER BY account_id`,
      [audience.role, ...params],
    );
    for (const row of rows) found.set(row.account_id, row);
  }
  return [...found.values()];
}

function audienceSql(audience: Audience): [string, unknown[]] {
  switch (audience.role) {
    case 'DEPARTMENT':
      // The department's own accounts, and of its staff the person named responsible (by display name).
      return ['department_id = $2 AND (NOT staff OR display_name = $3)', [audience.departmentId, audience.responsiblePerson?.trim() || null]];
    case 'DISTRICT_ADMIN':
      return ['district_id = $2', [audience.districtId]];
    case 'CITY_ADMIN':
      return ['true', []];
    case 'OFFICIAL':
      return ['district_id = $2 AND official_id = $3', [audience.districtId, audience.officialId]];
    case 'ENTERPRISE':
      return ['district_id = $2 AND enterprise_id = $3', [audience.districtId, audience.enterpriseId]];
  }
}

export async function wantsEmail(client: SqlRunner, accountId: string, kind: string): Promise<boolean> {
  const [row] = await rowsOf<{ enabled: boolean }>(client, "SELECT enabled FROM notifications.preference WHERE account_id = $1 AND kind = $2 AND channel = 'EMAIL'", [accountId, kind]);
  return row?.enabled ?? true;
}
