import DataLoader from 'dataloader';
import type { RankingService } from './ranking.service';
import type { Ranking } from './ranking.type';

/** Keyed by `period|districtId`, so one month's rankings for every tenant load in one query. */
export function createRankingLoaders(service: RankingService) {
  return {
    ranking: new DataLoader<string, Ranking | null>(async (keys) => {
      const byPeriod = new Map<string, string[]>();
      for (const key of keys) {
        const [period, districtId] = key.split('|');
        byPeriod.set(period, [...(byPeriod.get(period) ?? []), districtId]);
      }
      const found = new Map<string, Ranking>();
      for (const [period, ids] of byPeriod) {
        for (const [districtId, ranking] of await service.forDistricts(period, ids)) found.set(`${period}|${districtId}`, ranking);
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}
