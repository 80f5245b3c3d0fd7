import { lazy, Suspense } from 'react';
import { useQuery } from '@apollo/client';
import { Card, Col, DatePicker, Row, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { ExportButtons } from '../../components/ExportButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatPeriod } from '../../components/format';
import { graphql } from '../../gql';
import { usePeriod } from '../../components/usePeriods';
import { useLocale } from '../../locales';
import { DistrictTable } from './DistrictTable';
import { EscalationsLive } from './EscalationsLive';

// The charts (and ECharts with them) load after the table and the live list: the page is usable first.
const RankingChart = lazy(() => import('./RankingChart').then((m) => ({ default: m.RankingChart })));
const CategoryChart = lazy(() => import('./CategoryChart').then((m) => ({ default: m.CategoryChart })));
const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));
const chartFallback = <Skeleton active />;

/** The contract's CityDashboard, with the ids the page links and caches by. */
export const CityDashboardQuery = graphql(`
  query CityDashboard($period: String!) {
    city {
      name
      campaign {
        name
        mobilizedOn
        minVisitsPerMonth
      }
      districts {
        id
        name
        kind
        enterpriseCount
        officialCount
        issueStats {
          open
          overdue
          escalated
          closed
        }
        ranking(period: $period) {
          rank
          score
          visitCompliance
          responseRate
          resolutionRate
          satisfactionRate
        }
      }
    }
    escalations(filter: { level: CITY, status: OPEN }, first: 20) {
      totalCount
      edges {
        node {
          ...WaitingEscalation
        }
      }
    }
  }
`);

/** 市级驾驶舱: every tenant at a glance, and what waits for the city, live. */
export default function Dashboard() {
  const [params] = useSearchParams();
  // Without ?period=, the latest month that has figures.
  const { period, periods } = usePeriod(params.get('period'));
  if (!period) return <Skeleton active paragraph={{ rows: 10 }} />;
  return <DashboardFor period={period} periods={periods} />;
}

function DashboardFor({ period, periods }: { period: string; periods: string[] }) {
  const { t, locale } = useLocale();
  const [, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(CityDashboardQuery, { variables: { period } });
  const city = data?.city;

  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{t('dashboard.title')}</h1>
          {city?.campaign && (
            <Typography.Text type="secondary">
              {city.name} · {city.campaign.name} · {t('dashboard.mobilizedOn', { date: formatDate(city.campaign.mobilizedOn, locale) })}
            </Typography.Text>
          )}
        </div>
        <Space>
          <label htmlFor="dashboard-period">{t('dashboard.period')}</label>
          <DatePicker
            id="dashboard-period"
            picker="month"
            allowClear={false}
            value={dayjs(`${period}-01`)}
            format={(value) => formatPeriod(value.format('YYYY-MM'), locale)}
            onChange={(value) => value && setParams({ period: value.format('YYYY-MM') })}
          />
        </Space>
      </div>
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      {loading && !data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <Card title={t('dashboard.tenants', { period: formatPeriod(period, locale) })} size="small" extra={<ExportButtons name="rankings" params={{ period }} />}>
              <DistrictTable districts={city?.districts ?? []} />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <EscalationsLive initial={data?.escalations.edges.map((edge) => edge.node) ?? []} total={data?.escalations.totalCount ?? 0} onResync={() => void refetch()} />
          </Col>
          <Col xs={24} xl={14}>
            <Card title={t('dashboard.rankingChart', { period: formatPeriod(period, locale) })} size="small">
              <Suspense fallback={chartFallback}>
                <RankingChart districts={city?.districts ?? []} />
              </Suspense>
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Suspense fallback={chartFallback}>
              <CategoryChart />
            </Suspense>
          </Col>
          <Col xs={24} xl={12}>
            <Suspense fallback={chartFallback}>
              <TrendChart period={period} periods={periods} districts={city?.districts.map((d) => ({ id: d.id, name: d.name })) ?? []} />
            </Suspense>
          </Col>
        </Row>
      )}
    </div>
  );
}
