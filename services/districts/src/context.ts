import type { BaseContext } from '@qinshang/subgraph';
import { createDistrictLoaders } from './district/district.loader';
import { DistrictService } from './district/district.service';
import { createEnterpriseLoaders } from './enterprise/enterprise.loader';
import { EnterpriseService } from './enterprise/enterprise.service';
import { createOfficialLoaders } from './official/official.loader';
import { OfficialService } from './official/official.service';

/** Per request: the services, bound to the request's transaction and caller, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const manager = () => base.db.manager();
  const services = {
    district: new DistrictService(manager, base.caller),
    enterprise: new EnterpriseService(manager, base.caller),
    official: new OfficialService(manager, base.caller),
  };
  return {
    services,
    loaders: {
      ...createDistrictLoaders(services.district),
      ...createEnterpriseLoaders(services.enterprise),
      ...createOfficialLoaders(services.official),
    },
  };
}

export type DistrictsContext = BaseContext & ReturnType<typeof extendContext>;
