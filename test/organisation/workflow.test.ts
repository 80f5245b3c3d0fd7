import { Role } from '@qinshang/auth';
import { Actor, as, graphql, stackInfo, tokenFor } from '@qinshang/testkit';
import type { Client } from 'pg';
import { countOf, freshCreditCode, ownerClient } from './support/fixtures';

/** Writes go to 碑林区 (610103); 新城区 (610102) is the other tenant. Everything here is created by the test. */
const A = '610103';
const B = '610102';

const ADD_ENTERPRISE = `mutation ($input: AddEnterpriseInput!) { addEnterprise(input: $input) { enterprise { id } } }`;
const ADD_OFFICIAL = `mutation ($input: AddOfficialInput!) { addOfficial(input: $input) { official { id name district { id } } } }`;
const PAIR = `mutation ($input: PairOfficialInput!) {
  pairOfficial(input: $input) { pairing { id startedOn endedOn active reason replaces official { id } enterprise { id } } ended { id endedOn endReason active } }
}`;
const VISIT = `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id visitedOn period mode summary handedOver official { id } enterprise { id } } } }`;
const EXCUSE = `mutation ($input: RecordExcuseInput!) { recordExcuse(input: $input) { excuse { id period reason note official { id } } } }`;
const REPORT = `mutation ($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { report { id period progress outputValue investment late dueAt submittedAt } } }`;

const today = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
const thisMonth = () => today().slice(0, 7);

describe('pairings, visits, excuses and monthly reports', () => {
  const office = as.district(A);
  let db: Client;
  let enterpriseId: string;
  let firstOfficial: string;
  let secondOfficial: string;

  const addEnterprise = async (districtId = A, actor: Actor = office) =>
    (
      await actor.ok<{ addEnterprise: { enterprise: { id: string } } }>(ADD_ENTERPRISE, {
        input: { districtId, name: `流程测试企业${Math.random().toString(36).slice(2, 7)}`, creditCode: freshCreditCode('W', districtId), sector: 'INDUSTRY', source: 'DISTRICT_SELECTED' },
      })
    ).addEnterprise.enterprise.id;
  const addOfficial = async (name: string) => (await office.ok<{ addOfficial: { official: { id: string } } }>(ADD_OFFICIAL, { input: { districtId: A, name, title: '科员' } })).addOfficial.official.id;
  const events = async (streamId: string) => (await db.query(`SELECT type FROM eventlog.event WHERE stream_id = $1 ORDER BY position`, [streamId])).rows.map((r) => r.type);

  beforeAll(async () => {
    db = await ownerClient();
    enterpriseId = await addEnterprise();
    firstOfficial = await addOfficial('测试甲');
    secondOfficial = await addOfficial('测试乙');
  });
  afterAll(() => db.end());

  it('adds an official with its official.added event; another tenant cannot', async () => {
    expect(firstOfficial).toMatch(/^610103-O\d{4}$/);
    expect(await events(firstOfficial)).toEqual(['official.added']);
    const other = await as.district(B).send(ADD_OFFICIAL, { input: { districtId: A, name: 'x' } });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await office.send(ADD_OFFICIAL, { input: { districtId: A, name: ' ' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('pairs, then re-pairs ending the current pairing and keeping the history, with pairing.ended and pairing.started', async () => {
    const first = await office.ok<{ pairOfficial: { pairing: { id: string; active: boolean }; ended: unknown[] } }>(PAIR, {
      input: { enterpriseId, officialId: firstOfficial, startedOn: '2016-07-01', reason: '结对' },
    });
    expect(first.pairOfficial.pairing).toMatchObject({ active: true, startedOn: '2016-07-01', replaces: null, official: { id: firstOfficial }, enterprise: { id: enterpriseId } });
    expect(first.pairOfficial.ended).toEqual([]);
    const again = await office.send(PAIR, { input: { enterpriseId, officialId: firstOfficial } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const tooEarly = await office.send(PAIR, { input: { enterpriseId, officialId: secondOfficial, startedOn: '2016-06-30' } });
    expect(tooEarly.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startedOn' });
    const future = await office.send(PAIR, { input: { enterpriseId, officialId: secondOfficial, startedOn: '2999-01-01' } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startedOn' });

    const second = await office.ok<{ pairOfficial: { pairing: { id: string; replaces: string }; ended: Array<{ id: string; endedOn: string; endReason: string; active: boolean }> } }>(PAIR, {
      input: { enterpriseId, officialId: secondOfficial, startedOn: '2016-08-01', reason: '工作调整' },
    });
    expect(second.pairOfficial.pairing.replaces).toBe(first.pairOfficial.pairing.id);
    expect(second.pairOfficial.ended).toEqual([{ id: first.pairOfficial.pairing.id, endedOn: '2016-08-01', endReason: '工作调整', active: false }]);
    expect(await events(first.pairOfficial.pairing.id)).toEqual(['pairing.started', 'pairing.ended']);
    expect(await events(second.pairOfficial.pairing.id)).toEqual(['pairing.started']);

    const history = await office.ok<{ enterprise: { official: { id: string }; pairings: Array<{ official: { id: string }; active: boolean }> }; official: { pairings: Array<{ active: boolean }> } }>(
      `query ($e: ID!, $o: ID!) { enterprise(id: $e) { official { id } pairings { active official { id } } } official(id: $o) { pairings { active } } }`,
      { e: enterpriseId, o: firstOfficial },
    );
    expect(history.enterprise.official.id).toBe(secondOfficial);
    expect(history.enterprise.pairings).toEqual([
      { active: true, official: { id: secondOfficial } },
      { active: false, official: { id: firstOfficial } },
    ]);
    expect(history.official.pairings).toEqual([{ active: false }]);
  });

  it("refuses to pair with another tenant's official or enterprise (NOT_FOUND), and a non-office (FORBIDDEN)", async () => {
    for (const input of [
      { enterpriseId, officialId: `${B}-O0001` },
      { enterpriseId: `${B}-E0001`, officialId: firstOfficial },
    ]) {
      expect((await office.send(PAIR, { input })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const official = new Actor({ role: Role.OFFICIAL, districtId: A, officialId: secondOfficial });
    expect((await official.send(PAIR, { input: { enterpriseId, officialId: firstOfficial } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The city office pairing across tenants is told which field is wrong.
    const city = await as.city().send(PAIR, { input: { enterpriseId, officialId: `${B}-O0001` } });
    expect(city.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'officialId' });
  });

  it('lets the paired official record a visit, and only for its own enterprise, never in the future', async () => {
    const official = new Actor({ role: Role.OFFICIAL, districtId: A, officialId: secondOfficial });
    const data = await official.ok<{ recordVisit: { visit: Record<string, unknown> & { id: string } } }>(VISIT, {
      input: { enterpriseId, visitedOn: '2016-08-10', mode: 'ON_BEHALF', summary: '代办环评手续', handedOver: '环评批复' },
    });
    expect(data.recordVisit.visit).toMatchObject({ visitedOn: '2016-08-10', period: '2016-08', mode: 'ON_BEHALF', handedOver: '环评批复', official: { id: secondOfficial }, enterprise: { id: enterpriseId } });
    const { rows } = await db.query(`SELECT type, payload FROM eventlog.event WHERE stream_id = $1`, [data.recordVisit.visit.id]);
    expect(rows).toEqual([
      { type: 'visit.recorded', payload: { visitId: data.recordVisit.visit.id, districtId: A, officialId: secondOfficial, enterpriseId, visitedOn: '2016-08-10', period: '2016-08', mode: 'ON_BEHALF' } },
    ]);

    const future = await official.send(VISIT, { input: { enterpriseId, visitedOn: '2999-01-01', mode: 'VISIT', summary: 'x' } });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visitedOn' });
    const beforePairing = await official.send(VISIT, { input: { enterpriseId, visitedOn: '2016-07-15', mode: 'VISIT', summary: 'x' } });
    expect(beforePairing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visitedOn' });
    const empty = await official.send(VISIT, { input: { enterpriseId, visitedOn: '2016-08-11', mode: 'VISIT', summary: '  ' } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
    // Its previous official is no longer paired: the enterprise is out of its reach.
    const previous = new Actor({ role: Role.OFFICIAL, districtId: A, officialId: firstOfficial });
    expect((await previous.send(VISIT, { input: { enterpriseId, visitedOn: '2016-08-12', mode: 'VISIT', summary: 'x' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // An office records one for the tenant's enterprise; the other tenant's office cannot.
    await office.ok(VISIT, { input: { enterpriseId, visitedOn: '2016-08-20', mode: 'HELP', summary: '帮办用地手续' } });
    expect((await as.district(B).send(VISIT, { input: { enterpriseId, visitedOn: '2016-08-20', mode: 'HELP', summary: 'x' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const claims of [{ role: Role.ENTERPRISE, districtId: A, enterpriseId }, { role: Role.INSPECTOR }, { role: Role.DEPARTMENT, departmentId: 'D', districtId: A }]) {
      expect((await new Actor(claims).send(VISIT, { input: { enterpriseId, visitedOn: '2016-08-20', mode: 'HELP', summary: 'x' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lists visits a page at a time, per month, with a count from SQL; an official sees only its own', async () => {
    const query = `query ($e: ID!, $after: String, $period: String) {
      enterprise(id: $e) { visits(first: 1, after: $after, period: $period) { totalCount pageInfo { hasNextPage endCursor } edges { node { visitedOn mode } } } }
    }`;
    const page1 = await office.ok<{ enterprise: { visits: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { visitedOn: string } }> } } }>(query, { e: enterpriseId });
    expect(page1.enterprise.visits.totalCount).toBe(2);
    expect(page1.enterprise.visits.edges.map((e) => e.node.visitedOn)).toEqual(['2016-08-20']);
    const page2 = await office.ok<typeof page1>(query, { e: enterpriseId, after: page1.enterprise.visits.pageInfo.endCursor });
    expect(page2.enterprise.visits.edges.map((e) => e.node.visitedOn)).toEqual(['2016-08-10']);
    expect(page2.enterprise.visits.pageInfo.hasNextPage).toBe(false);
    expect((await office.ok<typeof page1>(query, { e: enterpriseId, period: '2016-09' })).enterprise.visits.totalCount).toBe(0);
    expect((await office.send(query, { e: enterpriseId, period: '2016-9' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });

    const official = new Actor({ role: Role.OFFICIAL, districtId: A, officialId: secondOfficial });
    const own = await official.ok<{ official: { visits: { totalCount: number } } }>(`query ($o: ID!) { official(id: $o) { visits { totalCount } } }`, { o: secondOfficial });
    expect(own.official.visits.totalCount).toBe(2);
    expect(await as.district(B).ok(`query ($o: ID!) { official(id: $o) { visits { totalCount } } }`, { o: secondOfficial })).toEqual({ official: null });
  });

  it('records an excuse only for a month without a visit, once', async () => {
    const official = new Actor({ role: Role.OFFICIAL, districtId: A, officialId: secondOfficial });
    const withVisit = await official.send(EXCUSE, { input: { enterpriseId, period: '2016-08', reason: 'ILLNESS' } });
    expect(withVisit.errors?.[0].extensions?.code).toBe('CONFLICT');
    const data = await official.ok<{ recordExcuse: { excuse: { id: string; reason: string } } }>(EXCUSE, { input: { enterpriseId, period: '2016-09', reason: 'AWAY_ON_DUTY', note: '赴京学习' } });
    expect(data.recordExcuse.excuse).toMatchObject({ reason: 'AWAY_ON_DUTY', period: '2016-09', note: '赴京学习', official: { id: secondOfficial } });
    expect(await events(data.recordExcuse.excuse.id)).toEqual(['visit.excused']);
    expect((await official.send(EXCUSE, { input: { enterpriseId, period: '2016-09', reason: 'TRAINING' } })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await official.send(EXCUSE, { input: { enterpriseId, period: '2999-01', reason: 'TRAINING' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect((await as.district(B).send(EXCUSE, { input: { enterpriseId, period: '2016-10', reason: 'TRAINING' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('takes one monthly report per pairing and month, late after day 5 of the next month', async () => {
    const official = new Actor({ role: Role.OFFICIAL, districtId: A, officialId: secondOfficial });
    const old = await official.ok<{ submitMonthlyReport: { report: { id: string; late: boolean; dueAt: string; outputValue: number } } }>(REPORT, {
      input: { enterpriseId, period: '2016-08', progress: '产值稳定增长', outputValue: 1250000.5, investment: 0 },
    });
    expect(old.submitMonthlyReport.report).toMatchObject({ late: true, dueAt: '2016-09-05T16:00:00.000Z', outputValue: 1250000.5, investment: 0 });
    expect(await events(old.submitMonthlyReport.report.id)).toEqual(['report.submitted']);
    const current = await official.ok<{ submitMonthlyReport: { report: { late: boolean; dueAt: string } } }>(REPORT, { input: { enterpriseId, period: thisMonth(), progress: '正常' } });
    expect(current.submitMonthlyReport.report.late).toBe(false);
    // The due day is the campaign rules' (owned by the city subgraph, learnt from the event log).
    const rules = await office.ok<{ city: { campaign: { rules: { reportDueDay: number } } } }>(`query ($p: String) { city { campaign { rules(period: $p) { reportDueDay } } } }`, { p: thisMonth() });
    const dueLocal = new Date(new Date(current.submitMonthlyReport.report.dueAt).getTime() + 8 * 3_600_000);
    expect(dueLocal.getUTCDate()).toBe(rules.city.campaign.rules.reportDueDay + 1);
    const twice = await office.send(REPORT, { input: { enterpriseId, period: '2016-08', progress: '更正' } });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await official.send(REPORT, { input: { enterpriseId, period: '2016-10', progress: 'x', outputValue: -1 } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outputValue' });
    expect((await official.send(REPORT, { input: { enterpriseId, period: '2999-01', progress: 'x' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect((await as.district(B).send(REPORT, { input: { enterpriseId, period: '2016-10', progress: 'x' } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const reports = await office.ok<{ enterprise: { reports: Array<{ period: string }> } }>(`query ($e: ID!) { enterprise(id: $e) { reports { period } } }`, { e: enterpriseId });
    expect(reports.enterprise.reports.map((r) => r.period)).toEqual([thisMonth(), '2016-08']);
    // The enterprise sees the reports about itself; an inspector sees them; a department does not.
    expect((await new Actor({ role: Role.ENTERPRISE, districtId: A, enterpriseId }).ok<typeof reports>(`query ($e: ID!) { enterprise(id: $e) { reports { period } } }`, { e: enterpriseId })).enterprise.reports).toHaveLength(2);
    expect((await as.inspector().ok<typeof reports>(`query ($e: ID!) { enterprise(id: $e) { reports { period } } }`, { e: enterpriseId })).enterprise.reports).toHaveLength(2);
    // A department sees only the enterprises its problems concern (test/tenancy/department-scope.test.ts).
    const department = await new Actor({ role: Role.DEPARTMENT, departmentId: 'D', districtId: A }).ok<{ enterprise: unknown }>(
      `query ($e: ID!) { enterprise(id: $e) { id reports { period } official { id } contactName } }`,
      { e: enterpriseId },
    );
    expect(department.enterprise).toBeNull();
  });

  it('pages a tenant’s officials, counting in SQL; another tenant gets null', async () => {
    const query = `query ($d: ID!, $after: String) { district(id: $d) { officials(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const data: { district: { officials: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } } } = await office.ok(query, { d: A, after });
      total = data.district.officials.totalCount;
      seen.push(...data.district.officials.edges.map((e) => e.node.id));
      after = data.district.officials.pageInfo.hasNextPage ? data.district.officials.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(total).toBe(await countOf(db, 'SELECT count(*) FROM districts.official WHERE district_id = $1', [A]));
    expect(await as.district(B).ok(query, { d: A })).toEqual({ district: null });
  });

  it("answers _entities at the subgraph with null for another tenant's official, whatever is asked of it", async () => {
    const url = stackInfo().subgraphUrls.districts;
    const token = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: B });
    const response = await graphql<{ _entities: unknown[] }>(
      url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Official { id pairings { id } visits { totalCount } } ... on Enterprise { id reports { id } excuses { id } } } }',
      { r: [{ __typename: 'Official', id: secondOfficial }, { __typename: 'Enterprise', id: enterpriseId }] },
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toEqual([null, null]);
  });
});
