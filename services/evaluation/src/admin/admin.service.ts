import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { rebuildProjections, type RebuildResult } from '../projection/rebuild';

/** The platform's own upkeep of this subgraph (CITY_ADMIN). */
export class AdminService {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** Rebuilds the assessment projections from the whole event log in the request's transaction. */
  async rebuildProjections(): Promise<RebuildResult> {
    assertCan(this.caller, 'REBUILD_PROJECTIONS');
    return rebuildProjections(await this.manager());
  }
}
