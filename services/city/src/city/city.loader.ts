import DataLoader from 'dataloader';
import type { CityService } from './city.service';
import type { Campaign, City } from './city.entity';

export function createCityLoaders(service: CityService) {
  return {
    city: new DataLoader<string, City | null>(async (ids) => {
      const found = await service.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    campaignByCity: new DataLoader<string, Campaign | null>(async (ids) => {
      const found = await service.campaignsByCity(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
