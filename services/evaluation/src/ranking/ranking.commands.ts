import { type Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { publishPeriod, type PublishResult } from '../publishing/publish';
import type { RankingQueries } from './ranking.queries';

/** Publishing (freezing) a month (CITY_ADMIN). */
export class RankingCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
    private readonly queries: RankingQueries,
  ) {}

  async publish(period: string): Promise<PublishResult> {
    assertCan(this.caller, 'PUBLISH_PERIOD');
    return publishPeriod(await this.manager(), period, { publishedBy: this.caller.sub, automatic: false });
  }
}
