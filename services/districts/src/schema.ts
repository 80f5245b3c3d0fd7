import { buildFederatedSchema } from '@qinshang/subgraph';
import { City } from './district/city.type';
import { districtReferences } from './district/district.reference';
import { CityDistrictsResolver, DistrictResolver } from './district/district.resolver';

export const SCHEMA_NAME = 'districts';

export function buildDistrictsSchema() {
  return buildFederatedSchema({ resolvers: [DistrictResolver, CityDistrictsResolver], orphanedTypes: [City] }, districtReferences);
}
