import { reportDueAt } from '../common/calendar';
import { BULLETIN_EXCUSES } from './bulletin';
import { apportion, generateVisitHistory, historyEvents, monthShape, type HistoryPairing } from './visit-history';

const pairings: HistoryPairing[] = Array.from({ length: 1220 }, (_, i) => ({
  id: `T${i % 21}-P${String(i).padStart(4, '0')}`,
  districtId: `T${i % 21}`,
  officialId: `T${i % 21}-O${String(i).padStart(4, '0')}`,
  enterpriseId: `T${i % 21}-E${String(i).padStart(4, '0')}`,
  startedOn: '2016-06-03',
  endedOn: null,
}));
const window = { from: '2016-06', to: '2017-06', firstDay: '2016-06-03' };

describe('the generated visit history', () => {
  const history = generateVisitHistory(pairings, window);

  it('is the same for the same seed, and different for another', () => {
    const again = generateVisitHistory(pairings, window);
    // Compared as text: deep equality over 50,000 records is slow.
    expect(JSON.stringify(again)).toBe(JSON.stringify(history));
    expect(JSON.stringify(historyEvents(again))).toBe(JSON.stringify(historyEvents(history)));
    const other = generateVisitHistory(pairings, { ...window, seed: 'other' });
    expect(other.visits.map((v) => v.visitedOn)).not.toEqual(history.visits.map((v) => v.visitedOn));
  });

  it('splits the officials of the bulletin month exactly in its shape, scaled to 1,220', () => {
    expect(monthShape(1220, '2016-08')).toEqual({ threeOrMore: 77, two: 1092, one: 29, none: 22 });
    const perOfficial = new Map<string, number>();
    for (const v of history.visits.filter((v) => v.period === '2016-08')) perOfficial.set(v.officialId, (perOfficial.get(v.officialId) ?? 0) + 1);
    const counts = pairings.map((p) => perOfficial.get(p.officialId) ?? 0);
    expect({
      threeOrMore: counts.filter((c) => c >= 3).length,
      two: counts.filter((c) => c === 2).length,
      one: counts.filter((c) => c === 1).length,
      none: counts.filter((c) => c === 0).length,
    }).toEqual({ threeOrMore: 77, two: 1092, one: 29, none: 22 });
  });

  it('varies the other months around the shape, and excuses every month without a visit', () => {
    const shapes = ['2016-07', '2016-09', '2017-03'].map((p) => monthShape(1220, p));
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBeGreaterThan(1);
    for (const shape of shapes) {
      expect(shape.two / 1220).toBeGreaterThan(0.85);
      expect(shape.none).toBeGreaterThanOrEqual(15);
      expect(shape.none).toBeLessThanOrEqual(30);
    }
    const visited = new Set(history.visits.map((v) => `${v.officialId}|${v.period}`));
    const excused = new Set(history.excuses.map((x) => `${x.officialId}|${x.period}`));
    for (const period of ['2016-06', '2016-08', '2017-06']) {
      for (const p of pairings) expect(visited.has(`${p.officialId}|${period}`) !== excused.has(`${p.officialId}|${period}`)).toBe(true);
    }
    const august = history.excuses.filter((x) => x.period === '2016-08');
    const reasons = Object.fromEntries(Object.keys(BULLETIN_EXCUSES).map((r) => [r, august.filter((x) => x.reason === r).length]));
    expect(reasons).toEqual(apportion(22, BULLETIN_EXCUSES));
    expect(reasons).toEqual({ AWAY_ON_DUTY: 11, ENTERPRISE_DECLINED: 5, ILLNESS: 2, TRAINING: 4 });
  });

  it('keeps visits inside the campaign and their month, on different days, in every mode', () => {
    expect(history.visits.every((v) => v.visitedOn >= '2016-06-03' && v.visitedOn.slice(0, 7) === v.period)).toBe(true);
    const days = new Set(history.visits.map((v) => `${v.officialId}|${v.visitedOn}`));
    expect(days.size).toBe(history.visits.length);
    expect(new Set(history.visits.map((v) => v.mode))).toEqual(new Set(['VISIT', 'HELP', 'ACCOMPANY', 'ON_BEHALF']));
    expect(history.visits.every((v) => v.summary.length > 0 && (v.mode === 'ON_BEHALF') === (v.handedOver !== null))).toBe(true);
  });

  it('reports each pairing-month, about 8% late and a few missing, late exactly when after day 5 of the next month', () => {
    const expected = 1220 * 13;
    expect(history.reports.length).toBeLessThan(expected);
    expect(history.reports.length).toBeGreaterThan(expected * 0.97);
    const late = history.reports.filter((r) => r.late).length / history.reports.length;
    expect(late).toBeGreaterThan(0.06);
    expect(late).toBeLessThan(0.1);
    expect(history.reports.every((r) => r.dueAt.getTime() === reportDueAt(r.period).getTime() && r.late === r.submittedAt >= r.dueAt)).toBe(true);
  });

  it('gives events in the order things happened, as the mutations write them, by system:history', () => {
    const events = historyEvents(history);
    expect(events.length).toBe(history.visits.length + history.excuses.length + history.reports.length);
    expect(events.every((e, i) => i === 0 || e.occurredAt!.getTime() >= events[i - 1].occurredAt!.getTime())).toBe(true);
    expect(events.every((e) => e.actor === 'system:history' && e.actorRole === 'SYSTEM')).toBe(true);
    const visit = history.visits[0];
    expect(events.find((e) => e.streamId === visit.id)).toMatchObject({
      type: 'visit.recorded',
      streamType: 'visit',
      districtId: visit.districtId,
      payload: { visitId: visit.id, districtId: visit.districtId, officialId: visit.officialId, enterpriseId: visit.enterpriseId, visitedOn: visit.visitedOn, period: visit.period, mode: visit.mode },
    });
  });
});
