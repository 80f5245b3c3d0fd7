import DataLoader from 'dataloader';
import type { IssueStats } from './district.type';
import type { EnterpriseRefRow } from './enterprise-ref';
import type { IssueRow } from './issue.row';
import type { Escalation, ExtensionRequest, IssueEvent, Milestone } from './types';
import type { LedgerQueries } from './ledger.queries';

const EMPTY: IssueStats = { open: 0, overdue: 0, escalated: 0, closed: 0, unsolvable: 0, responseOverdue: 0 };

/** Per request: every list hanging off a page of problems costs one statement, whatever the page size. */
export function createLedgerLoaders(service: LedgerQueries) {
  const many = <T>(load: (ids: readonly string[]) => Promise<Map<string, T[]>>) =>
    new DataLoader<string, T[]>(async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id) ?? []);
    });
  return {
    /** Null for a tenant the caller may not read. */
    issueStats: new DataLoader<string, IssueStats | null>(async (districtIds) => {
      const found = await service.statsByDistrict(districtIds);
      return districtIds.map((id) => (found.has(id) ? found.get(id)! : EMPTY));
    }),
    issue: new DataLoader<string, IssueRow | null>(async (ids) => {
      const found = await service.issuesByIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    escalation: new DataLoader<string, Escalation | null>(async (ids) => {
      const found = await service.escalationsByIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    enterpriseRef: new DataLoader<string, EnterpriseRefRow | null>(async (ids) => {
      const found = await service.enterpriseRefs(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    openIssueCount: new DataLoader<string, number>(async (enterpriseIds) => {
      const found = await service.openCountsByEnterprise(enterpriseIds);
      return enterpriseIds.map((id) => found.get(id) ?? 0);
    }),
    history: many<IssueEvent>((ids) => service.historyOf(ids)),
    milestones: many<Milestone>((ids) => service.milestonesOf(ids)),
    extensions: many<ExtensionRequest>((ids) => service.extensionsOf(ids)),
    escalations: many<Escalation>((ids) => service.escalationsOf(ids)),
  };
}
