import { as } from '@qinshang/testkit';
import { appendAndProject, closePool, rules, runId, TenantEvents } from './helpers';

/** Equal figures never share a rank; a rate needs its minimum sample (here 2) to count. */
describe('ranking ties and the minimum sample', () => {
  const run = runId();
  const PERIOD = '2038-05';
  afterAll(() => closePool());

  it('breaks a tie by the tenant code and leaves a rate under the minimum sample out of the score', async () => {
    // Codes chosen so that the code order is the reverse of the order the events are written in.
    const [T2, T1, T3, T4] = [`T${run}2`, `T${run}1`, `T${run}3`, `T${run}4`];
    const tenant = (id: string, closures: Array<'SATISFIED' | 'DISSATISFIED'>) => {
      const t = new TenantEvents(id)
        .registered('DEVELOPMENT_ZONE', '2038-01-01T00:00:00Z')
        .official(`${id}-1`, '2038-01-01T00:00:00Z')
        .pairing(`${id}-P`, `${id}-1`, `${id}-E`, '2038-01-01')
        .visits(`${id}-1`, `${id}-E`, ['2038-05-03', '2038-05-04']);
      closures.forEach((satisfaction, i) =>
        t.issue(`${id}-I${i}`, `${id}-1`, '2038-05-05T02:00:00.000Z', [
          ['issue.raised', '2038-05-05T02:00:00Z'],
          ['issue.resolved_on_spot', '2038-05-05T02:00:00Z', { respondedAt: '2038-05-05T02:00:00Z', resolvedAt: '2038-05-05T02:00:00Z' }],
          ['issue.closed', '2038-05-06T02:00:00Z', { satisfaction }],
        ]),
      );
      return t.events;
    };
    await appendAndProject([
      rules(3805, '2038-05', { minimumSample: 2 }),
      ...tenant(T2, []),
      ...tenant(T1, []),
      // One closure, dissatisfied: under the sample, so it neither counts nor hurts.
      ...tenant(T3, ['DISSATISFIED']),
      // Two closures, one dissatisfied: the rates count.
      ...tenant(T4, ['SATISFIED', 'DISSATISFIED']),
    ]);
    const data = await as.city().ok<{ city: { rankings: Array<{ districtId: string; rank: number; peerRank: number; score: number; satisfactionRate: number | null; responseRate: number | null }> } }>(
      `query { city { rankings(period: "${PERIOD}") { districtId rank peerRank score satisfactionRate responseRate } } }`,
    );
    const of = (id: string) => data.city.rankings.find((r) => r.districtId === id)!;
    expect([of(T1).score, of(T2).score, of(T3).score]).toEqual([100, 100, 100]);
    expect(of(T3)).toMatchObject({ satisfactionRate: null, responseRate: null });
    // T4: visits 1, response 1, resolution 1, satisfaction .5 over weights .3 + .2 + .2 + .2 = .9: (.3 + .2 + .2 + .1) / .9 = 88.889.
    expect(of(T4)).toMatchObject({ satisfactionRate: 0.5, responseRate: 1, score: 88.889 });
    // Tied at 100 with the same rates: T1 before T2 before T3 by code, consecutive ranks, never shared.
    expect(of(T2).rank).toBe(of(T1).rank + 1);
    expect(of(T3).rank).toBe(of(T2).rank + 1);
    expect(of(T4).rank).toBeGreaterThan(of(T3).rank);
    expect(of(T2).peerRank).toBe(of(T1).peerRank + 1);
  });
});
