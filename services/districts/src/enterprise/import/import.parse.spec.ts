import ExcelJS from 'exceljs';
import { DEFAULT_LIMITS, flagCell, ImportTooLarge, kindCell, parseCsv, parseImportFile, sectorCell, ImportFormat } from './import.parse';

describe('reading an enterprise list', () => {
  it('reads quoted CSV fields with commas, quotes and line breaks, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b,1","say ""hi"""\r\n"x\ny",,z\n')).toEqual([
      ['a', 'b,1', 'say "hi"'],
      ['x\ny', '', 'z'],
    ]);
  });

  it('maps Chinese or English headers and numbers rows as the file shows them, skipping blank rows', async () => {
    const file = await parseImportFile(ImportFormat.CSV, Buffer.from('企业名称,Credit Code,行业\n甲,91,工业\n,,\n乙,92,TECHNOLOGY\n'));
    expect(file.columns).toEqual({ name: '企业名称', creditCode: 'Credit Code', sector: '行业' });
    expect(file.rows).toEqual([
      { row: 2, cells: { name: '甲', creditCode: '91', sector: '工业' } },
      { row: 4, cells: { name: '乙', creditCode: '92', sector: 'TECHNOLOGY' } },
    ]);
  });

  it('understands the terms offices write', () => {
    expect(sectorCell('科技')).toBe('TECHNOLOGY');
    expect(sectorCell('tourism')).toBe('TOURISM');
    expect(sectorCell('餐饮')).toBeUndefined();
    expect(kindCell('')).toBe('ENTERPRISE');
    expect(kindCell('项目')).toBe('PROJECT');
    expect([flagCell('是'), flagCell('否'), flagCell(''), flagCell('maybe')]).toEqual([true, false, false, undefined]);
  });
});

describe('the cost of a workbook', () => {
  const workbook = async (fill: (sheet: ExcelJS.Worksheet) => void) => {
    const book = new ExcelJS.Workbook();
    fill(book.addWorksheet('企业'));
    return Buffer.from(await book.xlsx.writeBuffer());
  };

  it('refuses 200 rows each with one cell in column XFD at the first such row, naming the column', async () => {
    const content = await workbook((sheet) => {
      sheet.getRow(1).values = ['企业名称', '行业'];
      for (let r = 2; r <= 201; r++) sheet.getRow(r).getCell(16384).value = 'x';
    });
    const started = process.hrtime.bigint();
    const refusal = await parseImportFile(ImportFormat.XLSX, content).catch((error: unknown) => error);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(`XFD workbook (${content.length} bytes) refused in ${ms.toFixed(1)} ms\n`);
    expect(refusal).toBeInstanceOf(ImportTooLarge);
    expect((refusal as ImportTooLarge).message).toMatch(/Row 2 has a cell in column 16384/);
  });

  it('reads only the known columns of a wide but legitimate sheet, and stops at the row cap while reading', async () => {
    const wide = await workbook((sheet) => {
      sheet.getRow(1).values = ['序号', '企业名称', '行业', ...Array.from({ length: 40 }, (_, i) => `备注${i}`)];
      for (let r = 2; r <= 4; r++) sheet.getRow(r).values = [r - 1, `企业${r}`, '工业', ...Array.from({ length: 40 }, () => '-')];
    });
    const file = await parseImportFile(ImportFormat.XLSX, wide);
    expect(file.columns).toEqual({ name: '企业名称', sector: '行业' });
    expect(file.rows).toEqual([2, 3, 4].map((row) => ({ row, cells: { name: `企业${row}`, sector: '工业' } })));

    const long = await workbook((sheet) => {
      sheet.getRow(1).values = ['企业名称'];
      for (let r = 2; r <= 60; r++) sheet.getRow(r).values = [`企业${r}`];
    });
    await expect(parseImportFile(ImportFormat.XLSX, long, { ...DEFAULT_LIMITS, maxRows: 10 })).rejects.toThrow('more than 10 rows');
    await expect(parseImportFile(ImportFormat.XLSX, long, { ...DEFAULT_LIMITS, maxCells: 30 })).rejects.toThrow('more than 30 cells');
  });
});
