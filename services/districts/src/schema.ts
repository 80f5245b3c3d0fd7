import { buildFederatedSchema } from '@qinshang/subgraph';
import { City } from './district/city.type';
import { districtReferences } from './district/district.reference';
import { CityDistrictsResolver, DistrictResolver } from './district/district.resolver';
import { enterpriseReferences } from './enterprise/enterprise.reference';
import { DistrictEnterprisesResolver, EnterpriseConnectionResolver, EnterpriseResolver } from './enterprise/enterprise.resolver';
import { officialReferences } from './official/official.reference';
import { OfficialResolver } from './official/official.resolver';

export const SCHEMA_NAME = 'districts';

export function buildDistrictsSchema() {
  return buildFederatedSchema(
    {
      resolvers: [DistrictResolver, CityDistrictsResolver, EnterpriseResolver, EnterpriseConnectionResolver, DistrictEnterprisesResolver, OfficialResolver],
      orphanedTypes: [City],
    },
    { ...districtReferences, ...enterpriseReferences, ...officialReferences },
  );
}
