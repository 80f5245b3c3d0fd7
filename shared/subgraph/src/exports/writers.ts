import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { format as csvFormat } from '@fast-csv/format';
import ExcelJS from 'exceljs';
import { isoText, looksLikeFormula, spreadsheetDate, type ExportColumn, type ExportSheet } from './columns';

export type ExportFormat = 'xlsx' | 'csv';

/** A file being written a batch of rows at a time; `rows` resolves once the output has room again. */
export interface RowWriter<Row> {
  rows(batch: Row[]): Promise<void>;
  end(): Promise<void>;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Waits until `out` (and what feeds it) can take more: memory stays bounded by a batch. */
async function roomIn(...streams: Writable[]): Promise<void> {
  for (const stream of streams) {
    if (stream.writableNeedDrain && !stream.destroyed) await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
  }
}

/**
 * .xlsx with ExcelJS's streaming WorkbookWriter: each row is committed (written to the zip) as it
 * comes, and shared strings are off, so nothing of the sheet is kept in memory. The header row is
 * bold and frozen; dates are real dates; text is always a string cell, and text a spreadsheet
 * would read as a formula also gets the text format (`@`), so nothing in it ever runs.
 */
export function xlsxWriter<Row>(out: Writable, title: string, columns: ExportColumn<Row>[]): RowWriter<Row> {
  const workbook = xlsxWorkbook(out);
  const sheet = xlsxSheet(workbook, title, columns);
  return {
    async rows(batch) {
      sheet.add(batch);
      await roomIn(out);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

/**
 * A report of several parts as one .xlsx, a worksheet each (caption and header rows frozen,
 * totals rows bold), or one .csv, a section each. The parts are small (a bulletin's 21 tenants).
 */
export async function writeSheets(out: Writable, format: ExportFormat, sheets: ExportSheet[]): Promise<void> {
  if (format === 'csv') {
    const csv = csvFormat({ writeBOM: true, rowDelimiter: '\r\n', includeEndRowDelimiter: true });
    csv.pipe(out);
    sheets.forEach((sheet, index) => {
      if (index > 0) csv.write(['']);
      csv.write([csvText(sheet.caption ? `${sheet.title} ${sheet.caption}` : sheet.title)]);
      csv.write(sheet.columns.map((column) => column.header));
      for (const row of sheet.rows) csv.write(sheet.columns.map((column) => csvValue(column, column.value(row))));
    });
    const finished = once(out, 'finish');
    csv.end();
    return void (await finished);
  }
  const workbook = xlsxWorkbook(out);
  for (const part of sheets) {
    const sheet = xlsxSheet(workbook, part.title, part.columns, part.caption);
    sheet.add(part.rows, part.isTotal);
    sheet.commit();
    await roomIn(out);
  }
  await workbook.commit();
}

/** The streaming workbook (shared strings off: nothing of a sheet is kept once committed). */
function xlsxWorkbook(out: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = '亲商助企平台';
  return book;
}

/** A worksheet: an optional caption row, the bold header row (both frozen), then rows committed as added. */
function xlsxSheet<Row>(book: ExcelJS.stream.xlsx.WorkbookWriter, title: string, columns: ExportColumn<Row>[], caption?: string) {
  const frozen = caption ? 2 : 1;
  const sheet = book.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: frozen }] });
  sheet.columns = columns.map((column) => ({
    width: column.width ?? (column.kind === 'datetime' ? 18 : column.kind === 'date' ? 12 : 16),
    style: column.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : column.kind === 'datetime' ? { numFmt: 'yyyy-mm-dd hh:mm' } : {},
  }));
  if (caption) {
    const line = sheet.addRow([caption]);
    line.font = { bold: true, size: 12 };
    line.commit();
  }
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  return {
    add(batch: Row[], isTotal?: (row: Row) => boolean) {
      for (const row of batch) {
        const values = columns.map((column) => xlsxValue(column, column.value(row)));
        const line = sheet.addRow(values);
        values.forEach((value, index) => {
          if (typeof value === 'string' && looksLikeFormula(value)) line.getCell(index + 1).numFmt = '@';
        });
        if (isTotal?.(row)) line.font = { bold: true };
        line.commit();
      }
    },
    commit: () => sheet.commit(),
  };
}

function xlsxValue<Row>(column: ExportColumn<Row>, value: string | number | null | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (column.kind === 'number') return typeof value === 'number' ? value : Number(value);
  if (column.kind === 'date' || column.kind === 'datetime') return spreadsheetDate(String(value), column.kind) ?? String(value);
  return String(value);
}

/**
 * CSV as Excel opens it: UTF-8 with a BOM (so Chinese is read right), CRLF, RFC 4180 quoting
 * (fast-csv), ISO 8601 dates; text a spreadsheet would read as a formula starts with a single
 * quote (OWASP's advice for CSV injection).
 */
export function csvWriter<Row>(out: Writable, columns: ExportColumn<Row>[]): RowWriter<Row> {
  const csv = csvFormat({ writeBOM: true, rowDelimiter: '\r\n', includeEndRowDelimiter: true });
  csv.pipe(out);
  csv.write(columns.map((column) => column.header));
  return {
    async rows(batch) {
      for (const row of batch) csv.write(columns.map((column) => csvValue(column, column.value(row))));
      await roomIn(csv, out);
    },
    async end() {
      const finished = once(out, 'finish');
      csv.end();
      await finished;
    },
  };
}

function csvValue<Row>(column: ExportColumn<Row>, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (column.kind === 'number') return String(value);
  if (column.kind === 'date' || column.kind === 'datetime') return isoText(String(value), column.kind);
  return csvText(String(value));
}

const csvText = (text: string) => (looksLikeFormula(text) ? `'${text}` : text);

/** A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}
