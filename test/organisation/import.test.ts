import ExcelJS from 'exceljs';
import { Role } from '@qinshang/auth';
import { Actor, as } from '@qinshang/testkit';
import type { Client } from 'pg';
import { countOf, freshCreditCode, ownerClient, withWrongCheck } from './support/fixtures';

const IMPORT = `mutation ($input: ImportEnterprisesInput!) {
  importEnterprises(input: $input) { accepted dryRun rowCount imported summary rejected { row column field reason } enterprises { id name creditCode sector source aboveScale kind contactName } }
}`;

interface ImportResult {
  accepted: boolean;
  dryRun: boolean;
  rowCount: number;
  imported: number;
  summary: string;
  rejected: Array<{ row: number; column: string | null; field: string | null; reason: string }>;
  enterprises: Array<{ id: string; name: string; creditCode: string | null; sector: string; source: string; aboveScale: boolean; kind: string }>;
}

const CHINESE = ['企业名称', '统一社会信用代码', '行业', '来源', '四上', '类型', '联系人', '联系电话'];
const SECTORS = ['工业', '商贸', '建筑', '科技', '文化', '旅游'];

/** 50 rows as a district office keeps them: Chinese headers and terms. */
function officeList(district: string, tag: string): string[][] {
  return Array.from({ length: 50 }, (_, i) => [
    `导入测试${tag}企业${i + 1}有限公司`,
    freshCreditCode(tag, district),
    SECTORS[i % 6],
    i % 5 === 0 ? '市上确定' : '区县选取',
    i % 2 ? '是' : '否',
    '企业',
    '李明',
    `1390000${String(i).padStart(4, '0')}`,
  ]);
}

const csv = (rows: string[][], header = CHINESE) =>
  [header, ...rows].map((r) => r.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n');

async function xlsx(rows: string[][], header = CHINESE): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名单');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row.map((cell, i) => (i === 4 ? cell === '是' : cell)));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('importing an enterprise list', () => {
  let db: Client;
  beforeAll(async () => {
    db = await ownerClient();
  });
  afterAll(() => db.end());

  const state = async (district: string) => ({
    enterprises: await countOf(db, 'SELECT count(*) FROM districts.enterprise WHERE district_id = $1', [district]),
    events: await countOf(db, `SELECT count(*) FROM eventlog.event WHERE source = 'districts' AND district_id = $1`, [district]),
  });

  it.each([
    ['CSV', '610104', 'C'],
    ['XLSX', '610112', 'X'],
  ])('rejects a %s file of 50 with one bad credit code, naming the row, writing nothing; corrected, imports all 50', async (format, district, tag) => {
    const office = as.district(district);
    const rows = officeList(district, tag);
    const good = rows[16][1];
    rows[16][1] = withWrongCheck(good);
    const encode = async (r: string[][]) => (format === 'CSV' ? Buffer.from(csv(r), 'utf8').toString('base64') : await xlsx(r));

    const before = await state(district);
    const refused = await office.ok<{ importEnterprises: ImportResult }>(IMPORT, { input: { districtId: district, format, contentBase64: await encode(rows) } });
    expect(refused.importEnterprises).toMatchObject({ accepted: false, rowCount: 50, imported: 0, enterprises: [] });
    // Row 18 of the file: the header is row 1, and this is the 17th data row.
    expect(refused.importEnterprises.rejected).toEqual([{ row: 18, column: '统一社会信用代码', field: 'creditCode', reason: expect.stringMatching(/check character/) }]);
    expect(await state(district)).toEqual(before);

    rows[16][1] = good;
    const done = await office.ok<{ importEnterprises: ImportResult }>(IMPORT, { input: { districtId: district, format, contentBase64: await encode(rows) } });
    expect(done.importEnterprises).toMatchObject({ accepted: true, rowCount: 50, imported: 50, rejected: [] });
    expect(done.importEnterprises.enterprises[0]).toMatchObject({ name: rows[0][0], sector: 'INDUSTRY', source: 'CITY_ASSIGNED', aboveScale: false, kind: 'ENTERPRISE' });
    expect(done.importEnterprises.enterprises[1]).toMatchObject({ sector: 'COMMERCE', source: 'DISTRICT_SELECTED', aboveScale: true });
    expect(await state(district)).toEqual({ enterprises: before.enterprises + 50, events: before.events + 50 });
    const { rows: events } = await db.query(
      `SELECT count(*)::int AS n FROM eventlog.event WHERE type = 'enterprise.added' AND stream_id = ANY($1)`,
      [done.importEnterprises.enterprises.map((e) => e.id)],
    );
    expect(events[0].n).toBe(50);
  });

  it('lists every rejected row: missing name, unknown sector, duplicate within the file, duplicate city-wide', async () => {
    const district = '610113';
    const { rows: taken } = await db.query(`SELECT credit_code FROM districts.enterprise WHERE district_id = '610111' AND credit_code IS NOT NULL LIMIT 1`);
    const header = ['name', 'creditCode', 'sector', 'source', 'aboveScale', 'kind', 'contactName', 'contactPhone'];
    const repeated = freshCreditCode('D', district);
    const rows = [
      ['甲公司', freshCreditCode('D', district), 'INDUSTRY', 'DISTRICT_SELECTED', 'no', 'ENTERPRISE', '', ''],
      ['', freshCreditCode('D', district), '工业', '', '', '', '', ''],
      ['丙公司', freshCreditCode('D', district), '餐饮', '', '', '', '', ''],
      ['丁公司', repeated, '科技', '', '', '', '', ''],
      ['戊公司', repeated, '科技', '', '', '', '', ''],
      ['己公司', taken[0].credit_code, '科技', '', '', '', '', ''],
      ['庚项目', '', '建筑', '', '', '项目', '', ''],
    ];
    const before = await state(district);
    const result = await as
      .district(district)
      .ok<{ importEnterprises: ImportResult }>(IMPORT, { input: { districtId: district, format: 'CSV', contentBase64: Buffer.from(csv(rows, header)).toString('base64') } });
    expect(result.importEnterprises.accepted).toBe(false);
    expect(result.importEnterprises.rejected.map(({ row, column, field }) => ({ row, column, field }))).toEqual([
      { row: 3, column: 'name', field: 'name' },
      { row: 4, column: 'sector', field: 'sector' },
      { row: 6, column: 'creditCode', field: 'creditCode' },
      { row: 7, column: 'creditCode', field: 'creditCode' },
    ]);
    expect(result.importEnterprises.rejected[2].reason).toMatch(/row 5/);
    // The city-wide duplicate names neither the other tenant nor its enterprise.
    expect(result.importEnterprises.rejected[3].reason).not.toMatch(/610111|灞桥/);
    expect(await state(district)).toEqual(before);
  });

  it('checks without writing on a dry run', async () => {
    const district = '610113';
    const before = await state(district);
    const result = await as.district(district).ok<{ importEnterprises: ImportResult }>(IMPORT, {
      input: { districtId: district, format: 'CSV', dryRun: true, contentBase64: Buffer.from(csv(officeList(district, 'R').slice(0, 3))).toString('base64') },
    });
    expect(result.importEnterprises).toMatchObject({ accepted: true, dryRun: true, imported: 0, rowCount: 3 });
    expect(await state(district)).toEqual(before);
  });

  it('refuses a file that is too large, unreadable or without a name column, with BAD_USER_INPUT on contentBase64', async () => {
    const office = as.district('610113');
    const send = (format: string, content: Buffer) => office.send(IMPORT, { input: { districtId: '610113', format, contentBase64: content.toString('base64') } });
    const big = await send('CSV', Buffer.alloc(720 * 1024, 'a'));
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    expect(big.errors?.[0].message).toMatch(/larger than 700 KiB/);
    const rows = (await send('CSV', Buffer.from(`name\n${'x\n'.repeat(5001)}`))).errors?.[0];
    expect(rows?.message).toMatch(/at most 5000/);
    expect((await send('XLSX', Buffer.from('not a workbook'))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    expect((await send('CSV', Buffer.from('foo,bar\n1,2'))).errors?.[0].message).toMatch(/企业名称/);
  });

  it("answers another tenant's office with NOT_FOUND and a non-office with FORBIDDEN", async () => {
    const input = { districtId: '610113', format: 'CSV', contentBase64: Buffer.from(csv(officeList('610113', 'T').slice(0, 1))).toString('base64') };
    expect((await as.district('610104').send(IMPORT, { input })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await new Actor({ role: Role.INSPECTOR }).send(IMPORT, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
