import ExcelJS from 'exceljs';
import { Role } from '@qinshang/auth';
import { Actor, as } from '@qinshang/testkit';
import { download, readCsv, readSheet, refusal } from './support';

const ISSUES = `query ($filter: IssueFilter, $after: String) {
  issues(filter: $filter, first: 200, after: $after) { totalCount edges { node { ledgerNo } } pageInfo { hasNextPage endCursor } }
}`;

type IssuesPage = { issues: { totalCount: number; edges: Array<{ node: { ledgerNo: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** Every ledger number `issues(filter)` lists for this actor, and its totalCount. */
async function listed(actor: Actor, filter: Record<string, unknown>): Promise<{ totalCount: number; ledgerNos: string[] }> {
  const ledgerNos: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const page: IssuesPage = await actor.ok<IssuesPage>(ISSUES, { filter, after });
    totalCount = page.issues.totalCount;
    ledgerNos.push(...page.issues.edges.map((edge) => edge.node.ledgerNo));
    after = page.issues.pageInfo.hasNextPage ? page.issues.pageInfo.endCursor : null;
  } while (after);
  return { totalCount, ledgerNos };
}

async function exportedLedgerNos(path: string, actor: Actor): Promise<string[]> {
  const answer = await download(path, await actor.bearer());
  expect(answer.status).toBe(200);
  const { rows, column } = await readSheet(answer.body);
  return rows.map((row) => String(row.getCell(column('台账编号')).value));
}

describe('the ledger export (台账), through the gateway', () => {
  const office = as.district('610111');

  it("has exactly the rows issues(filter: { districtId: 610111 }) counts for 610111's office, with the same ledger numbers", async () => {
    // Other test files write to 610111 meanwhile: compare in a quiet moment, when two exports
    // either side of the query agree with each other.
    for (let attempt = 1; ; attempt++) {
      const before = await exportedLedgerNos('/exports/ledger.xlsx?districtId=610111', office);
      const query = await listed(office, { districtId: '610111' });
      const after = await exportedLedgerNos('/exports/ledger.xlsx?districtId=610111', office);
      if (attempt < 6 && (before.length !== after.length || query.totalCount !== query.ledgerNos.length || new Set([...before, ...after]).size !== before.length)) continue;
      expect(query.totalCount).toBeGreaterThan(0);
      expect(after).toHaveLength(query.totalCount);
      expect([...after].sort()).toEqual([...query.ledgerNos].sort());
      // Newest first, as the query lists them.
      expect(after).toEqual(query.ledgerNos);
      break;
    }
  });

  it("gives 610125's office nothing of 灞桥区 (610111): refused or empty, never its rows", async () => {
    const other = as.district('610125');
    const answer = await download('/exports/ledger.xlsx?districtId=610111', await other.bearer());
    if (answer.status === 200) {
      const { rows } = await readSheet(answer.body);
      expect(rows).toHaveLength(0);
    } else {
      expect([403, 404]).toContain(answer.status);
    }
    // Its own ledger has only its own rows.
    const own = await exportedLedgerNos('/exports/ledger.xlsx', other);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((ledgerNo) => ledgerNo.startsWith('610125-'))).toBe(true);
  });

  it('writes Chinese headers, a frozen header row and dates as dates', async () => {
    const answer = await download('/exports/ledger.xlsx?districtId=610111&status=CLOSED', await office.bearer());
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="ledger\.xlsx"; filename\*=UTF-8''/);
    const { sheet, headers, rows, column } = await readSheet(answer.body);
    expect(headers).toEqual(['台账编号', '区县', '企业名称', '问题类别', '问题', '紧急程度', '提出时间', '办理路径', '责任部门', '责任人', '办结时限', '状态', '逾期天数', '办理结果', '办结日期', '满意度', '销号日期']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.getCell(column('状态')).value).toBe('已销号');
      expect(row.getCell(column('区县')).value).toBe('灞桥区');
      expect(row.getCell(column('提出时间')).value).toBeInstanceOf(Date);
      expect(row.getCell(column('销号日期')).value).toBeInstanceOf(Date);
      expect(['满意', '基本满意']).toContain(row.getCell(column('满意度')).value);
    }
  });

  it('writes a problem titled =HYPERLINK(...) as that text, never a formula (xlsx and csv)', async () => {
    const title = '=HYPERLINK("http://x","y")';
    const enterprise = await as.district('610113').ok<{ district: { enterprises: { edges: Array<{ node: { id: string } }> } } }>(
      'query { district(id: "610113") { enterprises(first: 1) { edges { node { id } } } } }',
    );
    const raiser = new Actor({ role: Role.DISTRICT_ADMIN, districtId: '610113' });
    const raised = await raiser.ok<{ raiseIssue: { issue: { ledgerNo: string } } }>(
      'mutation ($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { ledgerNo } } }',
      { input: { enterpriseId: enterprise.district.enterprises.edges[0].node.id, category: 'OTHER', title, description: '+1 -1 @SUM(A1) 测试' } },
    );
    const { ledgerNo } = raised.raiseIssue.issue;

    const xlsx = await download('/exports/ledger.xlsx?districtId=610113&status=RAISED', await raiser.bearer());
    const { rows, column } = await readSheet(xlsx.body);
    const row = rows.find((r) => r.getCell(column('台账编号')).value === ledgerNo)!;
    expect(row).toBeDefined();
    const cell = row.getCell(column('问题'));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(title);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe('@');

    const csv = readCsv((await download('/exports/ledger.csv?districtId=610113&status=RAISED', await raiser.bearer())).body);
    const line = csv.find((fields) => fields[0] === ledgerNo)!;
    expect(line[csv[0].indexOf('问题')]).toBe(`'${title}`);
  });

  it('writes the CSV with a BOM, Chinese headers and ISO dates, the same rows as the workbook', async () => {
    const path = '/exports/ledger.%s?districtId=610111&status=CLOSED';
    const csvAnswer = await download(path.replace('%s', 'csv'), await office.bearer());
    expect(csvAnswer.status).toBe(200);
    expect(csvAnswer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...lines] = readCsv(csvAnswer.body);
    expect(header[0]).toBe('台账编号');
    const xlsx = await readSheet((await download(path.replace('%s', 'xlsx'), await office.bearer())).body);
    expect(lines.map((line) => line[0]).sort()).toEqual(xlsx.rows.map((row) => String(row.getCell(1).value)).sort());
    for (const line of lines) {
      expect(line[header.indexOf('提出时间')]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(line[header.indexOf('销号日期')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('refuses without a token (401), a role not admitted (403) and a bad filter (400 BAD_USER_INPUT naming it)', async () => {
    const none = await download('/exports/ledger.xlsx', null);
    expect(none.status).toBe(401);
    expect(refusal(none).extensions.code).toBe('UNAUTHENTICATED');

    const enterprise = new Actor({ role: Role.ENTERPRISE, districtId: '610111', enterpriseId: '610111-E0001' });
    const forbidden = await download('/exports/ledger.csv', await enterprise.bearer());
    expect(forbidden.status).toBe(403);
    expect(refusal(forbidden).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ADMITTED' });

    for (const [query, field] of [
      ['districtId=61011', 'districtId'],
      ['status=OPENED', 'status'],
      ['overdue=yes', 'overdue'],
      ['colour=red', 'colour'],
    ]) {
      const bad = await download(`/exports/ledger.xlsx?${query}`, await office.bearer());
      expect(bad.status).toBe(400);
      expect(refusal(bad).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const unknown = await download('/exports/nothing.xlsx', await office.bearer());
    expect(unknown.status).toBe(404);
  });
});
