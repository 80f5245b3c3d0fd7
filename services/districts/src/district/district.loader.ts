import DataLoader from 'dataloader';
import type { District } from './district.entity';
import type { DistrictService } from './district.service';

export function createDistrictLoaders(service: DistrictService) {
  return {
    district: new DataLoader<string, District | null>(async (ids) => {
      const found = await service.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
