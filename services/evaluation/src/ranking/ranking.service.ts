import { BadUserInputError } from '@qinshang/errors';
import type { EntityManager } from 'typeorm';
import type { Ranking } from './ranking.type';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export function assertPeriod(period: string, field = 'period'): string {
  if (!PERIOD.test(period)) throw new BadUserInputError(field, 'A period is a month, YYYY-MM');
  return period;
}

export class RankingService {
  constructor(private readonly manager: () => Promise<EntityManager>) {}

  /** Published rankings of one month for many tenants, in one statement. */
  async forDistricts(period: string, districtIds: readonly string[]): Promise<Map<string, Ranking>> {
    const manager = await this.manager();
    const rows: Array<Ranking & { districtId: string }> = await manager.query(
      `SELECT district_id AS "districtId", period, rank, score::float8 AS score,
              visit_compliance::float8 AS "visitCompliance", response_rate::float8 AS "responseRate",
              resolution_rate::float8 AS "resolutionRate", satisfaction_rate::float8 AS "satisfactionRate"
         FROM evaluation.tenant_ranking
        WHERE period = $1 AND district_id = ANY($2)`,
      [period, districtIds],
    );
    return new Map(rows.map(({ districtId, ...ranking }) => [districtId, ranking]));
  }
}
