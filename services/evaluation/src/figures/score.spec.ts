import { rank, rate, score } from './score';

const weights = { visits: 0.3, report: 0.1, response: 0.2, resolution: 0.2, satisfaction: 0.2 };

describe('score', () => {
  it('is the weighted mean of the components, times 100, less deductions', () => {
    expect(score({ visits: 1, report: 1, response: 0.5, resolution: 0.5, satisfaction: 1 }, weights, 2)).toBe(78);
  });
  it('shares the weight of a null component among the others', () => {
    // (0.3*1 + 0.1*0 + 0.2*0.5) / 0.6 = 0.66667
    expect(score({ visits: 1, report: 0, response: 0.5, resolution: null, satisfaction: null }, weights, 0)).toBe(66.667);
  });
  it('is minus the deductions with no component at all', () => {
    expect(score({ visits: null, report: null, response: null, resolution: null, satisfaction: null }, weights, 3)).toBe(-3);
  });
});

describe('rate', () => {
  it('is null under the minimum sample', () => {
    expect(rate(2, 3, 5)).toBeNull();
    expect(rate(2, 5, 5)).toBe(0.4);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('rank', () => {
  const t = (districtId: string, s: number, kind: string | null = 'DISTRICT', visitCompliance: number | null = 1) => ({
    districtId, kind, score: s, visitCompliance, resolutionRate: null, satisfactionRate: null, responseRate: null,
  });
  it('breaks ties by visit compliance, then by code', () => {
    const ranked = rank([t('610116', 80), t('610111', 80), t('610112', 80, 'COUNTY', 0.9), t('610113', 90, null)]);
    expect(ranked.map((r) => [r.districtId, r.rank, r.peerRank])).toEqual([
      ['610113', 1, null],
      ['610111', 2, 1],
      ['610116', 3, 2],
      ['610112', 4, 1],
    ]);
  });
});
