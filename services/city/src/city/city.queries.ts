import type { EntityManager } from 'typeorm';
import { Campaign, City } from './city.entity';

export class CityQueries {
  constructor(private readonly manager: () => Promise<EntityManager>) {}

  /** The deployment's city (there is exactly one). */
  async city(): Promise<City | null> {
    const manager = await this.manager();
    return manager.getRepository(City).findOne({ where: {}, order: { id: 'ASC' } });
  }

  async byIds(ids: readonly string[]): Promise<Map<string, City>> {
    const manager = await this.manager();
    const rows = await manager.getRepository(City).createQueryBuilder('city').where('city.id = ANY(:ids)', { ids }).getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  async campaignsByCity(cityIds: readonly string[]): Promise<Map<string, Campaign>> {
    const manager = await this.manager();
    const rows = await manager
      .getRepository(Campaign)
      .createQueryBuilder('campaign')
      .where('campaign.city_id = ANY(:cityIds)', { cityIds })
      .orderBy('campaign.mobilized_on', 'DESC')
      .getMany();
    const byCity = new Map<string, Campaign>();
    for (const row of rows) if (!byCity.has(row.cityId)) byCity.set(row.cityId, row);
    return byCity;
  }
}
