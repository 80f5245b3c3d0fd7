import { buildFederatedSchema } from '@qinshang/subgraph';
import { EscalationFeedResolver } from './feeds/escalation-feed.resolver';
import { District } from './ledger/district.type';
import { DepartmentLedgerResolver } from './ledger/department-ledger.resolver';
import { DistrictLedgerResolver } from './ledger/district-ledger.resolver';
import { EnterpriseLedgerResolver } from './ledger/enterprise-ledger.resolver';
import { EscalationResolver } from './ledger/escalation.resolver';
import { IssueResolver } from './ledger/issue.resolver';
import { WorkingDaysResolver } from './ledger/working-days.resolver';
import { MyActionsResolver } from './ledger/my-actions.resolver';
import { Department, Enterprise } from './ledger/types';
import { ledgerReferences } from './ledger/ledger.reference';
import { SystemicIssueResolver } from './systemic/systemic.resolver';

export const SCHEMA_NAME = 'issues';

export function buildIssuesSchema() {
  return buildFederatedSchema(
    {
      resolvers: [IssueResolver, WorkingDaysResolver, MyActionsResolver, EscalationResolver, EscalationFeedResolver, EnterpriseLedgerResolver, DepartmentLedgerResolver, DistrictLedgerResolver, SystemicIssueResolver],
      orphanedTypes: [District, Enterprise, Department],
      // Every subscription here brings its own `subscribe` (the feed hub); type-graphql asks for a
      // pubSub all the same, so it gets one that refuses to be used.
      pubSub: {
        publish: () => undefined,
        subscribe: () => {
          throw new Error('No topic-based subscriptions in this subgraph');
        },
      },
    },
    ledgerReferences,
  );
}
