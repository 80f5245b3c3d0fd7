import type { BaseContext } from '@qinshang/subgraph';
import { CalendarCommands } from './calendar/calendar.commands';
import { CalendarQueries } from './calendar/calendar.queries';
import { createCityLoaders } from './city/city.loader';
import { CityQueries } from './city/city.queries';
import { DepartmentCommands } from './organisation/department.commands';
import { DepartmentQueries } from './organisation/department.queries';
import { LeadingGroupQueries } from './organisation/leading-group.queries';
import { createOrganisationLoaders } from './organisation/organisation.loader';
import { createPolicyLoaders } from './policy/policy.loader';
import { PolicyQueries } from './policy/policy.queries';
import { createCampaignRulesLoaders } from './rules/campaign-rules.loader';
import { CampaignRulesCommands } from './rules/campaign-rules.commands';
import { CampaignRulesQueries } from './rules/campaign-rules.queries';

/** Per request: the services, bound to the request's transaction and caller, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const manager = () => base.db.manager();
  const departments = new DepartmentQueries(manager, base.caller);
  const rules = new CampaignRulesQueries(manager, base.caller);
  const calendar = new CalendarQueries(manager);
  const services = {
    city: new CityQueries(manager),
    rules,
    calendar,
    calendarCommands: new CalendarCommands(manager, base.caller, calendar),
    rulesCommands: new CampaignRulesCommands(manager, base.caller, rules),
    department: departments,
    departmentCommands: new DepartmentCommands(manager, base.caller, departments),
    leadingGroup: new LeadingGroupQueries(manager),
    policy: new PolicyQueries(manager, base.caller),
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
