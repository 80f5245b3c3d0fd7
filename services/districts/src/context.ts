import type { BaseContext } from '@qinshang/subgraph';
import { createDistrictLoaders } from './district/district.loader';
import { DistrictService } from './district/district.service';
import { EnterpriseCommands } from './enterprise/enterprise.commands';
import { createEnterpriseLoaders } from './enterprise/enterprise.loader';
import { EnterpriseService } from './enterprise/enterprise.service';
import { EnterpriseImport } from './enterprise/import/enterprise-import.service';
import { OfficialCommands } from './official/official.commands';
import { createOfficialLoaders } from './official/official.loader';
import { OfficialService } from './official/official.service';
import { PairingCommands } from './pairing/pairing.commands';
import { createPairingLoaders } from './pairing/pairing.loader';
import { PairingService } from './pairing/pairing.service';
import { ReportCommands } from './report/report.commands';
import { ReportService } from './report/report.service';
import { VisitCommands } from './visit/visit.commands';
import { createVisitLoaders } from './visit/visit.loader';
import { VisitService } from './visit/visit.service';

/** Per request: the services, bound to the request's transaction and caller, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const manager = () => base.db.manager();
  const enterpriseCommands = new EnterpriseCommands(manager, base.caller);
  const services = {
    district: new DistrictService(manager, base.caller),
    enterprise: new EnterpriseService(manager, base.caller),
    official: new OfficialService(manager, base.caller),
    pairing: new PairingService(manager, base.caller),
    visit: new VisitService(manager, base.caller),
    report: new ReportService(manager, base.caller),
  };
  const commands = {
    enterprise: enterpriseCommands,
    enterpriseImport: new EnterpriseImport(manager, base.caller, enterpriseCommands),
    official: new OfficialCommands(manager, base.caller),
    pairing: new PairingCommands(manager, base.caller),
    visit: new VisitCommands(manager, base.caller),
    report: new ReportCommands(manager, base.caller),
  };
  return {
    services,
    commands,
    loaders: {
      ...createDistrictLoaders(services.district),
      ...createEnterpriseLoaders(services.enterprise),
      ...createOfficialLoaders(services.official),
      ...createPairingLoaders(services.pairing),
      ...createVisitLoaders(services.visit, services.report),
    },
  };
}

export type DistrictsContext = BaseContext & ReturnType<typeof extendContext>;
