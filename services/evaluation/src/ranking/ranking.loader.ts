import DataLoader from 'dataloader';
import type { RankingQueries } from './ranking.queries';
import type { Ranking } from './ranking.type';

/** Keyed by period: the whole month's ranking is one computation, shared by every tenant asking. */
export function createRankingLoaders(service: RankingQueries) {
  return {
    rankings: new DataLoader<string, Ranking[]>(async (periods) => Promise.all(periods.map((period) => service.forPeriod(period)))),
  };
}
