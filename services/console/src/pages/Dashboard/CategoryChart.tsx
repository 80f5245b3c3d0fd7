import { useQuery } from '@apollo/client';
import { Card, Skeleton } from 'antd';
import { Chart } from '../../components/Chart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { graphql } from '../../gql';
import type { IssueCategory } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';

const CATEGORIES: IssueCategory[] = ['LABOR', 'LAND', 'APPROVAL', 'FINANCING', 'TRANSPORT', 'ENVIRONMENT', 'POLICY', 'INFRASTRUCTURE', 'OTHER'];

/** Counts only (first: 1): the ledger's totals per category, all and still open. */
const ProblemsByCategoryQuery = graphql(`
  query ProblemsByCategory {
    LABOR: issues(first: 1, filter: { category: LABOR }) { totalCount }
    LAND: issues(first: 1, filter: { category: LAND }) { totalCount }
    APPROVAL: issues(first: 1, filter: { category: APPROVAL }) { totalCount }
    FINANCING: issues(first: 1, filter: { category: FINANCING }) { totalCount }
    TRANSPORT: issues(first: 1, filter: { category: TRANSPORT }) { totalCount }
    ENVIRONMENT: issues(first: 1, filter: { category: ENVIRONMENT }) { totalCount }
    POLICY: issues(first: 1, filter: { category: POLICY }) { totalCount }
    INFRASTRUCTURE: issues(first: 1, filter: { category: INFRASTRUCTURE }) { totalCount }
    OTHER: issues(first: 1, filter: { category: OTHER }) { totalCount }
    openLABOR: issues(first: 1, filter: { category: LABOR, status: [RAISED, ASSIGNED, RETURNED, ACCEPTED, IN_PROGRESS, REOPENED, ESCALATED] }) { totalCount }
    openLAND: issues(first: 1, filter: { category: LAND, status: [RAISED, ASSIGNED, RETURNED, ACCEPTED, IN_PROGRESS, REOPENED, ESCALATED] }) { totalCount }
    openAPPROVAL: issues(first: 1, filter: { category: APPROVAL, status: [RAISED, ASSIGNED, RETURNED, ACCEPTED, IN_PROGRESS, REOPENED, ESCALATED] }) { totalCount }
    openFINANCING: issues(first: 1, filter: { category: FINANCING, status: [RAISED, ASSIGNED, RETURNED, ACCEPTED, IN_PROGRESS, REOPENED, ESCALATED] }) { totalCount }
    openTRANSPORT: issues(first: 1, filter: { category: TRANSPORT, status: [RAISED, ASSIGNED, RETURNED, ACCEPTED, IN_PROGRESS, REOPENED, ESCALATED] }) { totalCount }
    openENVIRONMENT: issues(first: 1, filter: { category: ENVIRONMENT, status: [RAISED, ASSIGNED, RETURNED, ACCEPTED, IN_PROGRESS, REOPENED, ESCALATED] }) { totalCount }
    openPOLICY: issues(first: 1, filter: { category: POLICY, status: [RAISED, ASSIGNED, RETURNED, ACCEPTED, IN_PROGRESS, REOPENED, ESCALATED] }) { totalCount }
    openINFRASTRUCTURE: issues(first: 1, filter: { category: INFRASTRUCTURE, status: [RAISED, ASSIGNED, RETURNED, ACCEPTED, IN_PROGRESS, REOPENED, ESCALATED] }) { totalCount }
    openOTHER: issues(first: 1, filter: { category: OTHER, status: [RAISED, ASSIGNED, RETURNED, ACCEPTED, IN_PROGRESS, REOPENED, ESCALATED] }) { totalCount }
  }
`);

/** Problems by category across every tenant: all entered, and those still open. */
export function CategoryChart() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(ProblemsByCategoryQuery);
  const counts = data as Record<string, { totalCount: number }> | undefined;
  return (
    <Card title={t('dashboard.categoryChart')} size="small">
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      {loading && !data ? (
        <Skeleton active />
      ) : (
        counts && (
          <Chart
            label={t('dashboard.categoryChart')}
            option={{
              tooltip: { trigger: 'axis' },
              legend: { top: 0 },
              grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
              xAxis: { type: 'category', data: CATEGORIES.map((c) => t(`category.${c}` as MessageKey)), axisLabel: { interval: 0, rotate: 30 } },
              yAxis: { type: 'value' },
              series: [
                { type: 'bar', name: t('dashboard.categoryAll'), data: CATEGORIES.map((c) => counts[c]?.totalCount ?? 0), itemStyle: { color: '#8c8c8c' } },
                { type: 'bar', name: t('dashboard.categoryOpen'), data: CATEGORIES.map((c) => counts[`open${c}`]?.totalCount ?? 0), itemStyle: { color: '#b71c1c' } },
              ],
            }}
          />
        )
      )}
    </Card>
  );
}
