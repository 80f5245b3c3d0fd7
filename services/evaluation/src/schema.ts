import { buildFederatedSchema } from '@qinshang/subgraph';
import { AdminResolver } from './admin/admin.resolver';
import { BulletinResolver } from './bulletin/bulletin.resolver';
import { CommendationResolver } from './commendation/commendation.resolver';
import { InspectionResolver } from './inspection/inspection.resolver';
import { rankingReferences } from './ranking/ranking.reference';
import { CityRankingsResolver, DistrictRankingResolver, PublishingResolver } from './ranking/ranking.resolver';
import { City, District } from './ranking/ranking.type';
import { scorecardReferences } from './scorecard/scorecard.reference';
import { OfficialScorecardResolver, ScorecardQueryResolver } from './scorecard/scorecard.resolver';
import { Official } from './scorecard/scorecard.type';

export const SCHEMA_NAME = 'evaluation';

export function buildEvaluationSchema() {
  return buildFederatedSchema(
    {
      resolvers: [DistrictRankingResolver, CityRankingsResolver, PublishingResolver, OfficialScorecardResolver, ScorecardQueryResolver, InspectionResolver, CommendationResolver, AdminResolver, BulletinResolver],
      orphanedTypes: [District, City, Official],
    },
    { ...rankingReferences, ...scorecardReferences },
  );
}
