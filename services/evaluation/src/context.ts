import type { BaseContext } from '@qinshang/subgraph';
import { createRankingLoaders } from './ranking/ranking.loader';
import { RankingService } from './ranking/ranking.service';

/** Per request: the services, bound to the request's transaction, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const manager = () => base.db.manager();
  const services = { ranking: new RankingService(manager) };
  return { services, loaders: { ...createRankingLoaders(services.ranking) } };
}

export type EvaluationContext = BaseContext & ReturnType<typeof extendContext>;
