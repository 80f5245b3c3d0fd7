import ExcelJS from 'exceljs';
import { Role } from '@qinshang/auth';
import { Actor, as } from '@qinshang/testkit';
import type { Client } from 'pg';
import { countOf, ownerClient } from '../organisation/support/fixtures';

const IMPORT = `mutation ($input: ImportOfficialsInput!) {
  importOfficials(input: $input) { accepted dryRun rowCount imported summary rejected { row column field reason } officials { id name title departmentName district { id } } }
}`;

interface Result {
  accepted: boolean;
  dryRun: boolean;
  rowCount: number;
  imported: number;
  summary: string;
  rejected: Array<{ row: number; column: string | null; field: string | null; reason: string }>;
  officials: Array<{ id: string; name: string; title: string | null; departmentName: string | null; district: { id: string } }>;
}

const HEADER = ['姓名', '职务', '单位'];

/** Ten officials as an office lists them, unique to this run. */
function roster(tag: string): string[][] {
  return Array.from({ length: 10 }, (_, i) => [`导入干部${tag}${i + 1}`, i % 2 ? '副局长' : '科长', `区发改委${tag}`]);
}

const csv = (rows: string[][]) => [HEADER, ...rows].map((r) => r.join(',')).join('\r\n');

async function xlsx(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('干部名单');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('importing officials (助企干部名单), all or nothing', () => {
  let db: Client;
  beforeAll(async () => {
    db = await ownerClient();
  });
  afterAll(() => db.end());

  const state = async (district: string) => ({
    officials: await countOf(db, 'SELECT count(*) FROM districts.official WHERE district_id = $1', [district]),
    events: await countOf(db, `SELECT count(*) FROM eventlog.event WHERE type = 'official.added' AND district_id = $1`, [district]),
  });

  it.each([
    ['CSV', '610114'],
    ['XLSX', '610115'],
  ])('a %s file with one bad row writes nothing and names the row; fixed, it adds them all, one event each', async (format, district) => {
    const office = as.district(district);
    const tag = `${format}${Date.now() % 100000}`;
    const rows = roster(tag);
    const good = rows[6][0];
    rows[6][0] = ''; // row 8 of the file: the header is row 1
    const encode = async (r: string[][]) => (format === 'CSV' ? Buffer.from(csv(r), 'utf8').toString('base64') : await xlsx(r));

    const before = await state(district);
    const refused = await office.ok<{ importOfficials: Result }>(IMPORT, { input: { districtId: district, format, contentBase64: await encode(rows) } });
    expect(refused.importOfficials).toMatchObject({ accepted: false, rowCount: 10, imported: 0, officials: [] });
    expect(refused.importOfficials.rejected).toEqual([{ row: 8, column: '姓名', field: 'name', reason: 'The name is missing' }]);
    expect(refused.importOfficials.summary).toMatch(/nothing imported/);
    expect(await state(district)).toEqual(before);

    rows[6][0] = good;
    const dry = await office.ok<{ importOfficials: Result }>(IMPORT, { input: { districtId: district, format, contentBase64: await encode(rows), dryRun: true } });
    expect(dry.importOfficials).toMatchObject({ accepted: true, dryRun: true, imported: 0, rejected: [] });
    expect(await state(district)).toEqual(before);

    const done = await office.ok<{ importOfficials: Result }>(IMPORT, { input: { districtId: district, format, contentBase64: await encode(rows) } });
    expect(done.importOfficials).toMatchObject({ accepted: true, dryRun: false, rowCount: 10, imported: 10, rejected: [] });
    expect(done.importOfficials.officials.map((o) => o.name)).toEqual(rows.map((r) => r[0]));
    expect(done.importOfficials.officials.every((o) => o.id.startsWith(`${district}-O`) && o.district.id === district)).toBe(true);
    expect(await state(district)).toEqual({ officials: before.officials + 10, events: before.events + 10 });

    // The office reads them back; the same file again is refused row by row (already on the list).
    const first = done.importOfficials.officials[0];
    const read = await office.ok<{ official: { name: string; title: string; departmentName: string } }>('query ($id: ID!) { official(id: $id) { name title departmentName } }', { id: first.id });
    expect(read.official).toEqual({ name: rows[0][0], title: rows[0][1], departmentName: rows[0][2] });
    const again = await office.ok<{ importOfficials: Result }>(IMPORT, { input: { districtId: district, format, contentBase64: await encode(rows) } });
    expect(again.importOfficials.accepted).toBe(false);
    expect(again.importOfficials.rejected).toHaveLength(10);
    expect(again.importOfficials.rejected[0]).toMatchObject({ row: 2, column: '姓名', reason: `Already on the tenant's list as ${first.id}` });
  });

  it('names every problem of a file (duplicates within it, lengths) and refuses another tenant and a role not admitted', async () => {
    const office = as.district('610114');
    const tag = `M${Date.now() % 100000}`;
    const rows = [
      [`甲${tag}`, '科长', '区商务局'],
      [`甲${tag}`, '科长', '区商务局'],
      [`乙${tag}`, 'x'.repeat(101), '区商务局'],
    ];
    const result = await office.ok<{ importOfficials: Result }>(IMPORT, { input: { districtId: '610114', format: 'CSV', contentBase64: Buffer.from(csv(rows)).toString('base64') } });
    expect(result.importOfficials.rejected).toEqual([
      { row: 3, column: '姓名', field: 'name', reason: 'The same official (name and department) as row 2' },
      { row: 4, column: '职务', field: 'title', reason: 'The title is longer than 100 characters' },
    ]);

    const elsewhere = await office.send(IMPORT, { input: { districtId: '610115', format: 'CSV', contentBase64: Buffer.from(csv(rows)).toString('base64') } });
    expect(elsewhere.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const official = new Actor({ role: Role.OFFICIAL, districtId: '610114', officialId: '610114-O0001' });
    const refused = await official.send(IMPORT, { input: { districtId: '610114', format: 'CSV', contentBase64: Buffer.from(csv(rows)).toString('base64') } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ADMITTED' });
    const noName = await office.send(IMPORT, { input: { districtId: '610114', format: 'CSV', contentBase64: Buffer.from('职务,单位\r\n科长,区商务局').toString('base64') } });
    expect(noName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
  });
});
