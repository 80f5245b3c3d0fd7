import type { BaseContext } from '@qinshang/subgraph';
import { createDistrictLoaders } from './district/district.loader';
import { DistrictQueries } from './district/district.queries';
import { EnterpriseCommands } from './enterprise/enterprise.commands';
import { createEnterpriseLoaders } from './enterprise/enterprise.loader';
import { EnterpriseQueries } from './enterprise/enterprise.queries';
import { EnterpriseImport } from './enterprise/import/enterprise-import.commands';
import { OfficialCommands } from './official/official.commands';
import { OfficialImport } from './imports/officials.import';
import { PairingImport } from './imports/pairings.import';
import { VisitImport } from './imports/visits.import';
import { createOfficialLoaders } from './official/official.loader';
import { OfficialQueries } from './official/official.queries';
import { PairingCommands } from './pairing/pairing.commands';
import { createPairingLoaders } from './pairing/pairing.loader';
import { PairingQueries } from './pairing/pairing.queries';
import { ReportCommands } from './report/report.commands';
import { ReportQueries } from './report/report.queries';
import { VisitCommands } from './visit/visit.commands';
import { createVisitLoaders } from './visit/visit.loader';
import { VisitQueries } from './visit/visit.queries';

/** Per request: the services, bound to the request's transaction and caller, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const manager = () => base.db.manager();
  const enterpriseCommands = new EnterpriseCommands(manager, base.caller);
  const pairingCommands = new PairingCommands(manager, base.caller);
  const services = {
    district: new DistrictQueries(manager, base.caller),
    enterprise: new EnterpriseQueries(manager, base.caller),
    official: new OfficialQueries(manager, base.caller),
    pairing: new PairingQueries(manager, base.caller),
    visit: new VisitQueries(manager, base.caller),
    report: new ReportQueries(manager, base.caller),
  };
  const commands = {
    enterprise: enterpriseCommands,
    enterpriseImport: new EnterpriseImport(manager, base.caller, enterpriseCommands),
    official: new OfficialCommands(manager, base.caller),
    officialImport: new OfficialImport(manager, base.caller),
    pairing: pairingCommands,
    pairingImport: new PairingImport(manager, base.caller, pairingCommands),
    visitImport: new VisitImport(manager, base.caller),
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
