import { buildFederatedSchema } from '@qinshang/subgraph';
import { District } from './ledger/district.type';
import { DepartmentLedgerResolver, DistrictLedgerResolver, EnterpriseLedgerResolver, EscalationResolver, IssueResolver } from './ledger/issue.resolver';
import { Department, Enterprise } from './ledger/issue.types';
import { ledgerReferences } from './ledger/ledger.reference';
import { SystemicIssueResolver } from './systemic/systemic.resolver';

export const SCHEMA_NAME = 'issues';

export function buildIssuesSchema() {
  return buildFederatedSchema(
    {
      resolvers: [IssueResolver, EscalationResolver, EnterpriseLedgerResolver, DepartmentLedgerResolver, DistrictLedgerResolver, SystemicIssueResolver],
      orphanedTypes: [District, Enterprise, Department],
    },
    ledgerReferences,
  );
}
