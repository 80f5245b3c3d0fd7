import { as } from '@qinshang/testkit';
import { appendAndProject, closePool, TenantEvents } from './helpers';

/** The contract's city-dashboard ranking part: one ranking per tenant for a month in which each has officials. */
describe("the city dashboard's rankings", () => {
  afterAll(() => closePool());

  it('ranks every tenant, even one with no activity at all', async () => {
    const districts = await as.city().ok<{ city: { districts: Array<{ id: string }> } }>(`query { city { districts { id } } }`);
    expect(districts.city.districts.length).toBe(21);
    // Each tenant gets an official of its own from February 2026 (the seeded ones, where the log
    // has them, are older): half of them also visit, the others do nothing at all.
    const events = districts.city.districts.flatMap(({ id }, index) => {
      const t = new TenantEvents(id).official(`${id}-EVAL-DASH`, '2026-02-01T00:00:00Z').pairing(`${id}-EVAL-DASH-P`, `${id}-EVAL-DASH`, `${id}-EVAL-DASH-E`, '2026-02-01');
      if (index % 2 === 0) t.visits(`${id}-EVAL-DASH`, `${id}-EVAL-DASH-E`, ['2026-03-10', '2026-03-20']);
      return t.events;
    });
    await appendAndProject(events);

    const data = await as.city().ok<{ city: { districts: Array<{ id: string; kind: string; ranking: { rank: number; score: number; visitCompliance: number | null; responseRate: number | null; resolutionRate: number | null; satisfactionRate: number | null } | null }> } }>(
      `query CityDashboard($period: String!) {
        city { districts { id name kind ranking(period: $period) { rank score visitCompliance responseRate resolutionRate satisfactionRate } } }
      }`,
      { period: '2026-03' },
    );
    const rankings = data.city.districts.map((d) => d.ranking);
    expect(rankings.every((r) => r !== null)).toBe(true);
    const ranks = rankings.map((r) => r!.rank);
    expect(new Set(ranks).size).toBe(21);
    // A district office sees its own line and nothing of the others.
    const own = await as.district(data.city.districts[0].id).ok<{ city: { rankings: Array<{ districtId: string }> } }>(`query { city { rankings(period: "2026-03") { districtId } } }`);
    expect(own.city.rankings.map((r) => r.districtId)).toEqual([data.city.districts[0].id]);
  });
});
