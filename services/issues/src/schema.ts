import { buildFederatedSchema } from '@qinshang/subgraph';
import { ledgerReferences } from './ledger/ledger.reference';
import { District } from './ledger/district.type';
import { DistrictLedgerResolver } from './ledger/ledger.resolver';

export const SCHEMA_NAME = 'issues';

export function buildIssuesSchema() {
  return buildFederatedSchema({ resolvers: [DistrictLedgerResolver], orphanedTypes: [District] }, ledgerReferences);
}
