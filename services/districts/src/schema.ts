import { buildFederatedSchema } from '@qinshang/subgraph';
import { City } from './district/city.type';
import { districtReferences } from './district/district.reference';
import { CityDistrictsResolver, DistrictResolver } from './district/district.resolver';
import { EnterpriseMutationsResolver } from './enterprise/enterprise-mutations.resolver';
import { EnterpriseImportResolver } from './enterprise/import/import.resolver';
import { ImportsResolver } from './imports/import.resolver';
import { enterpriseReferences } from './enterprise/enterprise.reference';
import { DistrictEnterprisesResolver, EnterpriseConnectionResolver, EnterpriseResolver } from './enterprise/enterprise.resolver';
import { officialReferences } from './official/official.reference';
import { DistrictOfficialsResolver, OfficialConnectionResolver, OfficialResolver } from './official/official.resolver';
import { PairingResolver } from './pairing/pairing.resolver';
import { ReportResolver } from './report/report.resolver';
import { ServiceVisitConnectionResolver, VisitExcuseResolver, VisitResolver } from './visit/visit.resolver';

export const SCHEMA_NAME = 'districts';

export function buildDistrictsSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        DistrictResolver,
        CityDistrictsResolver,
        EnterpriseResolver,
        EnterpriseConnectionResolver,
        DistrictEnterprisesResolver,
        EnterpriseMutationsResolver,
        EnterpriseImportResolver,
        ImportsResolver,
        OfficialResolver,
        DistrictOfficialsResolver,
        OfficialConnectionResolver,
        PairingResolver,
        VisitResolver,
        VisitExcuseResolver,
        ServiceVisitConnectionResolver,
        ReportResolver,
      ],
      orphanedTypes: [City],
    },
    { ...districtReferences, ...enterpriseReferences, ...officialReferences },
  );
}
