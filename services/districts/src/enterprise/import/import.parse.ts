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

/** Parses the file's first sheet (or the CSV) into header-mapped rows; blank rows are skipped. */
export async function parseImportFile(format: ImportFormat, content: Buffer): Promise<ParsedFile> {
  const table = format === ImportFormat.CSV ? parseCsv(content.toString('utf8')) : await readXlsx(content);
  const [header = [], ...body] = table;
  const columns: ParsedFile['columns'] = {};
  const fieldAt: Array<keyof EnterpriseFields | undefined> = header.map((text) => {
    const field = HEADERS[headerKey(text)];
    if (field && !columns[field]) columns[field] = text.trim();
    return field;
  });
  const rows: RawRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => !cell.trim())) return;
    const row: RawRow = { row: index + 2, cells: {} };
    cells.forEach((cell, column) => {
      const field = fieldAt[column];
      if (field && row.cells[field] === undefined) row.cells[field] = cell;
    });
    rows.push(row);
  });
  return { columns, rows };
}

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

async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new Error('not an xlsx workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  // Keep row numbers as in the sheet, so a rejection names the row the office sees.
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

function cellText(value: ExcelJS.CellValue): string {
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
