import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { readCsv } from '../exports/support';
import { ARTIFACTS, launch, origin, people, shot, signedIn, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('下载 Excel / CSV on the list pages', () => {
  it('saves the ledger as the filtered list shows it, with the file’s Chinese name, signed in as 610111-office', async () => {
    const context = await signedIn(browser, people.district('610111'));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/ledger?status=CLOSED`);
    await page.getByRole('heading', { name: /灞桥区 · 工作台账/ }).waitFor({ timeout: 30_000 });
    const status = page.getByRole('navigation', { name: '翻页' }).getByRole('status');
    await status.filter({ hasText: /共 \d+ 个问题/ }).waitFor();
    const total = Number(/共 (\d+)/.exec(await status.innerText())?.[1] ?? NaN);
    expect(total).toBeGreaterThan(0);
    // The ledger numbers the first page shows, in its order (newest first, as the file).
    const shown = await page.getByRole('table').locator('tbody tr td:first-child a').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    await shot(page, 'export-buttons-ledger');

    const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel' }).click()]);
    expect(excel.suggestedFilename()).toBe('问题台账-610111.xlsx');
    const xlsx = path.join(ARTIFACTS, excel.suggestedFilename());
    await excel.saveAs(xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('台账编号');
    expect(sheet.rowCount - 1).toBe(total);
    const numbers: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) numbers.push(String(row.getCell(1).value));
    });
    expect(numbers.slice(0, shown.length)).toEqual(shown);
    const statusColumn = (sheet.getRow(1).values as unknown[]).indexOf('状态');
    sheet.eachRow((row, n) => {
      if (n > 1) expect(row.getCell(statusColumn).value).toBe('已销号');
    });

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('问题台账-610111.csv');
    const csvPath = path.join(ARTIFACTS, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const [header, ...lines] = readCsv(readFileSync(csvPath));
    expect(header[0]).toBe('台账编号');
    expect(lines.map((line) => line[0])).toEqual(numbers);
    expect(errors).toEqual([]);
    await context.close();
  });
});
