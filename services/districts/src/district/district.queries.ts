import { SqlParams } from '@qinshang/database';
import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { enterpriseVisible, officialVisible, seesWholeTenant } from '../access/visibility';
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

  /**
   * Enterprises and officials the caller may see, for many tenants in one statement. A caller who
   * sees whole tenants reads the counts the triggers keep (`districts.organisation_count`, one row
   * per tenant, whatever its size; row-level security hides other tenants' as it hides their
   * rows); an official or an enterprise, who sees a few rows of its tenant, has them counted.
   */
  async organisationCounts(ids: readonly string[]): Promise<Map<string, OrganisationCounts>> {
    const manager = await this.manager();
    if (seesWholeTenant(this.caller)) {
      const kept: Array<{ id: string } & OrganisationCounts> = await manager.query(
        `SELECT d.id, coalesce(c.enterprises, 0) AS enterprises, coalesce(c.officials, 0) AS officials
           FROM unnest($1::text[]) AS d(id) LEFT JOIN districts.organisation_count c ON c.district_id = d.id`,
        [ids],
      );
      return new Map(kept.map(({ id, ...counts }) => [id, counts]));
    }
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
