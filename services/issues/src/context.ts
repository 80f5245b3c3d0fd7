import type { BaseContext } from '@qinshang/subgraph';
import { createLedgerLoaders } from './ledger/ledger.loader';
import { LedgerService } from './ledger/ledger.service';
import { SystemicIssueCommands } from './systemic/systemic.commands';
import { SystemicIssueQueries } from './systemic/systemic.queries';

/** Per request: the services, bound to the request's transaction, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const ledger = new LedgerService(base.db, base.caller);
  const systemic = new SystemicIssueQueries(base.db, base.caller, ledger);
  const services = { ledger, systemic, systemicCommands: new SystemicIssueCommands(base.db, base.caller, ledger, systemic) };
  return { services, loaders: { ...createLedgerLoaders(services.ledger) } };
}

export type IssuesContext = BaseContext & ReturnType<typeof extendContext>;
