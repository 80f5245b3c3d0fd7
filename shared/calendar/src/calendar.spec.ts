import { daysDue, recount, reportDue, responseDue } from './deadlines';
import { WorkingCalendar } from './working';
import { addDays, addMonths, isDay, localDay, nextPeriod, periodOf, periodStart, periodsBetween, startOfLocalDay, yearOf } from './zone';

describe('the campaign time zone (Asia/Shanghai)', () => {
  it('puts an instant on its local day and month', () => {
    expect(localDay(new Date('2016-12-31T16:00:00Z'))).toBe('2017-01-01');
    expect(localDay(new Date('2016-12-31T15:59:59Z'))).toBe('2016-12-31');
    expect(periodOf('2016-06-30T16:30:00Z')).toBe('2016-07');
    expect(yearOf(new Date('2016-12-31T16:00:00Z'))).toBe(2017);
    expect(startOfLocalDay('2016-06-03').toISOString()).toBe('2016-06-02T16:00:00.000Z');
    expect(periodStart('2017-01').toISOString()).toBe('2016-12-31T16:00:00.000Z');
  });

  it('counts months and days', () => {
    expect(nextPeriod('2016-12')).toBe('2017-01');
    expect(addMonths('2016-11', 14)).toBe('2018-01');
    expect(addMonths('2017-01', -1)).toBe('2016-12');
    expect(periodsBetween('2016-11', '2017-02')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
    expect(addDays(new Date('2016-02-28T02:00:00Z'), 2).toISOString()).toBe('2016-03-01T02:00:00.000Z');
    expect(isDay('2016-02-29')).toBe(true);
    expect(isDay('2017-02-29')).toBe(false);
    expect(isDay('2017-1-02')).toBe(false);
  });
});

describe('the working calendar', () => {
  const calendar = new WorkingCalendar();

  it('knows National Day 2016 and its adjusted working weekend', () => {
    const year = calendar.year(2016);
    for (const day of ['2016-10-01', '2016-10-02', '2016-10-03', '2016-10-04', '2016-10-05', '2016-10-06', '2016-10-07']) expect(year.holidays).toContain(day);
    expect(year.adjustedWorkdays).toEqual(expect.arrayContaining(['2016-10-08', '2016-10-09']));
    expect(year.holidays).not.toContain('2016-10-08');
    expect(year.covered).toBe(true);
    expect(year.source).toMatch(/^chinese-days /);
    expect(calendar.addWorkingDays('2016-09-30', 5)).toBe('2016-10-12');
    expect(calendar.addWorkingDays('2016-10-12', -5)).toBe('2016-09-30');
  });

  it('counts the Spring Festival 2017 out of a working-day deadline', () => {
    const raised = new Date('2017-01-26T02:00:00Z'); // Thursday 10:00 local
    const due = calendar.workingDaysDue(raised, 3);
    expect(localDay(new Date(due.getTime() - 1))).toBe('2017-02-06');
    expect(due.toISOString()).toBe('2017-02-06T16:00:00.000Z');
    expect(calendar.workingDaysLeft(raised, due)).toBe(3);
    expect(calendar.workingDaysLeft(new Date('2017-02-01T02:00:00Z'), due)).toBe(3);
    expect(calendar.workingDaysLeft(new Date('2017-02-08T02:00:00Z'), due)).toBe(-2);
  });

  it('counts working hours within office hours only', () => {
    // Friday 2017-01-26 16:30 local, 4 working hours: 1 h that day, then 3 h on 2017-02-03 (the holiday in between).
    expect(calendar.addWorkingHours(new Date('2017-01-26T08:30:00Z'), 4).toISOString()).toBe('2017-02-03T04:00:00.000Z');
    // Before opening: starts at 09:00.
    expect(calendar.addWorkingHours(new Date('2016-09-29T22:00:00Z'), 2).toISOString()).toBe('2016-09-30T03:00:00.000Z');
  });

  it('falls back to weekends only for a year the data does not cover, and says so', () => {
    const year = calendar.year(2099);
    expect(year.covered).toBe(false);
    expect(year.source).toMatch(/^WEEKENDS_ONLY/);
    expect(year.holidays).toEqual([]);
    expect(calendar.uncoveredYears([2016, 2099])).toEqual([2099]);
    expect(calendar.addWorkingDays('2099-01-02', 1)).toBe('2099-01-05'); // Friday to Monday
  });

  it("takes the city's declared days over the data", () => {
    const city = new WorkingCalendar({
      version: 2,
      years: [2099],
      days: [
        { date: '2016-10-10', kind: 'DAY_OFF', name: '暴雨停工' },
        { date: '2099-01-01', kind: 'HOLIDAY', name: '元旦' },
        { date: '2099-01-03', kind: 'WORKDAY', name: '调休' },
      ],
    });
    expect(city.addWorkingDays('2016-09-30', 5)).toBe('2016-10-13');
    expect(city.year(2016).holidays).toContain('2016-10-10');
    expect(city.year(2016).source).toMatch(/city calendar v2/);
    expect(city.year(2099)).toMatchObject({ covered: true, holidays: ['2099-01-01'], adjustedWorkdays: ['2099-01-03'] });
  });

  it('gives deadlines by the unit of the rules version', () => {
    const from = new Date('2017-01-26T02:00:00Z');
    const deadline = { responseHours: 72, resolutionDays: 3, responseDays: 3 };
    expect(responseDue(calendar, 'CALENDAR', from, deadline).toISOString()).toBe('2017-01-29T02:00:00.000Z');
    expect(responseDue(calendar, 'WORKING_DAYS', from, deadline).toISOString()).toBe('2017-02-06T16:00:00.000Z');
    expect(daysDue(calendar, 'CALENDAR', from, 3).toISOString()).toBe('2017-01-29T02:00:00.000Z');
    expect(daysDue(calendar, 'WORKING_DAYS', from, 3).toISOString()).toBe('2017-02-06T16:00:00.000Z');
    // The report for 2016-09: day 5 of October, or the 5th working day of October (the 12th).
    expect(reportDue(calendar, 'CALENDAR', '2016-09', 5).toISOString()).toBe('2016-10-05T16:00:00.000Z');
    expect(reportDue(calendar, 'WORKING_DAYS', '2016-09', 5).toISOString()).toBe('2016-10-12T16:00:00.000Z');
  });

  it('recounts a working-time clock when the city declares a day off inside it', () => {
    const raised = new Date('2017-09-04T02:00:00Z'); // Monday
    const due = calendar.workingDaysDue(raised, 5); // end of Monday 2017-09-11
    const storm = new WorkingCalendar({ version: 1, years: [], days: [{ date: '2017-09-06', kind: 'DAY_OFF', name: '暴雨停工' }] });
    expect(localDay(new Date(recount(raised, due, calendar, storm).getTime() - 1))).toBe('2017-09-12');
    expect(recount(raised, due, calendar, calendar).toISOString()).toBe(due.toISOString());
    // A clock already past the day is moved too; one that ended before it is not.
    const early = calendar.workingDaysDue(raised, 1);
    expect(recount(raised, early, calendar, storm).toISOString()).toBe(early.toISOString());
    const hourly = calendar.addWorkingHours(raised, 20);
    expect(calendar.workingHoursBetween(raised, hourly)).toBeCloseTo(20);
    expect(storm.workingHoursBetween(raised, recount(raised, hourly, calendar, storm, { hours: true }))).toBeCloseTo(20);
    expect(recount(raised, hourly, calendar, storm, { hours: true }).getTime()).toBeGreaterThan(hourly.getTime());
  });
});
