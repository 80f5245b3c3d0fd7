import ExcelJS from 'exceljs';
import { Role } from '@qinshang/auth';
import { Actor, as } from '@qinshang/testkit';
import { download, readCsv, refusal } from './support';

/**
 * `/exports/bulletin.xlsx|csv` through the gateway: a worksheet (or CSV section) per part of the
 * bulletin, Chinese headers under a caption, both frozen; every figure as the `bulletin` query gives
 * it to the same caller; every totals row the sum of the rows above it; a district office its own
 * tenant only.
 */
const PERIOD = '2016-08';
const PART = 'key count';
const PROBLEM_PART = 'key collected solved unsolvable open solvedRate';
const SECTION = `districtId name officials officialMonths enterprisesPaired enterprisesServed visits
  officialsByVisits { ${PART} } unvisitedByReason { ${PART} } reports { expected onTime late missing pending }
  problems solved unsolvable open solvedRate byClass { ${PROBLEM_PART} } byCategory { ${PROBLEM_PART} } byPath { ${PART} }
  overdue escalations escalationsToDistrict escalationsToCity rank score inspections deductions deductionPoints`;
const BULLETIN = `query ($p: String!, $d: ID, $y: Boolean) { bulletin(period: $p, districtId: $d, yearToDate: $y) { total { ${SECTION} } tenants { ${SECTION} } } }`;

const SHEETS = ['一、助企干部服务企业情况', '二、按月上报情况', '三、问题收集与解决情况', '四、问题分类解决情况', '五、问题类别解决情况', '六、考核排名与督查情况'];
const count = (parts: Array<{ key: string; count: number }>, key: string) => parts.find((p) => p.key === key)!.count;
const collected = (parts: Array<{ key: string; collected: number }>, key: string) => parts.find((p) => p.key === key)!.collected;
const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** What each per-tenant sheet's columns must say, from the query's section (written out here, not taken from the export's code). */
const TENANT_COLUMNS: Record<string, Record<string, (s: any) => number | null>> = {
  [SHEETS[0]]: {
    助企干部: (s) => s.officials,
    '干部·月': (s) => s.officialMonths,
    对接企业: (s) => s.enterprisesPaired,
    服务企业: (s) => s.enterprisesServed,
    服务次数: (s) => s.visits,
    '服务3次及以上（人）': (s) => count(s.officialsByVisits, 'THREE_OR_MORE'),
    '服务2次（人）': (s) => count(s.officialsByVisits, 'TWO'),
    '服务1次（人）': (s) => count(s.officialsByVisits, 'ONE'),
    '未服务（人）': (s) => count(s.officialsByVisits, 'NONE'),
    '未服务·公务外出（人）': (s) => count(s.unvisitedByReason, 'AWAY_ON_DUTY'),
    '未服务·企业婉拒（人）': (s) => count(s.unvisitedByReason, 'ENTERPRISE_DECLINED'),
    '未服务·生病（人）': (s) => count(s.unvisitedByReason, 'ILLNESS'),
    '未服务·培训（人）': (s) => count(s.unvisitedByReason, 'TRAINING'),
    '未服务·未说明（人）': (s) => count(s.unvisitedByReason, 'NOT_RECORDED'),
  },
  [SHEETS[1]]: { 应报: (s) => s.reports.expected, 按时: (s) => s.reports.onTime, 迟报: (s) => s.reports.late, 未报: (s) => s.reports.missing, 待报: (s) => s.reports.pending },
  [SHEETS[2]]: {
    收集问题: (s) => s.problems,
    A类: (s) => collected(s.byClass, 'A'),
    B类: (s) => collected(s.byClass, 'B'),
    C类: (s) => collected(s.byClass, 'C'),
    D类: (s) => collected(s.byClass, 'D'),
    未分类: (s) => collected(s.byClass, 'UNCLASSIFIED'),
    当场解决: (s) => count(s.byPath, 'ON_SPOT'),
    交办: (s) => count(s.byPath, 'ASSIGNED'),
    上报: (s) => count(s.byPath, 'ESCALATED'),
    待处理: (s) => count(s.byPath, 'PENDING'),
    已解决: (s) => s.solved,
    暂不能解决: (s) => s.unsolvable,
    未解决: (s) => s.open,
    超期未解决: (s) => s.overdue,
    上报次数: (s) => s.escalations,
    上报区级: (s) => s.escalationsToDistrict,
    上报市级: (s) => s.escalationsToCity,
  },
  [SHEETS[5]]: { 督查次数: (s) => s.inspections, 扣分次数: (s) => s.deductions, 扣分: (s) => s.deductionPoints },
};
/** Columns that are no sum (rates, ranks, scores): compared row by row, never added up. */
const NOT_SUMMED = new Set(['解决率(%)', '排名', '得分']);

interface Part {
  sheet: ExcelJS.Worksheet;
  caption: string;
  headers: string[];
  /** Data rows by their first cell (a tenant's name, a class, a category, 合计), as header -> value. */
  rows: Array<Record<string, unknown>>;
}

async function workbookOf(query: string, actor: Actor): Promise<Map<string, Part>> {
  const answer = await download(`/exports/bulletin.xlsx?${query}`, await actor.bearer());
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toMatch(/spreadsheetml/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(answer.body as never);
  const parts = new Map<string, Part>();
  for (const sheet of workbook.worksheets) {
    const headers = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
    const rows: Part['rows'] = [];
    sheet.eachRow((row, number) => {
      if (number > 2) rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
    });
    parts.set(sheet.name, { sheet, caption: String(sheet.getRow(1).getCell(1).value), headers, rows });
  }
  return parts;
}

/** Every totals row (合计, the last) equals the sum of the rows above it, column by column. */
function expectTotalsAddUp(part: Part) {
  const total = part.rows[part.rows.length - 1];
  expect(Object.values(total)[0]).toBe('合计');
  for (const header of part.headers.slice(1)) {
    if (NOT_SUMMED.has(header)) continue;
    const sum = part.rows.slice(0, -1).reduce((acc, row) => acc + Number(row[header] ?? 0), 0);
    expect({ sheet: part.sheet.name, header, total: total[header] }).toEqual({ sheet: part.sheet.name, header, total: expect.closeTo(sum, 6) });
  }
}

describe('the bulletin (简报) as .xlsx and .csv, through the gateway', () => {
  it.each([false, true])("yearToDate %s, citywide: every figure as the bulletin query gives it, each part's total the sum of its rows", async (yearToDate) => {
    const { bulletin } = await as.city().ok<{ bulletin: any }>(BULLETIN, { p: PERIOD, y: yearToDate });
    const parts = await workbookOf(`period=${PERIOD}&yearToDate=${yearToDate}`, as.city());
    expect([...parts.keys()]).toEqual(SHEETS);
    for (const part of parts.values()) {
      // The caption and the Chinese header row are frozen; the total is the last row.
      expect(part.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(part.caption).toContain(yearToDate ? `2016-01至${PERIOD}` : PERIOD);
      expect(part.headers.every((h) => /[\u4e00-\u9fff]/.test(h))).toBe(true);
      expectTotalsAddUp(part);
    }
    const sections = [...bulletin.tenants.map((s: any) => ({ name: s.name, s })), { name: '合计', s: bulletin.total }];
    for (const [title, columns] of Object.entries(TENANT_COLUMNS)) {
      const part = parts.get(title)!;
      expect(part.rows).toHaveLength(sections.length);
      for (const { name, s } of sections) {
        const row = part.rows.find((r) => r['区县'] === name)!;
        expect(row).toBeDefined();
        const want = Object.fromEntries(Object.entries(columns).map(([header, value]) => [header, value(s)]));
        expect({ name, ...Object.fromEntries(Object.keys(columns).map((h) => [h, row[h]])) }).toEqual({ name, ...want });
      }
    }
    // Rates, ranks and scores as the query gives them.
    for (const { name, s } of sections) {
      expect(parts.get(SHEETS[2])!.rows.find((r) => r['区县'] === name)!['解决率(%)']).toEqual(pct(s.solvedRate));
      if (name !== '合计') expect(parts.get(SHEETS[5])!.rows.find((r) => r['区县'] === name)!['排名']).toEqual(s.rank);
    }
    // The class and category parts: the city's, one row each, then the total.
    for (const [title, list, header] of [
      [SHEETS[3], bulletin.total.byClass, '问题分类'],
      [SHEETS[4], bulletin.total.byCategory, '问题类别'],
    ] as const) {
      const part = parts.get(title)!;
      expect(part.rows).toHaveLength(list.length + 1);
      expect(part.rows.slice(0, -1).map((r) => [r['收集问题'], r['已解决'], r['暂不能解决'], r['未解决']])).toEqual(list.map((p: any) => [p.collected, p.solved, p.unsolvable, p.open]));
      expect(part.rows[part.rows.length - 1]).toMatchObject({ [header]: '合计', 收集问题: bulletin.total.problems, 已解决: bulletin.total.solved });
    }
    expect(bulletin.total.problems).toBeGreaterThan(100);
  });

  it('has the same figures in its CSV, a section per part', async () => {
    const parts = await workbookOf(`period=${PERIOD}`, as.city());
    const answer = await download(`/exports/bulletin.csv?period=${PERIOD}`, await as.city().bearer());
    expect(answer.status).toBe(200);
    const lines = readCsv(answer.body);
    const sections: string[][][] = [[]];
    for (const line of lines) {
      if (line.length === 1 && line[0] === '') sections.push([]);
      else sections[sections.length - 1].push(line);
    }
    expect(sections.map((s) => s[0][0].split(' ')[0])).toEqual(SHEETS);
    sections.forEach((section, index) => {
      const part = parts.get(SHEETS[index])!;
      expect(section[1]).toEqual(part.headers);
      expect(section.slice(2).map((line) => line.map((cell, i) => (i === 0 ? cell : cell === '' ? null : Number(cell))))).toEqual(
        part.rows.map((row) => part.headers.map((h) => row[h] ?? null)),
      );
    });
  });

  it("gives 610125's office its own tenant only, never 610111's rows, and refuses 610111's bulletin", async () => {
    const office = as.district('610125');
    const { bulletin: own } = await office.ok<{ bulletin: any }>(BULLETIN, { p: PERIOD });
    const { bulletin: city } = await as.city().ok<{ bulletin: any }>(BULLETIN, { p: PERIOD });
    const baqiao = city.tenants.find((t: any) => t.districtId === '610111').name;
    const name = own.total.name;
    expect(name).toBeTruthy();
    const parts = await workbookOf(`period=${PERIOD}&yearToDate=false`, office);
    for (const part of parts.values()) {
      expect(part.caption).toContain(name);
      expect(JSON.stringify(part.rows)).not.toContain(baqiao);
      expectTotalsAddUp(part);
    }
    for (const [title, columns] of Object.entries(TENANT_COLUMNS)) {
      const rows = parts.get(title)!.rows;
      expect(rows.map((r) => r['区县'])).toEqual([name, '合计']);
      for (const row of rows) for (const [header, value] of Object.entries(columns)) expect([header, row[header]]).toEqual([header, value(own.total)]);
    }
    expect(parts.get(SHEETS[3])!.rows[5]['收集问题']).toBe(own.total.problems);
    expect(own.total.problems).toBeLessThan(city.total.problems);

    const other = await download(`/exports/bulletin.xlsx?period=${PERIOD}&districtId=610111`, await office.bearer());
    expect(other.status).toBe(403);
    expect(refusal(other).extensions.code).toBe('FORBIDDEN');
    const official = new Actor({ role: Role.OFFICIAL, districtId: '610125', officialId: '610125-O0001' });
    expect((await download(`/exports/bulletin.xlsx?period=${PERIOD}`, await official.bearer())).status).toBe(403);
    const bad = await download('/exports/bulletin.xlsx?period=2016-08&yearToDate=yes', await office.bearer());
    expect(bad.status).toBe(400);
    expect(refusal(bad).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'yearToDate' });
  });
});
