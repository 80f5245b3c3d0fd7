import { seesEveryTenant, type Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import { tenantFigures, type TenantFigures } from '../figures/figures';
import { rank } from '../figures/score';
import { can } from '../access/permissions';
import { publishedNow } from '../publishing/publisher';
import type { AssessmentPeriod, Ranking } from './ranking.type';

type RankedFigures = TenantFigures & { rank: number; peerRank: number | null; peerCount: number | null };

export class RankingQueries {
  constructor(
    readonly manager: () => Promise<EntityManager>,
    readonly caller: Caller,
  ) {}

  async forPeriod(period: string): Promise<Ranking[]> {
    return (await this.allLines(period)).filter((line) => can(this.caller, 'READ_RANKING', line));
  }

  /**
   * The months with figures, newest first: a visit, report, excuse or deduction recorded in it
   * (in the caller's scope, by row-level security), published or not: a month published with
   * nothing in it (the publisher freezes every month that is over) has no figures. Months after
   * this one are left out.
   */
  async periods(now = new Date()): Promise<AssessmentPeriod[]> {
    const manager = await this.manager();
    const list = await rows<{ period: string; published_at: Date | null; rules_version: number | null }>(
      manager,
      `SELECT m.period, p.published_at, p.rules_version
         FROM (SELECT period FROM evaluation.official_month WHERE visits > 0
               UNION SELECT period FROM evaluation.report
               UNION SELECT period FROM evaluation.excuse
               UNION SELECT period FROM evaluation.deduction) m
         LEFT JOIN evaluation.published_period p ON p.period = m.period
        WHERE m.period <= to_char($1::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')
        ORDER BY m.period DESC`,
      [now.toISOString()],
    );
    return list.map((r) => ({
      period: r.period,
      published: r.published_at !== null,
      publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
      rulesVersion: r.rules_version,
    }));
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
