import { as } from '@qinshang/testkit';
import { appendAndProject, closePool, ev, rules, runId, TenantEvents } from './helpers';

/** The year's candidates, ranked from the evidence; deductions above the threshold disqualify. */
describe('commendation', () => {
  const run = runId();
  const T = `T${run}C`;
  const YEAR = '2024';
  const MONTHS = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
  afterAll(() => closePool());

  it('proposes the best as outstanding and excellent within the quotas, disqualifies by deductions, and records the confirmed list once', async () => {
    const t = new TenantEvents(T).registered('DISTRICT', '2024-01-01T00:00:00Z');
    for (const n of [1, 2, 3]) t.official(`${T}-${n}`, '2024-01-01T00:00:00Z').pairing(`${T}-P${n}`, `${T}-${n}`, `${T}-E${n}`, '2024-01-01');
    // 1: every visit, every month. 2: one visit of two. 3: every visit, but 6 points deducted.
    for (const p of MONTHS) {
      t.visits(`${T}-1`, `${T}-E1`, [`${p}-05`, `${p}-15`]).visits(`${T}-2`, `${T}-E2`, [`${p}-05`]).visits(`${T}-3`, `${T}-E3`, [`${p}-05`, `${p}-15`]);
      // Reports on the first of the next month (Asia/Shanghai), on time.
      for (const n of [1, 2, 3]) t.report(`${T}-${n}`, `${T}-E${n}`, p, `${p}-27T02:00:00Z`, false);
    }
    const deduction = ev('deduction.recorded', T, { deductionId: `${T}-D`, inspectionId: `${T}-X`, findingId: `${T}-F`, districtId: T, officialId: `${T}-3`, points: 6, reason: '推诿扯皮', period: '2024-06' }, '2024-06-20T00:00:00Z');
    await appendAndProject([rules(2401, '2024-01', { commendationQuotas: { outstanding: 1, excellent: 1 }, disqualifyingDeduction: 5 }), ...t.events, deduction]);

    const CANDIDATES = `query { commendationCandidates(year: "${YEAR}") {
      rulesVersion outstandingQuota excellentQuota disqualifyingDeduction
      outstanding { officialId rank level averageScore months visits requiredVisits visitCompliance deductions disqualified }
      excellent { officialId rank level averageScore }
      disqualified { officialId deductions disqualified }
      confirmed { officialId level } } }`;
    const data = await as.city().ok<{ commendationCandidates: Record<string, any> }>(CANDIDATES);
    const c = data.commendationCandidates;
    expect(c).toMatchObject({ rulesVersion: 2401, outstandingQuota: 1, excellentQuota: 1, disqualifyingDeduction: 5, confirmed: [] });
    expect(c.outstanding).toEqual([
      { officialId: `${T}-1`, rank: 1, level: 'OUTSTANDING', averageScore: 100, months: 12, visits: 24, requiredVisits: 24, visitCompliance: 1, deductions: 0, disqualified: false },
    ]);
    // 2: visits .5 and reports 1 over weights .3 + .1: (.15 + .1) / .4 = 62.5 each month.
    expect(c.excellent).toEqual([{ officialId: `${T}-2`, rank: 2, level: 'EXCELLENT', averageScore: 62.5 }]);
    expect(c.disqualified).toEqual(expect.arrayContaining([{ officialId: `${T}-3`, deductions: 6, disqualified: true }]));

    const CONFIRM = `mutation ($input: ConfirmCommendationsInput!) { confirmCommendations(input: $input) { officialId level averageScore confirmedBy } }`;
    const bad = await as.city().send(CONFIRM, { input: { year: YEAR, outstanding: [`${T}-3`], excellent: [] } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outstanding' });
    const inspector = await as.inspector().send(CONFIRM, { input: { year: YEAR, outstanding: [`${T}-1`], excellent: [] } });
    expect(inspector.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const confirmed = await as.city().ok<{ confirmCommendations: unknown[] }>(CONFIRM, { input: { year: YEAR, outstanding: [`${T}-1`], excellent: [`${T}-2`], note: 'test' } });
    expect(confirmed.confirmCommendations).toEqual([
      { officialId: `${T}-1`, level: 'OUTSTANDING', averageScore: 100, confirmedBy: expect.any(String) },
      { officialId: `${T}-2`, level: 'EXCELLENT', averageScore: 62.5, confirmedBy: expect.any(String) },
    ]);
    const twice = await as.city().send(CONFIRM, { input: { year: YEAR, outstanding: [`${T}-1`], excellent: [] } });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
