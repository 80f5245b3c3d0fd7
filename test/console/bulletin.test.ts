import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { as } from '@qinshang/testkit';
import { ARTIFACTS, launch, origin, people, shot, signedIn, watchErrors } from './browser';

/** The month the seeded bulletin describes. */
const PERIOD = '2016-08';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Section {
  districtId: string | null;
  name: string | null;
  officials: number;
  visits: number;
  problems: number;
  solved: number;
  officialsByVisits: Array<{ key: string; count: number; figure: string }>;
}

const SECTION = 'districtId name officials visits problems solved officialsByVisits { key count figure }';

describe('the bulletin (简报) in a browser', () => {
  it('shows the city office the month with every tenant and the total, each figure a link to its records, and prints to A4', async () => {
    const { bulletin } = await as.city().ok<{ bulletin: { total: Section; tenants: Section[] } }>(
      `query ($p: String!) { bulletin(period: $p) { total { ${SECTION} } tenants { ${SECTION} } } }`,
      { p: PERIOD },
    );
    const context = await signedIn(browser, people.city());
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/bulletin?period=${PERIOD}`);
    const article = page.getByRole('article', { name: '千人亲商助企活动简报' });
    await article.getByRole('heading', { name: '千人亲商助企活动简报' }).waitFor();
    await article.getByText('2016年8月').first().waitFor();
    // The summary sentence, with the city's figures.
    const summary = article.locator('p.bulletin-summary');
    await expect(summary.textContent()).resolves.toContain(`${bulletin.total.officials}名助企干部`);
    await expect(summary.textContent()).resolves.toContain(`开展服务${bulletin.total.visits}次`);
    await expect(summary.textContent()).resolves.toContain(`收集问题${bulletin.total.problems}个，已解决${bulletin.total.solved}个`);
    // Table 1: a row per tenant and the total, as the graph gives them.
    const table1 = article.getByRole('region', { name: '一、助企干部服务企业情况' }).getByRole('table');
    const first = bulletin.tenants[0];
    const row = table1.getByRole('row').filter({ has: page.getByRole('cell', { name: first.name!, exact: true }) });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe(String(first.officials));
    const totalRow = table1.getByRole('row').filter({ has: page.getByRole('cell', { name: '合计', exact: true }) });
    await expect(totalRow.getByRole('cell').nth(1).textContent()).resolves.toBe(String(bulletin.total.officials));
    await shot(page, 'bulletin-city-screen');

    // Printed: A4, no menu or controls, Chinese text in the CJK font.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ant-layout-sider').first().isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: /打印/ }).isVisible()).resolves.toBe(false);
    const font = await article.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toContain('WenQuanYi Zen Hei');
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await shot(page, 'bulletin-city-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(path.join(ARTIFACTS, 'bulletin-city.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 768 });

    // A figure opens the records it counts: officials who visited twice in the first tenant.
    const two = first.officialsByVisits.find((p) => p.key === 'TWO')!;
    await row.getByRole('link', { name: String(two.count), exact: true }).first().click();
    await page.getByRole('heading', { name: '简报数据明细' }).waitFor();
    await page.getByRole('status').filter({ hasText: `共 ${two.count} 条记录` }).waitFor();
    expect(new URL(page.url()).searchParams.get('figure')).toBe('visits.TWO');
    expect(new URL(page.url()).searchParams.get('districtId')).toBe(first.districtId);
    await shot(page, 'bulletin-records');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a district office its own tenant's bulletin only", async () => {
    const own = '610111';
    const { bulletin } = await as.district(own).ok<{ bulletin: { total: Section; tenants: Section[] } }>(
      `query ($p: String!) { bulletin(period: $p) { total { ${SECTION} } tenants { ${SECTION} } } }`,
      { p: PERIOD },
    );
    const context = await signedIn(browser, people.district(own));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${origin()}/bulletin?period=${PERIOD}&yearToDate=1`);
    const article = page.getByRole('article', { name: '千人亲商助企活动简报' });
    await article.getByText('2016年1月至2016年8月').waitFor();
    const table1 = article.getByRole('region', { name: '一、助企干部服务企业情况' }).getByRole('table');
    // One row: its own tenant (no other tenant's name, no city total).
    await expect(table1.locator('tbody tr').count()).resolves.toBe(1);
    await expect(table1.getByRole('cell', { name: bulletin.total.name!, exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: '区县' }).count()).resolves.toBe(0);
    await shot(page, 'bulletin-district-ytd');

    // 下载 Excel: the same bulletin (its own tenant, the year to date), a worksheet per part.
    const { bulletin: ytd } = await as.district(own).ok<{ bulletin: { total: Section } }>(`query ($p: String!) { bulletin(period: $p, yearToDate: true) { total { ${SECTION} } } }`, { p: PERIOD });
    const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel' }).click()]);
    expect(excel.suggestedFilename()).toBe(`活动简报-${own}-${PERIOD}-累计.xlsx`);
    const saved = path.join(ARTIFACTS, excel.suggestedFilename());
    await excel.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(saved) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['一、助企干部服务企业情况', '二、按月上报情况', '三、问题收集与解决情况', '四、问题分类解决情况', '五、问题类别解决情况', '六、考核排名与督查情况']);
    const sheet = workbook.worksheets[0];
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('2016-01至2016-08');
    expect(sheet.getRow(2).getCell(2).value).toBe('助企干部');
    expect([3, 4].map((n) => [sheet.getRow(n).getCell(1).value, sheet.getRow(n).getCell(2).value])).toEqual([
      [bulletin.total.name, ytd.total.officials],
      ['合计', ytd.total.officials],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
