import DataLoader from 'dataloader';
import type { Enterprise } from './enterprise.entity';
import type { EnterpriseQueries } from './enterprise.queries';

export function createEnterpriseLoaders(service: EnterpriseQueries) {
  return {
    enterprise: new DataLoader<string, Enterprise | null>(async (ids) => {
      const found = await service.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Keyed by official id: the enterprises it is currently paired with. */
    enterprisesOfOfficial: new DataLoader<string, Enterprise[]>(async (officialIds) => {
      const found = await service.pairedWith(officialIds);
      return officialIds.map((id) => found.get(id) ?? []);
    }),
    /** Keyed by enterprise id: visits recorded this calendar month. */
    visitsThisMonth: new DataLoader<string, number>(async (enterpriseIds) => {
      const found = await service.visitsThisMonth(enterpriseIds);
      return enterpriseIds.map((id) => found.get(id) ?? 0);
    }),
  };
}
