import { seesEveryTenant, type Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import { tenantFigures, type TenantFigures } from '../figures/figures';
import { rank } from '../figures/score';
import { assertCan, can } from '../access/permissions';
import { isPublished, publishPeriod, type PublishResult } from '../publishing/publish';
import { publisher } from '../publishing/publisher';
import type { Ranking } from './ranking.type';

type RankedFigures = TenantFigures & { rank: number; peerRank: number | null; peerCount: number | null };

export class RankingService {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /**
   * One month's ranking, best first. Published months give their frozen rows (a tenant sees
   * its own only). An unpublished month is computed live for the city-wide roles only: a rank is
   * relative to every tenant, which a tenant's own transaction cannot see. A past month that is
   * due is published on first request. Only the lines the caller may read (`READ_RANKING`).
   */
  async forPeriod(period: string): Promise<Ranking[]> {
    return (await this.allLines(period)).filter((line) => can(this.caller, 'READ_RANKING', line));
  }

  private async allLines(period: string): Promise<Ranking[]> {
    const manager = await this.manager();
    if (!(await isPublished(manager, period))) await publisher()?.ensurePublished(period);
    if (await isPublished(manager, period)) {
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

  async publish(period: string): Promise<PublishResult> {
    assertCan(this.caller, 'PUBLISH_PERIOD');
    return publishPeriod(await this.manager(), period, { publishedBy: this.caller.sub, automatic: false });
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
