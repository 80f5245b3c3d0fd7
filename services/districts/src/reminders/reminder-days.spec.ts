import { endOfLocalDay, localTime, WorkingCalendar } from '@qinshang/calendar';
import { reportReminderDue, visitReminderDue } from './reminder-days';

const noon = (day: string) => localTime(day, '12:00');
const rules = { reportDueDay: 5, reportDays: 3, unit: 'CALENDAR' as const };

describe("the officials' reminder days", () => {
  it('judges visits from the rules’ day of the month, in Asia/Shanghai', () => {
    expect(visitReminderDue({ visitDay: 20 }, localTime('2026-12-19', '23:59'))).toBe(false);
    expect(visitReminderDue({ visitDay: 20 }, localTime('2026-12-20', '00:00'))).toBe(true);
    expect(visitReminderDue({ visitDay: 20 }, noon('2026-12-31'))).toBe(true);
  });

  it('reminds of a report from the rules’ working days before it is late, until it is', () => {
    // November's report is late after Saturday 5 December: Tue 1 to Fri 4 are working days.
    const calendar = new WorkingCalendar();
    expect(reportReminderDue(calendar, rules, '2026-11', noon('2026-11-30'))).toBeNull();
    expect(reportReminderDue(calendar, rules, '2026-11', noon('2026-12-01'))).toEqual(endOfLocalDay('2026-12-05'));
    expect(reportReminderDue(calendar, rules, '2026-11', noon('2026-12-05'))).toEqual(endOfLocalDay('2026-12-05'));
    expect(reportReminderDue(calendar, rules, '2026-11', endOfLocalDay('2026-12-05'))).toBeNull();
  });

  it('counts the city’s declared days: a day off inside the window starts it a working day earlier', () => {
    const declared = new WorkingCalendar({ version: 2, days: [{ date: '2026-12-03', kind: 'DAY_OFF', name: '重污染天气应急停工' }], years: [] });
    expect(reportReminderDue(declared, rules, '2026-11', noon('2026-11-27'))).toBeNull();
    expect(reportReminderDue(declared, rules, '2026-11', noon('2026-11-30'))).toEqual(endOfLocalDay('2026-12-05'));
  });

  it('under working-time rules, the report is due on its working day and the window counts back from it', () => {
    // The 5th working day of December 2026 is Monday the 7th.
    const calendar = new WorkingCalendar();
    const working = { ...rules, unit: 'WORKING_DAYS' as const };
    // Three working days before it (3, 4, 7 December) from Wednesday the 2nd.
    expect(reportReminderDue(calendar, working, '2026-11', noon('2026-12-01'))).toBeNull();
    expect(reportReminderDue(calendar, working, '2026-11', noon('2026-12-02'))).toEqual(endOfLocalDay('2026-12-07'));
  });
});
