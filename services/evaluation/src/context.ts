import type { BaseContext } from '@qinshang/subgraph';
import { AdminCommands } from './admin/admin.commands';
import { BulletinQueries } from './bulletin/bulletin.queries';
import { CommendationCommands } from './commendation/commendation.commands';
import { CommendationQueries } from './commendation/commendation.queries';
import { InspectionCommands } from './inspection/inspection.commands';
import { InspectionQueries } from './inspection/inspection.queries';
import { RankingCommands } from './ranking/ranking.commands';
import { createRankingLoaders } from './ranking/ranking.loader';
import { RankingQueries } from './ranking/ranking.queries';
import { createScorecardLoaders } from './scorecard/scorecard.loader';
import { ScorecardQueries } from './scorecard/scorecard.queries';

/** Per request: the queries and commands, bound to the request's transaction and caller, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const manager = () => base.db.manager();
  const ranking = new RankingQueries(manager, base.caller);
  const inspection = new InspectionQueries(manager, base.caller);
  const commendation = new CommendationQueries(manager, base.caller);
  const services = {
    ranking,
    rankingCommands: new RankingCommands(manager, base.caller, ranking),
    scorecard: new ScorecardQueries(manager, base.caller),
    inspection,
    inspectionCommands: new InspectionCommands(manager, base.caller, inspection),
    commendation,
    commendationCommands: new CommendationCommands(manager, base.caller, commendation),
    admin: new AdminCommands(manager, base.caller),
    bulletin: new BulletinQueries(manager, base.caller, ranking),
  };
  return { services, loaders: { ...createRankingLoaders(services.ranking), ...createScorecardLoaders(services.scorecard) } };
}

export type EvaluationContext = BaseContext & ReturnType<typeof extendContext>;
