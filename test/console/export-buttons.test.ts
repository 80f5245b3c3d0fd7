import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { launch, origin, people, shot, signedIn, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('下载 Excel / CSV on the list pages', () => {
  it("saves the ledger as the filtered list shows it, with the file's Chinese name, signed in as 610111-office", async () => {
    const context = await signedIn(browser, people.district('610111'));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/ledger?status=CLOSED`);
    await page.getByRole('heading', { name: /灞桥区 · 工作台账/ }).waitFor();
    const total = Number(/共 (\d+)/.exec(await page.getByRole('navigation', { name: '翻页' }).getByRole('status').innerText())?.[1] ?? NaN);

    const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel' }).click()]);
    expect(excel.suggestedFilename()).toBe('问题台账-610111.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await excel.path())!) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('台账编号');
    expect(sheet.rowCount - 1).toBe(total);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('问题台账-610111.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF台账编号,')).toBe(true);
    await shot(page, 'export-buttons-ledger');
    expect(errors).toEqual([]);
    await context.close();
  });
});
