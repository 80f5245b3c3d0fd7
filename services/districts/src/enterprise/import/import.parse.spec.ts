import { flagCell, kindCell, parseCsv, parseImportFile, sectorCell, ImportFormat } from './import.parse';

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
