import { Role } from '@qinshang/auth';
import { STATUTORY_YEARS, yearOf } from '@qinshang/calendar';
import { Actor, as, serviceLog } from '@qinshang/testkit';
import { countEvents } from '../city/support';

const YEAR = `query($year: Int!) { workingCalendar(year: $year) { year holidays adjustedWorkdays source covered } }`;
const ADD = `query($from: String!, $days: Int!) { addWorkingDays(from: $from, days: $days) }`;
type Year = { workingCalendar: { year: number; holidays: string[]; adjustedWorkdays: string[]; source: string; covered: boolean } };

/** The working calendar (工作日) through the gateway: the State Council's days, and the fallback. */
describe('the working calendar', () => {
  it('lists National Day 2016 as holidays and its adjusted weekend as working days, and counts across them', async () => {
    for (const actor of [as.city(), as.district('610111'), new Actor({ role: Role.ENTERPRISE, districtId: '610111', enterpriseId: '610111-E0001' })]) {
      const { workingCalendar } = await actor.ok<Year>(YEAR, { year: 2016 });
      const october = workingCalendar.holidays.filter((d) => d.startsWith('2016-10'));
      expect(october).toEqual(['2016-10-01', '2016-10-02', '2016-10-03', '2016-10-04', '2016-10-05', '2016-10-06', '2016-10-07']);
      expect(workingCalendar.adjustedWorkdays).toEqual(expect.arrayContaining(['2016-10-08', '2016-10-09']));
      expect(workingCalendar.covered).toBe(true);
      expect(workingCalendar.source).toMatch(/^chinese-days \d/);
    }
    expect((await as.city().ok<{ addWorkingDays: string }>(ADD, { from: '2016-09-30', days: 5 })).addWorkingDays).toBe('2016-10-12');
    // The Spring Festival 2017 (01-27 to 02-02), with 01-22 and 02-04 worked.
    expect((await as.district('610111').ok<{ addWorkingDays: string }>(ADD, { from: '2017-01-26', days: 3 })).addWorkingDays).toBe('2017-02-06');
  });

  it('falls back to weekends only for a year the data does not cover, and says so', async () => {
    const { workingCalendar } = await as.city().ok<Year>(YEAR, { year: 2090 });
    expect(workingCalendar).toMatchObject({ year: 2090, holidays: [], adjustedWorkdays: [], covered: false });
    expect(workingCalendar.source).toMatch(/^WEEKENDS_ONLY: 2090 is not in chinese-days/);
    // 2090-01-06 is a Friday: the next working day is the Monday.
    expect((await as.city().ok<{ addWorkingDays: string }>(ADD, { from: '2090-01-06', days: 1 })).addWorkingDays).toBe('2090-01-09');
  });

  it('says at start-up when this year or the next is not covered', () => {
    const missing = [yearOf(), yearOf() + 1].filter((year) => !STATUTORY_YEARS.has(year));
    for (const service of ['city', 'issues']) {
      const log = serviceLog(service, 1_000_000);
      if (missing.length) expect(log).toContain(`working calendar: ${missing.join(', ')}`);
      else expect(log).not.toMatch(/working calendar: \d{4}.* not in chinese-days/);
    }
  });

  it.each([
    ['a malformed date', ADD, { from: '2016-9-30', days: 5 }, 'from'],
    ['a day that does not exist', ADD, { from: '2017-02-29', days: 5 }, 'from'],
    ['too many days', ADD, { from: '2016-09-30', days: 100000 }, 'days'],
    ['a year out of range', YEAR, { year: 12016 }, 'year'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_name, query, variables, field) => {
    const response = await as.city().send(query, variables);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(response.errors)).not.toMatch(/stack|at \w+ \(/);
  });
});

const PUBLISH = `mutation($input: PublishCalendarSettingsInput!) { publishCalendarSettings(input: $input) { settings { version days { date kind name } years publishedBy } } }`;

describe("the city's calendar settings", () => {
  it('lets only the city office publish, and refuses bad days naming the field, writing nothing', async () => {
    const before = await countEvents('calendar.published');
    for (const actor of [as.district('610111'), as.inspector()]) {
      const response = await actor.send(PUBLISH, { input: { days: [{ date: '2088-07-01', kind: 'DAY_OFF', name: '高温停工' }] } });
      expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    for (const [days, years, field] of [
      [[{ date: '2088-02-30', kind: 'DAY_OFF', name: '暴雨' }], [], 'input.days.0.date'],
      [[{ date: '2088-07-01', kind: 'DAY_OFF', name: '暴雨' }, { date: '2088-07-01', kind: 'WORKDAY', name: '补班' }], [], 'input.days.1.date'],
      [[{ date: '2088-07-01', kind: 'DAY_OFF', name: '  ' }], [], 'input.days.0.name'],
      [[{ date: '2088-07-01', kind: 'DAY_OFF', name: '暴雨' }], [2088], 'input.years'],
    ] as const) {
      const response = await as.city().send(PUBLISH, { input: { days, years } });
      expect(response.data ?? null).toBeNull();
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await countEvents('calendar.published')).toBe(before);
  });
});

const PUBLISH_RULES = `mutation($input: PublishCampaignRulesInput!) { publishCampaignRules(input: $input) {
  rules { version effectiveFrom deadlineUnit escalationDecisionDays { DISTRICT CITY } deadlines { category responseHours responseDays resolutionDays } } } }`;

describe('campaign rules in working time', () => {
  it('publishes a version counting working days, and refuses a bad working-day response deadline', async () => {
    const published = await as.city().ok<{ publishCampaignRules: { rules: { deadlineUnit: string; escalationDecisionDays: { DISTRICT: number; CITY: number }; deadlines: Array<{ category: string; responseDays: number | null }> } } }>(PUBLISH_RULES, {
      input: { effectiveFrom: '2097-01', deadlineUnit: 'WORKING_DAYS', escalationDecisionDays: { DISTRICT: 5, CITY: 10 } },
    });
    expect(published.publishCampaignRules.rules).toMatchObject({ deadlineUnit: 'WORKING_DAYS', escalationDecisionDays: { DISTRICT: 5, CITY: 10 } });
    const response = await as.city().send(PUBLISH_RULES, {
      input: {
        effectiveFrom: '2097-02',
        deadlineUnit: 'WORKING_DAYS',
        deadlines: ['LABOR', 'LAND', 'APPROVAL', 'FINANCING', 'TRANSPORT', 'ENVIRONMENT', 'POLICY', 'INFRASTRUCTURE', 'OTHER'].map((category) => ({
          category, responseHours: 24, responseDays: category === 'LAND' ? 90 : 1, resolutionDays: 30,
        })),
      },
    });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.deadlines.LAND.responseDays' });
  });
});
