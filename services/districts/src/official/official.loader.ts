import DataLoader from 'dataloader';
import type { Official } from './official.entity';
import type { OfficialQueries } from './official.queries';

export function createOfficialLoaders(service: OfficialQueries) {
  return {
    official: new DataLoader<string, Official | null>(async (ids) => {
      const found = await service.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Keyed by enterprise id: the official currently paired with it, if the caller may see one. */
    officialOfEnterprise: new DataLoader<string, Official | null>(async (enterpriseIds) => {
      const found = await service.pairedWith(enterpriseIds);
      return enterpriseIds.map((id) => found.get(id) ?? null);
    }),
  };
}
