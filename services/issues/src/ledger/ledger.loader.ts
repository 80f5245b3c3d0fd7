import DataLoader from 'dataloader';
import type { IssueStats } from './district.type';
import type { LedgerService } from './ledger.service';

const EMPTY: IssueStats = { open: 0, overdue: 0, escalated: 0, closed: 0 };

export function createLedgerLoaders(service: LedgerService) {
  return {
    issueStats: new DataLoader<string, IssueStats>(async (districtIds) => {
      const found = await service.statsByDistrict(districtIds);
      return districtIds.map((id) => found.get(id) ?? EMPTY);
    }),
  };
}
