/**
 * The State Council's calendar, from the `chinese-days` package: for each year it covers, the
 * statutory holidays (weekend days inside a holiday included) and the adjusted working days (调休,
 * weekend days that are working days). Read from the package's JSON, which its maintainers update
 * from the State Council's notices; a year missing there is reported as not covered.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const data: { holidays: Record<string, string>; workdays: Record<string, string> } = require('chinese-days/dist/chinese-days.json');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const packageVersion: string = require('chinese-days/package.json').version;

export const STATUTORY_SOURCE = `chinese-days ${packageVersion}`;

/** A day's name in the data: "National Day,国庆节,3" gives "国庆节". */
const nameOf = (entry: string) => entry.split(',')[1] ?? entry;

export const STATUTORY_HOLIDAYS: ReadonlyMap<string, string> = new Map(Object.entries(data.holidays).map(([day, entry]) => [day, nameOf(entry)]));
export const STATUTORY_WORKDAYS: ReadonlyMap<string, string> = new Map(Object.entries(data.workdays).map(([day, entry]) => [day, nameOf(entry)]));

/** The years the data covers: every year with at least one statutory holiday in it. */
export const STATUTORY_YEARS: ReadonlySet<number> = new Set([...STATUTORY_HOLIDAYS.keys()].map((day) => Number(day.slice(0, 4))));
