import ExcelJS from 'exceljs';
import { as } from '@qinshang/testkit';

/** A small workbook that would cost a lot to read is refused at once, with a clear reason. */
describe('a hostile workbook', () => {
  it('refuses 200 rows each with one cell in column XFD with BAD_USER_INPUT on contentBase64, and still serves', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('企业名单');
    sheet.getRow(1).values = ['企业名称', '行业'];
    for (let r = 2; r <= 201; r++) sheet.getRow(r).getCell(16384).value = 'x';
    const content = Buffer.from(await book.xlsx.writeBuffer());
    const office = as.district('610124');
    const started = Date.now();
    const response = await office.send(
      `mutation ($input: ImportEnterprisesInput!) { importEnterprises(input: $input) { accepted imported } }`,
      { input: { districtId: '610124', format: 'XLSX', contentBase64: content.toString('base64') } },
    );
    process.stdout.write(`XFD workbook (${content.length} bytes) answered in ${Date.now() - started} ms\n`);
    expect(response.data?.importEnterprises ?? null).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64', limit: 256 });
    expect(response.errors?.[0].message).toMatch(/column 16384/);
    expect((await office.ok<{ district: { id: string } }>(`{ district(id: "610124") { id } }`)).district.id).toBe('610124');
  });
});
