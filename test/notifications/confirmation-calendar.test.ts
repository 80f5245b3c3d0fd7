import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { addCalendarDays, localDay, localTime, WorkingCalendar, type CalendarDay } from '@qinshang/calendar';
import { as, stackInfo } from '@qinshang/testkit';
import { actorFor, eventually, lastPositionOf, office, repoRoot, routedPast, withAdmin } from './helpers';

/**
 * Issue 13: the enterprise is reminded to confirm (销号) a solved problem after the campaign rules'
 * `confirmationReminderDays` working days of the city's declared calendar. A day the city declares off between the resolution and the
 * reminder moves the reminder a working day later. The reminder round is run at chosen times
 * from the command line (as the ledger's scheduler is), for this tenant only. Tenant 610104 (莲湖区).
 */
const T = '610104';
const ENTERPRISE = `${T}-E0007`;
const run = promisify(execFile);
const SETTINGS = '{ calendarSettings { version days { date kind name } years } }';
const PUBLISH = `mutation($input: PublishCalendarSettingsInput!) { publishCalendarSettings(input: $input) { settings { version } } }`;
type Settings = { version: number; days: CalendarDay[]; years: number[] } | null;

/** One reminder round as of local noon of `day`: how many it sent (retried while the router holds its lock). */
async function remindAsOf(day: string): Promise<number> {
  const script = path.join(repoRoot, 'services/notifications/dist/routing/remind.js');
  const env = { ...process.env, ...stackInfo().notifier.env, APP_DATABASE_URL: stackInfo().appDatabaseUrl };
  return eventually(async () => {
    const { stdout } = await run(process.execPath, [script, '--as-of', localTime(day, '12:00').toISOString(), '--district', T], { env });
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as { busy: boolean; confirmations: number };
    return result.busy ? undefined : result.confirmations;
  }, `a reminder round as of ${day}`);
}

/** Publishes the city's settings with `change` applied (retrying when another publisher came first); its version. */
async function publish(change: (days: CalendarDay[]) => CalendarDay[]): Promise<number> {
  for (;;) {
    const current = (await as.city().ok<{ calendarSettings: Settings }>(SETTINGS)).calendarSettings;
    const response = await as.city().send<{ publishCalendarSettings: { settings: { version: number } } }>(PUBLISH, {
      input: { days: change(current?.days ?? []).map(({ date, kind, name }) => ({ date, kind, name })), years: current?.years ?? [], expectedVersion: current?.version ?? 0 },
    });
    if (!response.errors) return response.data!.publishCalendarSettings.settings.version;
    if (response.errors[0].extensions?.code !== 'CONFLICT') throw new Error(JSON.stringify(response.errors));
  }
}

describe('the confirmation reminder counts the city’s working days', () => {
  jest.setTimeout(180_000);
  let declared: string | null = null;

  afterAll(async () => {
    // The day off is taken back: other suites count on the State Council's calendar.
    if (declared) await publish((days) => days.filter((day) => day.date !== declared));
  });

  it('moves the reminder a working day later when the city declares a day off before it', async () => {
    const username = `confirm-${Date.now().toString(36)}`;
    const created = await office(T).ok<{ createAccount: { account: { id: string } } }>(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`,
      { input: { username, displayName: '企业联系人', role: 'ENTERPRISE', districtId: T, enterpriseId: ENTERPRISE } },
    );
    const accountId = created.createAccount.account.id;
    await eventually(() => withAdmin(async (c) => (await c.query('SELECT 1 FROM notifications.account WHERE account_id = $1', [accountId])).rowCount === 1), 'the notifier to know the account', 60_000);
    const enterprise = actorFor({ accountId, role: 'ENTERPRISE', districtId: T, enterpriseId: ENTERPRISE } as never);

    // Solved on the spot: it waits for the enterprise's confirmation from now.
    const raised = await office(T).ok<{ raiseIssue: { issue: { id: string } } }>(`mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }`, {
      input: { enterpriseId: ENTERPRISE, category: 'OTHER', title: '用电报装咨询', description: '已当场答复', resolvedOnSpot: '已现场解答报装流程' },
    });
    const issueId = raised.raiseIssue.issue.id;
    await routedPast(await lastPositionOf(issueId));
    const resolvedAt = await withAdmin(async (c) => (await c.query<{ resolved_at: Date }>('SELECT resolved_at FROM notifications.issue_ref WHERE issue_id = $1', [issueId])).rows[0].resolved_at);
    const resolvedDay = localDay(resolvedAt);
    // The campaign rules in force say after how many working days (no longer a config value).
    const rules = await as.city().ok<{ city: { campaign: { rules: { confirmationReminderDays: number } } } }>(
      'query($p: String) { city { campaign { rules(period: $p) { confirmationReminderDays } } } }',
      { p: localDay(resolvedAt).slice(0, 7) },
    );
    const days = rules.city.campaign.rules.confirmationReminderDays;
    expect(days).toBeGreaterThanOrEqual(1);

    // Declared: the first working day after the resolution is off (e.g. extreme weather).
    const before = (await as.city().ok<{ calendarSettings: Settings }>(SETTINGS)).calendarSettings;
    const plain = new WorkingCalendar(before);
    declared = plain.addWorkingDays(resolvedDay, 1);
    const version = await publish((list) => [...list.filter((day) => day.date !== declared), { date: declared!, kind: 'DAY_OFF', name: '暴雨红色预警停工' }]);
    await eventually(() => withAdmin(async (c) => (await c.query('SELECT 1 FROM notifications.calendar WHERE version >= $1', [version])).rowCount! > 0), 'the notifier to know the calendar');

    // Without the declaration the reminder would go the day after the Nth working day...
    const plainDay = addCalendarDays(plain.addWorkingDays(resolvedDay, days), 1);
    // ...with it, a working day later.
    const withDayOff = new WorkingCalendar({ version, days: [...(before?.days ?? []), { date: declared, kind: 'DAY_OFF', name: '停工' }], years: before?.years ?? [] });
    const movedDay = addCalendarDays(withDayOff.addWorkingDays(resolvedDay, days), 1);
    expect(movedDay > plainDay).toBe(true);

    const reminders = async () =>
      (await enterprise.ok<{ notifications: { edges: Array<{ node: { kind: string; issue: { id: string } | null } }> } }>('{ notifications(first: 50) { edges { node { kind issue { id } } } } }')).notifications.edges.filter(
        (edge) => edge.node.kind === 'CONFIRMATION_REMINDER' && edge.node.issue?.id === issueId,
      ).length;

    await remindAsOf(plainDay);
    expect(await reminders()).toBe(0);
    await remindAsOf(movedDay);
    expect(await reminders()).toBe(1);
    // Once: a later round sends it no second time.
    await remindAsOf(addCalendarDays(movedDay, 1));
    expect(await reminders()).toBe(1);
  });
});
