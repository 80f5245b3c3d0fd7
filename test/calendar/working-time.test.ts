import { localDay, WorkingCalendar } from '@qinshang/calendar';
import { as } from '@qinshang/testkit';
import { pairedOfficial } from '../ledger/helpers';
import { atMoment, calendarProjected, department, evaluated, firstRules, office, rulesVersion, schedulerRun, until } from './ledger';

const TENANT = 'GW';
const ENTERPRISE = 'GW-E0001';
const UNIT = 'GW-D01';
const ISSUE = `query($id: ID!) { issue(id: $id) { id status responseDueAt dueAt stageDueAt overdue responseOverdue stageOverdue
  workingDaysLeft { response resolution stage } history { type actor automatic } } }`;
type IssueView = {
  id: string; status: string; responseDueAt: string; dueAt: string; stageDueAt: string | null; overdue: boolean; responseOverdue: boolean; stageOverdue: boolean;
  workingDaysLeft: { response: number | null; resolution: number | null; stage: number | null }; history: Array<{ type: string; actor: string; automatic: boolean }>;
};
const read = async (id: string) => (await as.city().ok<{ issue: IssueView }>(ISSUE, { id })).issue;
/** The local day a clock runs out on (it ends at the midnight after it). */
const dueDay = (iso: string) => localDay(new Date(new Date(iso).getTime() - 1));

async function raise(at: string, title: string, category = 'OTHER'): Promise<string> {
  const row = await atMoment(new Date(at), office(TENANT), (ledger) =>
    ledger.raise({ enterpriseId: ENTERPRISE, category, title, description: `${title}, 请协调` }),
  );
  return row.id as string;
}

/**
 * Deadlines and clocks in working days (工作日), through the gateway: the State Council's
 * holidays and 调休, a rules version's unit kept by the problems raised under it, and a day the
 * city declares off. Problems are entered by the ledger's own code at past or future moments (the
 * graph only enters them now); everything is read back, and the scheduler run, as in production.
 */
describe('working time', () => {
  it('gives a problem raised on 2017-01-26 a 3-working-day response deadline of 2017-02-06, and the scheduler leaves it alone on 2017-02-01', async () => {
    // The city moves to working days from 2017-01 (an answer within three), and that version only:
    // a copy of version 1 takes over from 2017-02, so the months other tests use keep calendar time.
    const v1 = await firstRules();
    await rulesVersion(1702, '2017-02', {}, v1);
    await rulesVersion(1701, '2017-01', { deadlineUnit: 'WORKING_DAYS', deadlines: Object.fromEntries(Object.entries(v1.deadlines).map(([c, d]) => [c, { ...d, responseDays: 3 }])) }, v1);
    const id = await raise('2017-01-26T02:00:00Z', '春节前报装用电');
    const asOf = new Date('2017-02-01T02:00:00Z');
    const run = await schedulerRun(asOf, TENANT);
    expect(run.ran).toBe(true);
    expect([...run.reminded, ...run.escalatedToDistrict, ...run.escalatedToCity]).not.toContain(id);

    const issue = await read(id);
    expect(dueDay(issue.responseDueAt)).toBe('2017-02-06');
    expect(issue.responseDueAt).toBe('2017-02-06T16:00:00.000Z');
    // Its stage clock is the response deadline; in calendar time (72 h) it would have run out on 2017-01-29.
    expect(issue.stageDueAt === null || issue.stageDueAt === issue.responseDueAt || issue.status !== 'RAISED').toBe(true);
  });

  it('keeps the calendar-day deadline of a problem raised under a calendar-day version after a working-day version is published', async () => {
    await rulesVersion(9201, '2092-01', { deadlineUnit: 'CALENDAR' });
    const before = await raise('2092-03-03T02:00:00Z', '日历日规则下的问题');
    await rulesVersion(9202, '2092-03', { deadlineUnit: 'WORKING_DAYS' });
    const after = await raise('2092-03-03T03:00:00Z', '工作日规则下的问题');
    // Both assigned later in the month: the stage clock follows each problem's own version.
    for (const id of [before, after]) {
      await atMoment(new Date('2092-03-07T02:00:00Z'), office(TENANT), (ledger) => ledger.assign({ issueId: id, departmentId: UNIT, responsiblePerson: '李科长', milestones: [] }));
    }
    const calendarTime = await read(before);
    expect(calendarTime.dueAt).toBe('2092-03-06T02:00:00.000Z'); // 3 calendar days
    expect(calendarTime.responseDueAt).toBe('2092-03-04T02:00:00.000Z'); // 24 hours
    expect(calendarTime.stageDueAt).toBe('2092-03-08T02:00:00.000Z'); // Friday + 24 h, a Saturday
    const workingTime = await read(after);
    // 2092 is not covered (weekends only): Monday 03-03 + 3 working days is Thursday 03-06; the stage (Friday 03-07) + 1 is Monday 03-10.
    expect(dueDay(workingTime.dueAt)).toBe('2092-03-06');
    expect(dueDay(workingTime.stageDueAt!)).toBe('2092-03-10');

    // An extension asked in days counts in each problem's own unit, from its current due date.
    for (const id of [before, after]) {
      await atMoment(new Date('2092-03-07T03:00:00Z'), department(TENANT, UNIT), (ledger) => ledger.accept({ issueId: id }));
      await atMoment(new Date('2092-03-07T04:00:00Z'), department(TENANT, UNIT), (ledger) => ledger.requestExtension({ issueId: id, days: 2, reason: '需多部门会签' }));
      await atMoment(new Date('2092-03-07T05:00:00Z'), office(TENANT), (ledger) => ledger.decideExtension({ issueId: id, approve: true, note: '同意' }));
    }
    expect((await read(before)).dueAt).toBe('2092-03-08T02:00:00.000Z'); // two calendar days
    expect(dueDay((await read(after)).dueAt)).toBe('2092-03-10'); // two working days: Friday, then Monday

    // A leading group's decision window (7 days by default) in the same units: from Friday 03-07.
    for (const id of [before, after]) {
      await atMoment(new Date('2092-03-07T06:00:00Z'), office(TENANT), (ledger) => ledger.escalate({ issueId: id, reason: '需领导小组协调' }));
    }
    expect((await read(before)).stageDueAt).toBe('2092-03-14T06:00:00.000Z');
    expect(dueDay((await read(after)).stageDueAt!)).toBe('2092-03-18');
  });

  it('moves the due date of a problem open across a day the city declares off, and the assessment for the month agrees', async () => {
    await rulesVersion(9101, '2091-01', { deadlineUnit: 'WORKING_DAYS' });
    const official = await pairedOfficial(TENANT, ENTERPRISE);
    // Monday 2091-03-05, 3 working days: due at the end of Thursday 03-08.
    const id = await raise('2091-03-05T02:00:00Z', '暴雨前的问题');
    await atMoment(new Date('2091-03-05T03:00:00Z'), office(TENANT), (ledger) => ledger.assign({ issueId: id, departmentId: UNIT, responsiblePerson: '王主任', milestones: [] }));
    await atMoment(new Date('2091-03-05T04:00:00Z'), department(TENANT, UNIT), (ledger) => ledger.accept({ issueId: id }));
    expect(dueDay((await read(id)).dueAt)).toBe('2091-03-08');

    // The city office declares Tuesday 03-06 off (a red rainstorm warning) and publishes 2091's New Year's Day.
    const published = await as.city().ok<{ publishCalendarSettings: { settings: { version: number } } }>(
      `mutation($input: PublishCalendarSettingsInput!) { publishCalendarSettings(input: $input) { settings { version } } }`,
      { input: { days: [{ date: '2091-01-01', kind: 'HOLIDAY', name: '元旦' }, { date: '2091-03-06', kind: 'DAY_OFF', name: '暴雨红色预警停工' }], years: [2091] } },
    );
    const version = published.publishCalendarSettings.settings.version;
    const { workingCalendar } = await as.district(TENANT).ok<{ workingCalendar: { holidays: string[]; covered: boolean; source: string } }>(
      'query { workingCalendar(year: 2091) { holidays covered source } }',
    );
    expect(workingCalendar).toMatchObject({ covered: true, holidays: ['2091-01-01', '2091-03-06'] });
    expect(workingCalendar.source).toBe(`city calendar v${version}`);

    await calendarProjected(version);
    // The scheduler recounts it (this run, or the platform's own meanwhile).
    await schedulerRun(new Date('2091-03-05T05:00:00Z'), TENANT);
    const moved = await until('the due date to move', async () => {
      const issue = await read(id);
      return dueDay(issue.dueAt) === '2091-03-09' ? issue : null;
    });
    expect(moved.stageDueAt).toBe(moved.dueAt);
    expect(moved.history.filter((h) => h.type === 'issue.deadlines_moved')).toEqual([{ type: 'issue.deadlines_moved', actor: 'system:scheduler', automatic: true }]);
    // Once recounted, never again.
    const again = await schedulerRun(new Date('2091-03-05T06:00:00Z'), TENANT);
    expect(again.recounted).not.toContain(id);

    // Solved on Friday 03-09: after the old due date, within the moved one.
    await atMoment(new Date('2091-03-09T02:00:00Z'), department(TENANT, UNIT), (ledger) => ledger.resolve({ issueId: id, resolution: '已协调解决' }));
    await evaluated(id);
    const { scorecards } = await as.city().ok<{ scorecards: Array<{ problemsDue: number; solvedByDue: number; resolutionRate: number | null }> }>(
      'query($ids: [ID!], $period: String!) { scorecards(officialIds: $ids, period: $period) { problemsDue solvedByDue resolutionRate } }',
      { ids: [official], period: '2091-03' },
    );
    expect(scorecards).toEqual([{ problemsDue: 1, solvedByDue: 1, resolutionRate: 1 }]);
  });

  it('shows the working days left on each running clock', async () => {
    const id = await raise(new Date().toISOString(), '剩余工作日');
    const issue = await read(id);
    const calendar = new WorkingCalendar();
    expect(issue.workingDaysLeft.response).toBe(calendar.workingDaysLeft(new Date(), new Date(issue.responseDueAt)));
    expect(issue.workingDaysLeft.resolution).toBe(calendar.workingDaysLeft(new Date(), new Date(issue.dueAt)));
    expect(issue.workingDaysLeft.response).toBeGreaterThan(0);
  });
});
