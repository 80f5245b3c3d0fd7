import { Role } from '@qinshang/auth';
import { Actor, as } from '@qinshang/testkit';
import { download, readCsv, readSheet, refusal } from './support';

const PERIOD = '2016-08';
/** A month of its own for the inspection this file records (no other test reads 2036). */
const INSPECTED = '2036-06';
const TENANTS = { '610104': { name: '莲湖区', other: '610111' }, '610111': { name: '灞桥区', other: '610104' } } as const;

/**
 * Each export with a query its rows answer, the tenant whose office asks (one with such records
 * in the seeded history), the column naming the tenant, and the one naming the official.
 */
const EXPORTS: Array<{ name: string; query: string; district: keyof typeof TENANTS; tenant: string; official?: string }> = [
  { name: 'ledger', query: '', district: '610104', tenant: '区县' },
  { name: 'enterprises', query: '', district: '610104', tenant: '区县', official: '包抓干部编号' },
  { name: 'visits', query: `period=${PERIOD}`, district: '610104', tenant: '区县', official: '干部编号' },
  { name: 'excuses', query: `period=${PERIOD}`, district: '610111', tenant: '区县', official: '干部编号' },
  { name: 'reports', query: `period=${PERIOD}`, district: '610104', tenant: '区县', official: '干部编号' },
  { name: 'inspections', query: `period=${INSPECTED}`, district: '610104', tenant: '区县' },
  { name: 'deductions', query: `period=${INSPECTED}`, district: '610104', tenant: '区县' },
  { name: 'rankings', query: `period=${PERIOD}`, district: '610104', tenant: '区县' },
];

async function sheetOf(name: string, query: string, actor: Actor) {
  const answer = await download(`/exports/${name}.xlsx${query ? `?${query}` : ''}`, await actor.bearer());
  expect(answer.status).toBe(200);
  return readSheet(answer.body);
}

async function csvOf(name: string, query: string, actor: Actor) {
  const answer = await download(`/exports/${name}.csv${query ? `?${query}` : ''}`, await actor.bearer());
  expect(answer.status).toBe(200);
  return readCsv(answer.body);
}

describe("every export in the caller's own scope, through the gateway", () => {
  const city = as.city();
  const lianhu = as.district('610104');

  beforeAll(async () => {
    // An inspection with a deduction, so those two exports have a row to scope.
    await as.inspector().ok('mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }', {
      input: {
        districtId: '610104',
        kind: 'UNANNOUNCED',
        inspectedOn: `${INSPECTED}-10`,
        officialIds: ['610104-O0001'],
        findings: [{ summary: '=走访记录不全', officialId: '610104-O0001', deductions: [{ points: 2, reason: '走访记录不全' }] }],
      },
    });
  });

  it.each(EXPORTS)('$name: a district office gets its own tenant only, the city every tenant; the CSV has the same rows', async ({ name, query, district, tenant }) => {
    const office = as.district(district);
    const { name: tenantName, other } = TENANTS[district];
    const mine = await sheetOf(name, query, office);
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(mine.rows.every((row) => row.getCell(mine.column(tenant)).value === tenantName)).toBe(true);

    const all = await sheetOf(name, query, city);
    expect(all.rows.length).toBeGreaterThanOrEqual(mine.rows.length);
    if (name !== 'inspections' && name !== 'deductions') expect(new Set(all.rows.map((row) => row.getCell(all.column(tenant)).value)).size).toBeGreaterThan(1);

    const [header, ...lines] = await csvOf(name, query, office);
    expect(header).toEqual(mine.headers);
    expect(lines.length).toBe(mine.rows.length);
    expect(lines.every((line) => line[header.indexOf(tenant)] === tenantName)).toBe(true);

    // Another tenant's rows asked for by name: none.
    if (name !== 'rankings') {
      const elsewhere = await sheetOf(name, [query, `districtId=${other}`].filter(Boolean).join('&'), office);
      expect(elsewhere.rows).toHaveLength(0);
    }
  });

  it('writes a finding that starts with = as text in the deductions export', async () => {
    const { rows, column } = await sheetOf('deductions', `period=${INSPECTED}`, lianhu);
    const cell = rows.map((row) => row.getCell(column('发现问题'))).find((c) => c.value === '=走访记录不全')!;
    expect(cell).toBeDefined();
    expect(cell.formula).toBeUndefined();
    const [header, ...lines] = await csvOf('deductions', `period=${INSPECTED}`, lianhu);
    expect(lines.map((line) => line[header.indexOf('发现问题')])).toContain("'=走访记录不全");
  });

  it.each(EXPORTS.filter((e) => e.official))("$name: an official gets only its own records", async ({ name, query, district, official }) => {
    const office = await sheetOf(name, query, as.district(district));
    const someone = office.rows.map((row) => String(row.getCell(office.column(official!)).value ?? '')).find((id) => id.startsWith(`${district}-O`));
    expect(someone).toBeDefined();
    const actor = new Actor({ role: Role.OFFICIAL, districtId: district, officialId: someone!, sub: `official:${someone}` });
    const own = await sheetOf(name, query, actor);
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.length).toBeLessThan(office.rows.length);
    expect(own.rows.every((row) => row.getCell(own.column(official!)).value === someone)).toBe(true);
  });

  it("scorecards: a tenant's month for its office, nothing of another tenant's", async () => {
    const mine = await sheetOf('scorecards', `period=${PERIOD}&districtId=610104`, lianhu);
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(mine.rows.every((row) => String(row.getCell(mine.column('干部编号')).value).startsWith('610104-O'))).toBe(true);
    const other = await sheetOf('scorecards', `period=${PERIOD}&districtId=610111`, lianhu);
    expect(other.rows).toHaveLength(0);
    const missing = await download(`/exports/scorecards.xlsx?period=${PERIOD}`, await lianhu.bearer());
    expect(missing.status).toBe(400);
    expect(refusal(missing).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'districtId' });
  });

  it('refuses the roles an export does not admit, as its query does', async () => {
    const department = new Actor({ role: Role.DEPARTMENT, departmentId: '610104-D01' });
    for (const name of ['enterprises', 'visits', 'inspections']) {
      const answer = await download(`/exports/${name}.xlsx?period=${PERIOD}`, await department.bearer());
      expect(answer.status).toBe(403);
      expect(refusal(answer).extensions.code).toBe('FORBIDDEN');
    }
    const badPeriod = await download('/exports/visits.csv?period=2016-13', await lianhu.bearer());
    expect(badPeriod.status).toBe(400);
    expect(refusal(badPeriod).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'period' });
  });
});
