import type { EntityManager } from 'typeorm';
import { District } from './district.entity';

/**
 * Tenants. Row-level security decides which the caller sees: every one for the city and
 * inspectors, its own for everyone else.
 */
export class DistrictService {
  constructor(private readonly manager: () => Promise<EntityManager>) {}

  async inCity(cityId: string): Promise<District[]> {
    const manager = await this.manager();
    return manager.getRepository(District).find({ where: { cityId }, order: { sortOrder: 'ASC' } });
  }

  async byIds(ids: readonly string[]): Promise<Map<string, District>> {
    const manager = await this.manager();
    const rows = await manager.getRepository(District).createQueryBuilder('d').where('d.id = ANY(:ids)', { ids }).getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }
}
