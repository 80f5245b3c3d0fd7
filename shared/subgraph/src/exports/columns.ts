/**
 * One column of an export: its Chinese header, its kind and how a row gives its value.
 *
 * Dates and times arrive as the database wrote them in Asia/Shanghai (`to_char(... AT TIME ZONE
 * 'Asia/Shanghai', ...)`): `YYYY-MM-DD` for a `date`, `YYYY-MM-DD HH24:MI:SS` for a `datetime`.
 * The writers turn them into real dates (xlsx) or ISO 8601 text (csv), never a locale's format.
 */
export type ColumnKind = 'text' | 'number' | 'date' | 'datetime';

export interface ExportColumn<Row> {
  header: string;
  kind: ColumnKind;
  /** Width in characters (xlsx). */
  width?: number;
  value: (row: Row) => string | number | null | undefined;
}

/**
 * One sheet of a report exported as several (the bulletin: one per part), each with its own
 * columns: in .xlsx a worksheet, in .csv a section (its caption, headers and rows, then a blank line).
 */
export interface ExportSheet<Row = any> {
  /** The worksheet's name (at most 31 characters are kept). */
  title: string;
  /** A line above the column headers (the report, its scope and months), frozen with them. */
  caption?: string;
  columns: ExportColumn<Row>[];
  rows: Row[];
  /** A totals row (bold in .xlsx). */
  isTotal?: (row: Row) => boolean;
}

/** The cell text a spreadsheet would read as a formula (or a DDE command): OWASP's CSV injection list. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/**
 * A local day or time as a spreadsheet date: the serial Excel shows is the wall-clock time in
 * Asia/Shanghai (a spreadsheet date has no time zone, so it is written as if it were UTC).
 */
export function spreadsheetDate(value: string, kind: 'date' | 'datetime'): Date | null {
  const match = (kind === 'date' ? DATE : DATETIME).exec(value);
  if (!match) return null;
  const [, y, m, d, hh = '0', mm = '0', ss = '0'] = match;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss)));
}

/** ISO 8601 for CSV: `2016-08-03`, or `2016-08-03T09:30:00+08:00` for a time. */
export function isoText(value: string, kind: 'date' | 'datetime'): string {
  if (kind === 'date') return value;
  const match = DATETIME.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}+08:00` : value;
}

/** SQL for a timestamptz as the local day a column of kind `date` expects. */
export const localDateSql = (expression: string) => `to_char(${expression} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;
/** SQL for a timestamptz as the local time a column of kind `datetime` expects. */
export const localTimeSql = (expression: string) => `to_char(${expression} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS')`;
