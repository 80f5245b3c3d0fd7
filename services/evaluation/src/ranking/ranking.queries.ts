import { seesEveryTenant, type Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import { tenantFigures, type TenantFigures } from '../figures/figures';
import { rank } from '../figures/score';
import { can } from '../access/permissions';
import { publishedNow } from '../publishing/publisher';
import type { Ranking } from './ranking.type';

type RankedFigures = TenantFigures & { rank: number; peerRank: number | null; peerCount: number | null };

export class RankingQueries {
  constructor(
    readonly manager: () => Promise<EntityManager>,
    readonly caller: Caller,
  ) {}

  async forPeriod(period: string): Promise<Ranking[]> {
    return (await this.allLines(period)).filter((line) => can(this.caller, 'READ_RANKING', line));
  }

  private async allLines(period: string): Promise<Ranking[]> {
    const manager = await this.manager();
    if (await publishedNow(manager, period)) {
      const published = await rows<{ figures: RankedFigures; published_at: Date }>(
        manager,
        `SELECT r.figures, r.published_at FROM evaluation.tenant_ranking r WHERE r.period = $1 ORDER BY r.rank`,
        [period],
      );
      return published.map((r) => toRanking(r.figures, r.published_at));
    }
    if (!seesEveryTenant(this.caller)) return [];
    return rank(await tenantFigures(manager, period)).map((figures) => toRanking(figures, null));
  }
}


function toRanking(figures: RankedFigures, publishedAt: Date | null): Ranking {
  return {
    ...figures,
    district: { id: figures.districtId },
    peerGroupSize: figures.peerCount,
    published: publishedAt !== null,
    publishedAt: publishedAt ? new Date(publishedAt).toISOString() : null,
  };
}
