import type { Caller } from '@qinshang/auth';
import { can } from '../access/permissions';
import { BadUserInputError } from '@qinshang/errors';
import type { EntityManager } from 'typeorm';
import { rows } from '../common/sql';
import { officialFigures, type OfficialFigures } from '../figures/figures';
import { publishedNow } from '../publishing/publisher';
import type { Scorecard } from './scorecard.type';

export class ScorecardQueries {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** Which officials' scorecards the caller may see at all (row-level security narrows to its tenant). */
  private visible(officialId: string): boolean {
    return can(this.caller, 'READ_SCORECARD', { officialId });
  }

  /** A month's scorecards of the officials named, or of one tenant's officials, in official order. */
  async list(period: string, districtId: string | null, officialIds: string[] | null): Promise<Scorecard[]> {
    if (!officialIds && !districtId) throw new BadUserInputError('districtId', 'Name a tenant or the officials');
    const manager = await this.manager();
    const ids =
      officialIds ??
      (await rows<{ official_id: string }>(manager, 'SELECT official_id FROM evaluation.official WHERE district_id = $1 AND added_period <= $2 ORDER BY official_id', [districtId, period])).map(
        (r) => r.official_id,
      );
    const found = await this.forOfficials(period, ids);
    return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }

  /**
   * Scorecards of one month: the published (frozen) ones once the month is published, else
   * computed live from the projections. A past month that is due is published on first request.
   */
  async forOfficials(period: string, officialIds: readonly string[]): Promise<Map<string, Scorecard>> {
    const ids = officialIds.filter((id) => this.visible(id));
    if (!ids.length) return new Map();
    const manager = await this.manager();
    const isPublished = await publishedNow(manager, period);
    const published = await rows<{ figures: OfficialFigures; published_at: Date }>(
      manager,
      `SELECT s.figures, p.published_at FROM evaluation.published_scorecard s JOIN evaluation.published_period p USING (period)
        WHERE s.period = $1 AND s.official_id = ANY($2)`,
      [period, ids],
    );
    if (published.length || isPublished) {
      return new Map(published.map((r) => [r.figures.officialId, toScorecard(r.figures, r.published_at)]));
    }
    const live = await officialFigures(manager, period, { officialIds: ids });
    return new Map(live.map((figures) => [figures.officialId, toScorecard(figures, null)]));
  }
}

export function toScorecard(figures: OfficialFigures, publishedAt: Date | null): Scorecard {
  return { ...figures, published: publishedAt !== null, publishedAt: publishedAt ? new Date(publishedAt).toISOString() : null };
}
