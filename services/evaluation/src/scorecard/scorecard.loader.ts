import DataLoader from 'dataloader';
import type { ScorecardQueries } from './scorecard.queries';
import type { Scorecard } from './scorecard.type';

/** Keyed by `period|officialId`: one month's scorecards for a whole list load in one round. */
export function createScorecardLoaders(service: ScorecardQueries) {
  return {
    scorecard: new DataLoader<string, Scorecard | null>(async (keys) => {
      const byPeriod = new Map<string, string[]>();
      for (const key of keys) {
        const [period, officialId] = key.split('|');
        byPeriod.set(period, [...(byPeriod.get(period) ?? []), officialId]);
      }
      const found = new Map<string, Scorecard>();
      for (const [period, ids] of byPeriod) {
        for (const [officialId, card] of await service.forOfficials(period, ids)) found.set(`${period}|${officialId}`, card);
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}
