import { buildFederatedSchema } from '@qinshang/subgraph';
import { cityReference } from './city/city.reference';
import { CityResolver } from './city/city.resolver';

export const SCHEMA_NAME = 'city';

export function buildCitySchema() {
  return buildFederatedSchema({ resolvers: [CityResolver] }, cityReference);
}
