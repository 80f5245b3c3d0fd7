import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Role } from '@qinshang/auth';
import { addCalendarDays, localDay, localTime, periodOf, reportDue, WorkingCalendar, type CalendarDay, type DeadlineUnit } from '@qinshang/calendar';
import { Actor, as, stackInfo } from '@qinshang/testkit';
import { eventually, office, repoRoot, SmtpSink, withAdmin } from './helpers';

/**
 * Issue 13: an official short of the month's minimum visits by the rules' reminder day, and one
 * whose monthly report is coming due, are told in their inbox and by e-mail, once a month each,
 * however many rounds (or replicas) judge it. The districts' reminder round is run at chosen times
 * from the command line (as the ledger's scheduler is), for this tenant only: 浐灞生态区 (CB), where
 * everything here is created by the test.
 */
const T = 'CB';
const run = promisify(execFile);
const INBOX = '{ notifications(first: 50) { edges { node { kind eventType title body link ledgerNo issue { id } } } } }';
type Inbox = { notifications: { edges: Array<{ node: { kind: string; eventType: string; title: string; body: string; link: string; ledgerNo: string | null; issue: unknown } }> } };
type Round = { ran: boolean; visits: string[]; reports: string[] };
type Rules = { minVisitsPerMonth: number; visitReminderDay: number; reportReminderDays: number; reportDueDay: number; deadlineUnit: DeadlineUnit };

const RULES = 'query($p: String) { city { campaign { rules(period: $p) { minVisitsPerMonth visitReminderDay reportReminderDays reportDueDay deadlineUnit } } } }';
const SETTINGS = '{ calendarSettings { version days { date kind name } years } }';

/** One round as of local noon of `day` (`ran: false`, another replica's round held the lock: asked again). */
function roundAt(day: string): Promise<Round> {
  return round(localTime(day, '12:00'));
}

async function round(at: Date): Promise<Round> {
  const script = path.join(repoRoot, 'services/districts/dist/reminders/run.js');
  const env = { ...process.env, APP_DATABASE_URL: stackInfo().appDatabaseUrl };
  return eventually(async () => {
    const { stdout } = await run(process.execPath, [script, '--as-of', at.toISOString(), '--district', T], { env });
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as Round;
    return result.ran ? result : undefined;
  }, `a reminder round as of ${at.toISOString()}`);
}

interface Person {
  officialId: string;
  enterpriseId: string;
  email: string;
  inbox: Actor;
}

/** An official paired since the 1st of `period` with a project of its own, and an account with an e-mail address the notifier knows. */
async function person(name: string, period: string, suffix: string): Promise<Person> {
  const enterprise = await office(T).ok<{ addEnterprise: { enterprise: { id: string } } }>(
    'mutation($input: AddEnterpriseInput!) { addEnterprise(input: $input) { enterprise { id } } }',
    { input: { districtId: T, name: `${name}服务项目${suffix}`, kind: 'PROJECT', sector: 'CONSTRUCTION', source: 'DISTRICT_SELECTED' } },
  );
  const enterpriseId = enterprise.addEnterprise.enterprise.id;
  const official = await office(T).ok<{ addOfficial: { official: { id: string } } }>('mutation($input: AddOfficialInput!) { addOfficial(input: $input) { official { id } } }', {
    input: { districtId: T, name, title: '科员' },
  });
  const officialId = official.addOfficial.official.id;
  await office(T).ok('mutation($input: PairOfficialInput!) { pairOfficial(input: $input) { pairing { id } } }', { input: { enterpriseId, officialId, startedOn: `${period}-01` } });
  const email = `remind-${suffix}-${officialId.toLowerCase()}@qinshang.local`;
  const account = await office(T).ok<{ createAccount: { account: { id: string } } }>('mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }', {
    input: { username: `remind-${suffix}-${officialId}`.toLowerCase(), displayName: name, role: 'OFFICIAL', districtId: T, officialId, email },
  });
  const accountId = account.createAccount.account.id;
  await eventually(() => withAdmin(async (c) => (await c.query('SELECT 1 FROM notifications.account WHERE account_id = $1', [accountId])).rowCount === 1), 'the notifier to know the account', 60_000);
  return { officialId, enterpriseId, email, inbox: new Actor({ sub: accountId, role: Role.OFFICIAL, districtId: T, officialId }) };
}

async function visit(who: Person, day: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await new Actor({ role: Role.OFFICIAL, districtId: T, officialId: who.officialId }).ok('mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id } } }', {
      input: { enterpriseId: who.enterpriseId, visitedOn: day, mode: 'HELP', summary: `帮办施工许可手续（第${i + 1}次）` },
    });
  }
}

const ofKind = async (who: Person, kind: string) => (await who.inbox.ok<Inbox>(INBOX)).notifications.edges.filter((edge) => edge.node.kind === kind).map((edge) => edge.node);

/** The officials' reminder events of this test's officials. */
async function events(type: string, officials: string[]): Promise<Array<{ stream_id: string; actor: string; payload: Record<string, unknown> }>> {
  return withAdmin(async (c) => (await c.query("SELECT stream_id, actor, payload FROM eventlog.event WHERE type = $1 AND stream_type = 'official' AND stream_id = ANY($2) ORDER BY position", [type, officials])).rows);
}

describe('reminders to officials: visits short of the minimum, a monthly report coming due', () => {
  jest.setTimeout(240_000);
  const period = periodOf(new Date());
  const suffix = Date.now().toString(36);
  let smtp: SmtpSink;
  let rules: Rules;
  let short: Person;
  let diligent: Person;

  beforeAll(async () => {
    smtp = await new SmtpSink().listen();
    rules = (await as.city().ok<{ city: { campaign: { rules: Rules } } }>(RULES, { p: period })).city.campaign.rules;
    short = await person('走访不足', period, suffix);
    diligent = await person('按时走访', period, suffix);
    // Visits on the 1st, so they count whatever day of the month the suite runs.
    await visit(short, `${period}-01`, rules.minVisitsPerMonth - 1);
    await visit(diligent, `${period}-01`, rules.minVisitsPerMonth);
  });
  afterAll(() => smtp.close());

  it('tells an official short of the minimum by the reminder day, once, in the inbox and by e-mail; one who made them, nothing', async () => {
    const reminderDay = `${period}-${String(rules.visitReminderDay).padStart(2, '0')}`;
    // The day before: nobody yet.
    const early = await roundAt(addCalendarDays(reminderDay, -1));
    expect(early.visits).not.toContain(short.officialId);
    expect((await events('visit.minimum_reminded', [short.officialId, diligent.officialId])).length).toBe(0);

    const first = await roundAt(reminderDay);
    expect(first.visits).toContain(short.officialId);
    expect(first.visits).not.toContain(diligent.officialId);

    const notes = await eventually(async () => {
      const found = await ofKind(short, 'VISIT_REMINDER');
      return found.length > 0 && found;
    }, 'the visit reminder in the official’s inbox');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ eventType: 'visit.minimum_reminded', ledgerNo: null, issue: null, link: expect.stringContaining(`/official/${short.enterpriseId}/visit`) });
    expect(notes[0].title).toContain(`${rules.minVisitsPerMonth} 次`);
    expect(notes[0].body).toContain(`已走访 ${rules.minVisitsPerMonth - 1} 次`);

    const mail = await eventually(() => smtp.to(short.email).length > 0 && smtp.to(short.email), 'the visit reminder by e-mail');
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toContain('走访提醒');
    expect(mail[0].text).toContain(`/official/${short.enterpriseId}/visit`);

    // A second round, and two more at once (replicas): nothing more, to anybody.
    const again = await Promise.all([roundAt(reminderDay), round(localTime(addCalendarDays(reminderDay, 1), '09:00')), round(localTime(addCalendarDays(reminderDay, 1), '09:00'))]);
    expect(again.flatMap((r) => r.visits)).not.toContain(short.officialId);
    const logged = await events('visit.minimum_reminded', [short.officialId, diligent.officialId]);
    expect(logged.map((e) => e.stream_id)).toEqual([short.officialId]);
    // Audited: written by the round, with the month and what was short.
    expect(logged[0]).toMatchObject({
      actor: 'system:districts:reminders',
      payload: { officialId: short.officialId, districtId: T, period, minimum: rules.minVisitsPerMonth, enterprises: [{ enterpriseId: short.enterpriseId, visits: rules.minVisitsPerMonth - 1 }] },
    });
    // The outbox has had every chance to send a duplicate: it has none.
    await eventually(
      () => withAdmin(async (c) => (await c.query("SELECT count(*)::int AS n FROM notifications.delivery WHERE account_id IS NOT NULL AND kind = 'VISIT_REMINDER' AND status = 'PENDING' AND payload->>'to' = $1", [short.email])).rows[0].n === 0),
      'the visit reminder delivered',
    );
    expect(await ofKind(short, 'VISIT_REMINDER')).toHaveLength(1);
    expect(smtp.to(short.email)).toHaveLength(1);
    expect(await ofKind(diligent, 'VISIT_REMINDER')).toHaveLength(0);
    expect(smtp.to(diligent.email).filter((m) => m.subject?.includes('走访提醒'))).toHaveLength(0);
  });

  it('tells an official whose report is not in, the rules’ working days before it is due; not one whose report is in', async () => {
    await diligent.inbox.ok('mutation($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { report { id } } }', {
      input: { enterpriseId: diligent.enterpriseId, period, progress: '主体结构施工中，进度正常' },
    });
    const settings = (await as.city().ok<{ calendarSettings: { version: number; days: CalendarDay[]; years: number[] } | null }>(SETTINGS)).calendarSettings;
    const calendar = new WorkingCalendar(settings);
    const dueAt = reportDue(calendar, rules.deadlineUnit, period, rules.reportDueDay);
    // The first day, at noon, with no more than the rules' working days left before the deadline.
    let day = `${period}-01`;
    while (calendar.workingDaysLeft(localTime(day, '12:00'), dueAt) > rules.reportReminderDays) day = addCalendarDays(day, 1);
    expect(localTime(day, '12:00') < dueAt).toBe(true);

    const early = await roundAt(addCalendarDays(day, -1));
    expect(early.reports).not.toContain(short.officialId);
    const first = await roundAt(day);
    expect(first.reports).toContain(short.officialId);
    expect(first.reports).not.toContain(diligent.officialId);
    expect((await roundAt(day)).reports).toEqual([]);

    const notes = await eventually(async () => {
      const found = await ofKind(short, 'REPORT_REMINDER');
      return found.length > 0 && found;
    }, 'the report reminder in the official’s inbox');
    expect(notes).toHaveLength(1);
    const dueDay = localDay(new Date(dueAt.getTime() - 1));
    expect(notes[0]).toMatchObject({ eventType: 'report.due_reminded', link: expect.stringContaining(`/official/${short.enterpriseId}/report`) });
    expect(notes[0].body).toContain(new Date(`${dueDay}T12:00:00+08:00`).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }));
    const mail = await eventually(() => {
      const found = smtp.to(short.email).filter((m) => m.subject?.includes('月报提醒'));
      return found.length > 0 && found;
    }, 'the report reminder by e-mail');
    expect(mail).toHaveLength(1);

    const logged = await events('report.due_reminded', [short.officialId, diligent.officialId]);
    expect(logged.map((e) => e.stream_id)).toEqual([short.officialId]);
    expect(logged[0].payload).toMatchObject({ period, dueAt: dueAt.toISOString(), enterprises: [{ enterpriseId: short.enterpriseId }] });
    expect(await ofKind(diligent, 'REPORT_REMINDER')).toHaveLength(0);
    expect(smtp.to(diligent.email)).toHaveLength(0);
  });
});
