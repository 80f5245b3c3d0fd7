import { SqlParams } from '@qinshang/database';
import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { enterpriseVisible, officialVisible } from '../access/visibility';
import { District } from './district.entity';

export interface OrganisationCounts {
  enterprises: number;
  officials: number;
}

/**
 * Tenants. Row-level security decides which the caller sees: every one for the city and
 * inspectors, its own for everyone else.
 */
export class DistrictQueries {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  async inCity(cityId: string): Promise<District[]> {
    const manager = await this.manager();
    return manager.getRepository(District).find({ where: { cityId }, order: { sortOrder: 'ASC' } });
  }

  async byIds(ids: readonly string[]): Promise<Map<string, District>> {
    const manager = await this.manager();
    const rows = await manager.getRepository(District).createQueryBuilder('d').where('d.id = ANY(:ids)', { ids }).getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Enterprises and officials the caller may see, for many tenants in one statement. */
  async organisationCounts(ids: readonly string[]): Promise<Map<string, OrganisationCounts>> {
    const manager = await this.manager();
    const params = new SqlParams();
    const districtIds = params.add(ids);
    const rows: Array<{ id: string } & OrganisationCounts> = await manager.query(
      `SELECT d.id,
              (SELECT count(*) FROM districts.enterprise e WHERE e.district_id = d.id AND ${enterpriseVisible(this.caller, 'e', params)})::int AS enterprises,
              (SELECT count(*) FROM districts.official o WHERE o.district_id = d.id AND ${officialVisible(this.caller, 'o', params)})::int AS officials
         FROM unnest(${districtIds}::text[]) AS d(id)`,
      params.values,
    );
    return new Map(rows.map(({ id, ...counts }) => [id, counts]));
  }
}
