import DataLoader from 'dataloader';
import type { MonthlyReport } from '../report/report.type';
import type { ReportQueries } from '../report/report.queries';
import type { VisitPageArgs, VisitQueries } from './visit.queries';
import type { ServiceVisitConnection, VisitExcuse, VisitScope } from './visit.types';

/**
 * Loaders for the work records. A page of visits depends on its arguments, so there is one
 * loader per side and set of arguments: all the enterprises of a list asking for the same page
 * share one statement.
 */
export function createVisitLoaders(visits: VisitQueries, reports: ReportQueries) {
  const pageLoaders = new Map<string, DataLoader<string, ServiceVisitConnection>>();
  const countLoaders = new Map<string, DataLoader<string, number>>();
  return {
    visitPages(side: VisitScope['side'], args: VisitPageArgs): DataLoader<string, ServiceVisitConnection> {
      const key = JSON.stringify([side, args]);
      let loader = pageLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await visits.pages(side, ids, args);
          return ids.map((id) => found.get(id)!);
        });
        pageLoaders.set(key, loader);
      }
      return loader;
    },
    visitCounts(side: VisitScope['side'], period: string | null): DataLoader<string, number> {
      const key = JSON.stringify([side, period]);
      let loader = countLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await visits.counts(side, ids, period);
          return ids.map((id) => found.get(id) ?? 0);
        });
        countLoaders.set(key, loader);
      }
      return loader;
    },
    excusesOfEnterprise: new DataLoader<string, VisitExcuse[]>(async (ids) => {
      const found = await visits.excusesOf(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    reportsOfEnterprise: new DataLoader<string, MonthlyReport[]>(async (ids) => {
      const found = await reports.of(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
