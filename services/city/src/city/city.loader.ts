import DataLoader from 'dataloader';
import type { CityQueries } from './city.queries';
import type { Campaign, City } from './city.entity';

export function createCityLoaders(service: CityQueries) {
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
