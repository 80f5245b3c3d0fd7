import type { BaseContext } from '@qinshang/subgraph';
import { CalendarService } from './calendar/calendar.service';
import { createCityLoaders } from './city/city.loader';
import { CityService } from './city/city.service';
import { DepartmentService } from './organisation/department.service';
import { LeadingGroupService } from './organisation/leading-group.service';
import { createOrganisationLoaders } from './organisation/organisation.loader';
import { createPolicyLoaders } from './policy/policy.loader';
import { PolicyService } from './policy/policy.service';
import { createCampaignRulesLoaders } from './rules/campaign-rules.loader';
import { CampaignRulesService } from './rules/campaign-rules.service';

/** Per request: the services, bound to the request's transaction and caller, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const manager = () => base.db.manager();
  const services = {
    city: new CityService(manager),
    rules: new CampaignRulesService(manager, base.caller),
    calendar: new CalendarService(manager, base.caller),
    department: new DepartmentService(manager, base.caller),
    leadingGroup: new LeadingGroupService(manager),
    policy: new PolicyService(manager, base.caller),
  };
  return {
    services,
    loaders: {
      ...createCityLoaders(services.city),
      ...createCampaignRulesLoaders(services.rules),
      ...createOrganisationLoaders(services.department, services.leadingGroup),
      ...createPolicyLoaders(services.policy),
    },
  };
}

export type CityContext = BaseContext & ReturnType<typeof extendContext>;
