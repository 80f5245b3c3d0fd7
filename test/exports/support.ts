import ExcelJS from 'exceljs';
import { stackInfo } from '@qinshang/testkit';

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** GET an export at the gateway's origin, with the bearer token (null: none). */
export async function download(pathAndQuery: string, token: string | null): Promise<Download> {
  const url = new URL(pathAndQuery, stackInfo().gatewayUrl);
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** The JSON refusal of an export. */
export function refusal(answer: Download): { message: string; extensions: Record<string, unknown> } {
  expect(answer.headers.get('content-type')).toMatch(/application\/json/);
  return JSON.parse(answer.body.toString('utf8')).errors[0];
}

/** The first sheet of a workbook, read back with ExcelJS: its header texts and its data rows. */
export async function readSheet(body: Buffer): Promise<{ sheet: ExcelJS.Worksheet; headers: string[]; rows: ExcelJS.Row[]; column: (header: string) => number }> {
  expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(row);
  });
  const column = (header: string) => {
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`no column ${header} in ${headers.join(', ')}`);
    return index + 1;
  };
  return { sheet, headers, rows, column };
}

/** RFC 4180 CSV (as Excel writes it) into rows of fields; the BOM must be there and is dropped. */
export function readCsv(body: Buffer): string[][] {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.subarray(3).toString('utf8');
  const table: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      table.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field || row.length) table.push([...row, field]);
  return table;
}
