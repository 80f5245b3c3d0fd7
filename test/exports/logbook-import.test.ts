import { as } from '@qinshang/testkit';
import type { Client } from 'pg';
import { countOf, ownerClient } from '../organisation/support/fixtures';

const DISTRICT = '610122';
const PAIRINGS = `mutation ($input: ImportPairingsInput!) {
  importPairings(input: $input) { accepted dryRun rowCount imported summary rejected { row column field reason } pairings { id startedOn official { id } enterprise { id } } }
}`;
const VISITS = `mutation ($input: ImportVisitsInput!) {
  importVisits(input: $input) { accepted dryRun period rowCount imported summary rejected { row column field reason } visits { id visitedOn mode summary official { id } enterprise { id } } }
}`;
const OFFICIALS = `mutation ($input: ImportOfficialsInput!) { importOfficials(input: $input) { accepted officials { id } } }`;

type Rejected = Array<{ row: number; column: string | null; field: string | null; reason: string }>;

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\r\n'), 'utf8').toString('base64');

/** A month in Asia/Shanghai, `months` before this one. */
function monthBefore(months: number): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

describe('importing pairings and a past month of the paper logbook (纪实手册)', () => {
  const office = as.district(DISTRICT);
  let db: Client;
  let enterprises: string[];
  let officials: string[];
  beforeAll(async () => {
    db = await ownerClient();
    // Three new projects and three new officials of the tenant, nobody paired yet.
    const tag = `L${Date.now() % 100000}`;
    enterprises = [];
    for (let i = 1; i <= 3; i++) {
      const added = await office.ok<{ addEnterprise: { enterprise: { id: string } } }>(
        'mutation ($input: AddEnterpriseInput!) { addEnterprise(input: $input) { enterprise { id } } }',
        { input: { districtId: DISTRICT, name: `纪实手册测试项目${tag}-${i}`, sector: 'CULTURE', source: 'DISTRICT_SELECTED', kind: 'PROJECT' } },
      );
      enterprises.push(added.addEnterprise.enterprise.id);
    }
    const imported = await office.ok<{ importOfficials: { accepted: boolean; officials: Array<{ id: string }> } }>(OFFICIALS, {
      input: { districtId: DISTRICT, format: 'CSV', contentBase64: csv([['姓名', '职务'], ...[1, 2, 3].map((i) => [`纪实干部${tag}-${i}`, '科员'])]) },
    });
    officials = imported.importOfficials.officials.map((o) => o.id);
  });
  afterAll(() => db.end());

  const events = (type: string) => countOf(db, 'SELECT count(*) FROM eventlog.event WHERE type = $1 AND district_id = $2', [type, DISTRICT]);

  it('pairings: one bad row writes nothing and is named; fixed, all are paired, one pairing.started each', async () => {
    const started = `${monthBefore(2)}-01`;
    const rows = [['企业编号', '干部编号', '结对日期'], ...enterprises.map((e, i) => [e, officials[i], started])];
    rows[2][1] = `${DISTRICT}-O9999`;
    const before = await events('pairing.started');
    const refused = await office.ok<{ importPairings: { accepted: boolean; imported: number; rejected: Rejected } }>(PAIRINGS, { input: { districtId: DISTRICT, format: 'CSV', contentBase64: csv(rows) } });
    expect(refused.importPairings).toMatchObject({ accepted: false, imported: 0 });
    expect(refused.importPairings.rejected).toEqual([{ row: 3, column: '干部编号', field: 'officialId', reason: `${DISTRICT}-O9999 is not one of the tenant's officials` }]);
    expect(await events('pairing.started')).toBe(before);

    rows[2][1] = officials[1];
    const dry = await office.ok<{ importPairings: { accepted: boolean; imported: number } }>(PAIRINGS, { input: { districtId: DISTRICT, format: 'CSV', contentBase64: csv(rows), dryRun: true } });
    expect(dry.importPairings).toMatchObject({ accepted: true, imported: 0 });
    expect(await events('pairing.started')).toBe(before);

    const done = await office.ok<{ importPairings: { accepted: boolean; imported: number; pairings: Array<{ startedOn: string; official: { id: string }; enterprise: { id: string } }> } }>(PAIRINGS, {
      input: { districtId: DISTRICT, format: 'CSV', contentBase64: csv(rows) },
    });
    expect(done.importPairings).toMatchObject({ accepted: true, imported: 3 });
    expect(done.importPairings.pairings.map((p) => [p.enterprise.id, p.official.id, p.startedOn])).toEqual(enterprises.map((e, i) => [e, officials[i], started]));
    expect(await events('pairing.started')).toBe(before + 3);
  });

  it("visits of a past month: a day outside the month or a pair not paired that day is named and nothing written; fixed, every visit and its visit.recorded", async () => {
    const period = monthBefore(1);
    const header = ['走访日期', '干部编号', '企业编号', '服务方式', '走访情况'];
    const rows = [header, [`${period}-03`, officials[0], enterprises[0], '走访', '了解用工需求'], [`${period}-10`, officials[1], enterprises[1], '帮办', '帮办环评手续'], [`${period}-12`, officials[2], enterprises[2], '陪办', '陪同办理用地审批']];
    const wrong = [...rows.map((r) => [...r])];
    wrong[2][0] = `${monthBefore(0)}-01`;
    wrong[3][1] = officials[0];
    const before = await events('visit.recorded');
    const refused = await office.ok<{ importVisits: { accepted: boolean; rejected: Rejected } }>(VISITS, { input: { districtId: DISTRICT, period, format: 'CSV', contentBase64: csv(wrong) } });
    expect(refused.importVisits.accepted).toBe(false);
    expect(refused.importVisits.rejected).toEqual([
      { row: 3, column: '走访日期', field: 'visitedOn', reason: `${monthBefore(0)}-01 is not in ${period}, the month this logbook is imported for` },
      { row: 4, column: '干部编号', field: 'officialId', reason: `${officials[0]} was not paired with ${enterprises[2]} on ${period}-12` },
    ]);
    expect(await events('visit.recorded')).toBe(before);

    const done = await office.ok<{ importVisits: { accepted: boolean; imported: number; visits: Array<{ visitedOn: string; mode: string; official: { id: string } }> } }>(VISITS, {
      input: { districtId: DISTRICT, period, format: 'CSV', contentBase64: csv(rows) },
    });
    expect(done.importVisits).toMatchObject({ accepted: true, imported: 3 });
    expect(done.importVisits.visits.map((v) => [v.visitedOn, v.mode, v.official.id])).toEqual([
      [`${period}-03`, 'VISIT', officials[0]],
      [`${period}-10`, 'HELP', officials[1]],
      [`${period}-12`, 'ACCOMPANY', officials[2]],
    ]);
    expect(await events('visit.recorded')).toBe(before + 3);

    // The same logbook again: every row is already recorded. This month is not a logbook's.
    const again = await office.ok<{ importVisits: { rejected: Rejected } }>(VISITS, { input: { districtId: DISTRICT, period, format: 'CSV', contentBase64: csv(rows) } });
    expect(again.importVisits.rejected.map((r) => r.reason)).toEqual(['This visit is already recorded', 'This visit is already recorded', 'This visit is already recorded']);
    const current = await office.send(VISITS, { input: { districtId: DISTRICT, period: monthBefore(0), format: 'CSV', contentBase64: csv(rows) } });
    expect(current.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
  });
});
