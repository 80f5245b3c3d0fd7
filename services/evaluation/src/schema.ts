import { buildFederatedSchema } from '@qinshang/subgraph';
import { rankingReferences } from './ranking/ranking.reference';
import { DistrictRankingResolver } from './ranking/ranking.resolver';
import { District } from './ranking/ranking.type';

export const SCHEMA_NAME = 'evaluation';

export function buildEvaluationSchema() {
  return buildFederatedSchema({ resolvers: [DistrictRankingResolver], orphanedTypes: [District] }, rankingReferences);
}
