import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { EnterpriseKind, EnterpriseSector, EnterpriseSource } from '../enterprise.enums';
import type { EnterpriseFields } from '../enterprise.rules';

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

/** A data row as read from the file: its number in the file (the header is row 1) and its cells by field. */
export interface RawRow {
  row: number;
  cells: Partial<Record<keyof EnterpriseFields, string>>;
}

export interface ParsedFile {
  /** The file's own header text for each field found, to name columns in rejections. */
  columns: Partial<Record<keyof EnterpriseFields, string>>;
  rows: RawRow[];
}

/** The headers district offices use, in Chinese or English (case and spaces ignored). */
const HEADERS: Record<string, keyof EnterpriseFields> = {
  企业名称: 'name',
  名称: 'name',
  项目名称: 'name',
  name: 'name',
  统一社会信用代码: 'creditCode',
  信用代码: 'creditCode',
  creditcode: 'creditCode',
  行业: 'sector',
  sector: 'sector',
  来源: 'source',
  source: 'source',
  四上: 'aboveScale',
  四上企业: 'aboveScale',
  abovescale: 'aboveScale',
  类型: 'kind',
  kind: 'kind',
  联系人: 'contactName',
  contactname: 'contactName',
  联系电话: 'contactPhone',
  contactphone: 'contactPhone',
};

const headerKey = (text: string) => text.replace(/[\s_\-\uFEFF]/g, '').toLowerCase();

/** What one file may cost: the import refuses a file past any of these while it reads, not after. */
export interface ImportLimits {
  /** Data rows (blank ones not counted). */
  maxRows: number;
  /** Cells visited, header included, whatever their column (a cell in XFD costs as much as one in A). */
  maxCells: number;
  /** The rightmost column a cell may be in (an enterprise list has a dozen; XFD is 16,384). */
  maxColumns: number;
  /** Wall-clock time spent reading the file. */
  maxMs: number;
}

/** Thrown when a file goes past a limit; the message says which, for the office to act on. */
export class ImportTooLarge extends Error {
  constructor(
    message: string,
    readonly limit: number,
  ) {
    super(message);
  }
}

/** A sheet row: its number in the file and its cells by column number (1-based), sparse. */
interface SheetRow {
  number: number;
  cell: (column: number) => string;
}

/**
 * Parses the file's first sheet (or the CSV) into header-mapped rows; blank rows are skipped.
 * Only the columns the header names for a known field are read in the data rows, and the caps
 * are checked while reading: a workbook of 200 rows with a cell in column XFD costs 200 cells.
 */
export async function parseImportFile(format: ImportFormat, content: Buffer, limits: ImportLimits = DEFAULT_LIMITS): Promise<ParsedFile> {
  return parseTableFile(format, content, HEADERS, limits);
}

/** A file's rows as cells by field, for any list whose header texts `headers` maps to fields. */
export interface ParsedTable<F extends string> {
  columns: Partial<Record<F, string>>;
  rows: Array<{ row: number; cells: Partial<Record<F, string>> }>;
}

/** `parseImportFile` for another kind of list (officials, pairings, a logbook): its own header texts. */
export async function parseTableFile<F extends string>(format: ImportFormat, content: Buffer, headers: Record<string, F>, limits: ImportLimits = DEFAULT_LIMITS): Promise<ParsedTable<F>> {
  const columns: ParsedTable<F>['columns'] = {};
  const fieldAt = new Map<number, F>();
  const rows: ParsedTable<F>['rows'] = [];
  const header = (row: SheetRow, width: number) => {
    for (let column = 1; column <= width; column++) {
      const text = row.cell(column);
      const field = headers[headerKey(text)];
      if (!field || columns[field]) continue;
      columns[field] = text.trim();
      fieldAt.set(column, field);
    }
  };
  const data = (row: SheetRow) => {
    const raw: ParsedTable<F>['rows'][number] = { row: row.number, cells: {} };
    let blank = true;
    for (const [column, field] of fieldAt) {
      const text = row.cell(column);
      raw.cells[field] = text;
      if (text.trim()) blank = false;
    }
    if (blank) return;
    if (rows.length >= limits.maxRows) throw new ImportTooLarge(`The file has more than ${limits.maxRows} rows; at most ${limits.maxRows} are imported at once: split it`, limits.maxRows);
    rows.push(raw);
  };
  if (format === ImportFormat.CSV) {
    const [first = [], ...body] = parseCsv(content.toString('utf8'));
    header({ number: 1, cell: (c) => first[c - 1] ?? '' }, first.length);
    body.forEach((cells, index) => data({ number: index + 2, cell: (c) => cells[c - 1] ?? '' }));
  } else {
    await readXlsx(content, limits, header, data);
  }
  return { columns, rows };
}

export const DEFAULT_LIMITS: ImportLimits = { maxRows: 5000, maxCells: 200_000, maxColumns: 256, maxMs: 5000 };

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; a BOM is ignored. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const table: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      table.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length) {
    row.push(field);
    table.push(row);
  }
  return table;
}

/**
 * Streams the first worksheet (ExcelJS's streaming reader, styles and hyperlinks ignored), a row
 * at a time, reading the header's cells and then only the known columns of each data row; stops
 * at the first cap passed (rows, cells present in the XML, time) and at the end of the first sheet.
 */
async function readXlsx(content: Buffer, limits: ImportLimits, header: (row: SheetRow, width: number) => void, data: (row: SheetRow) => void): Promise<void> {
  const started = Date.now();
  let cells = 0;
  const budget = (row: ExcelJS.Row) => {
    // cellCount is the rightmost column with a cell (constant time); actualCellCount the cells present.
    if (row.cellCount > limits.maxColumns) {
      throw new ImportTooLarge(
        `Row ${row.number} has a cell in column ${row.cellCount}; an enterprise list uses at most ${limits.maxColumns} columns: remove what lies to the right of the list`,
        limits.maxColumns,
      );
    }
    cells += row.actualCellCount;
    if (cells > limits.maxCells) throw new ImportTooLarge(`The sheet holds more than ${limits.maxCells} cells: keep only the columns of the enterprise list`, limits.maxCells);
    if (Date.now() - started > limits.maxMs) throw new ImportTooLarge(`The file takes too long to read (over ${limits.maxMs / 1000} s): split it`, limits.maxMs);
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        budget(row);
        const sheetRow: SheetRow = { number: row.number, cell: (column) => cellText(row.findCell(column)?.value) };
        if (row.number === 1) {
          let width = 0;
          row.eachCell((_cell, column) => (width = Math.max(width, column)));
          header(sheetRow, width);
        } else data(sheetRow); // without a row 1, nothing is recognised and the caller says so
      }
      break; // the first sheet only
    }
  } catch (error) {
    if (error instanceof ImportTooLarge) throw error;
    throw new Error('not an xlsx workbook');
  }
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : String(value.result);
    return '';
  }
  return String(value);
}

const SECTORS: Record<string, EnterpriseSector> = { 工业: EnterpriseSector.INDUSTRY, 商贸: EnterpriseSector.COMMERCE, 建筑: EnterpriseSector.CONSTRUCTION, 建筑业: EnterpriseSector.CONSTRUCTION, 科技: EnterpriseSector.TECHNOLOGY, 文化: EnterpriseSector.CULTURE, 旅游: EnterpriseSector.TOURISM };
const SOURCES: Record<string, EnterpriseSource> = { 市上确定: EnterpriseSource.CITY_ASSIGNED, 市定: EnterpriseSource.CITY_ASSIGNED, 区县选取: EnterpriseSource.DISTRICT_SELECTED, 区定: EnterpriseSource.DISTRICT_SELECTED };
const KINDS: Record<string, EnterpriseKind> = { 企业: EnterpriseKind.ENTERPRISE, 项目: EnterpriseKind.PROJECT };
const YES = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '']);

/** A cell as an enum value: the Chinese term or the English name; undefined when neither. */
export function enumCell<T extends string>(text: string | undefined, chinese: Record<string, T>, values: Record<string, T>): T | undefined {
  const trimmed = (text ?? '').trim();
  return chinese[trimmed] ?? (Object.values(values) as string[]).find((value) => value === trimmed.toUpperCase()) as T | undefined;
}

export const sectorCell = (text?: string) => enumCell(text, SECTORS, EnterpriseSector);
export const sourceCell = (text?: string) => enumCell(text, SOURCES, EnterpriseSource);
export const kindCell = (text?: string) => ((text ?? '').trim() ? enumCell(text, KINDS, EnterpriseKind) : EnterpriseKind.ENTERPRISE);

export function flagCell(text?: string): boolean | undefined {
  const value = (text ?? '').trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}
