import { buildFederatedSchema } from '@qinshang/subgraph';
import { CalendarResolver } from './calendar/calendar.resolver';
import { cityReference } from './city/city.reference';
import { CityResolver } from './city/city.resolver';
import { District } from './organisation/district.type';
import { organisationReferences } from './organisation/organisation.reference';
import { CityOrganisationResolver, DepartmentResolver, DistrictOrganisationResolver, LeadingGroupResolver } from './organisation/organisation.resolver';
import { Enterprise } from './policy/enterprise.type';
import { policyReferences } from './policy/policy.reference';
import { EnterprisePoliciesResolver, PolicyResolver } from './policy/policy.resolver';
import { CampaignRulesResolver } from './rules/campaign-rules.resolver';

export const SCHEMA_NAME = 'city';

export function buildCitySchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        CityResolver,
        CampaignRulesResolver,
        CalendarResolver,
        DepartmentResolver,
        LeadingGroupResolver,
        DistrictOrganisationResolver,
        CityOrganisationResolver,
        PolicyResolver,
        EnterprisePoliciesResolver,
      ],
      orphanedTypes: [District, Enterprise],
    },
    { ...cityReference, ...organisationReferences, ...policyReferences },
  );
}
