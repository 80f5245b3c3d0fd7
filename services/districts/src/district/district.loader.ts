import DataLoader from 'dataloader';
import type { District } from './district.entity';
import type { DistrictQueries, OrganisationCounts } from './district.queries';

const NONE: OrganisationCounts = { enterprises: 0, officials: 0 };

export function createDistrictLoaders(service: DistrictQueries) {
  return {
    district: new DataLoader<string, District | null>(async (ids) => {
      const found = await service.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Both counts of every requested tenant in one statement (`enterpriseCount`, `officialCount`). */
    organisationCounts: new DataLoader<string, OrganisationCounts>(async (ids) => {
      const found = await service.organisationCounts(ids);
      return ids.map((id) => found.get(id) ?? NONE);
    }),
  };
}
