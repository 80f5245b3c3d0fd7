import { isDay, localDay, localPeriod, nextPeriod, periodsBetween, reportDueAt } from './calendar';

describe('the campaign calendar (Asia/Shanghai)', () => {
  it('puts 17:00 UTC on the last day of a month into the next local month', () => {
    expect(localDay(new Date('2016-06-30T16:30:00Z'))).toBe('2016-07-01');
    expect(localPeriod(new Date('2016-06-30T15:59:59Z'))).toBe('2016-06');
    expect(localPeriod(new Date('2016-06-30T16:00:00Z'))).toBe('2016-07');
  });

  it('walks periods across a year end', () => {
    expect(nextPeriod('2016-12')).toBe('2017-01');
    expect(periodsBetween('2016-06', '2017-06')).toHaveLength(13);
  });

  it('knows real days from look-alikes', () => {
    expect(isDay('2016-02-29')).toBe(true);
    expect(isDay('2017-02-29')).toBe(false);
    expect(isDay('2016-6-1')).toBe(false);
  });

  it('makes a report due by the end of day 5 of the following month, local time', () => {
    expect(reportDueAt('2016-08').toISOString()).toBe('2016-09-05T16:00:00.000Z');
    expect(reportDueAt('2016-12').toISOString()).toBe('2017-01-05T16:00:00.000Z');
  });
});
