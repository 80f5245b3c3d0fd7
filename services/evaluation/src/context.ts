import type { BaseContext } from '@qinshang/subgraph';
import { AdminService } from './admin/admin.service';
import { CommendationService } from './commendation/commendation.service';
import { InspectionService } from './inspection/inspection.service';
import { createRankingLoaders } from './ranking/ranking.loader';
import { RankingService } from './ranking/ranking.service';
import { createScorecardLoaders } from './scorecard/scorecard.loader';
import { ScorecardService } from './scorecard/scorecard.service';

/** Per request: the services, bound to the request's transaction and caller, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const manager = () => base.db.manager();
  const services = {
    ranking: new RankingService(manager, base.caller),
    scorecard: new ScorecardService(manager, base.caller),
    inspection: new InspectionService(manager, base.caller),
    commendation: new CommendationService(manager, base.caller),
    admin: new AdminService(manager, base.caller),
  };
  return { services, loaders: { ...createRankingLoaders(services.ranking), ...createScorecardLoaders(services.scorecard) } };
}

export type EvaluationContext = BaseContext & ReturnType<typeof extendContext>;
