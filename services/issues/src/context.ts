import type { BaseContext } from '@qinshang/subgraph';
import { createLedgerLoaders } from './ledger/ledger.loader';
import { LedgerService } from './ledger/ledger.service';
import { SystemicIssueService } from './systemic/systemic.service';

/** Per request: the services, bound to the request's transaction, and fresh loaders over them. */
export function extendContext(base: BaseContext) {
  const ledger = new LedgerService(base.db, base.caller);
  const services = { ledger, systemic: new SystemicIssueService(base.db, base.caller, ledger) };
  return { services, loaders: { ...createLedgerLoaders(services.ledger) } };
}

export type IssuesContext = BaseContext & ReturnType<typeof extendContext>;
