import { useQuery } from '@apollo/client';
import { Card, DatePicker, Skeleton, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatPeriod, formatRate } from '../../components/format';
import { usePeriod } from '../../components/usePeriods';
import { graphql } from '../../gql';
import type { RankingLineFragment } from '../../gql/graphql';
import { useLocale, type MessageKey } from '../../locales';
import { PublishPeriod } from './PublishPeriod';
import { TenantScorecards } from './TenantScorecards';

export const RankingLineFragmentDoc = graphql(`
  fragment RankingLine on Ranking {
    districtId
    district {
      id
      name
    }
    kind
    rank
    peerRank
    peerGroupSize
    score
    published
    officials
    visits
    requiredVisits
    creditedVisits
    visitCompliance
    reportsExpected
    reportsOnTime
    reportsLate
    reportRate
    problemsDueAnswer
    answeredInTime
    responseRate
    problemsDue
    solvedByDue
    resolutionRate
    closuresRated
    closuresSatisfied
    satisfactionRate
    overdue
    deductions
  }
`);

const RankingsQuery = graphql(`
  query AssessmentRankings($period: String!) {
    city {
      rankings(period: $period) {
        ...RankingLine
      }
    }
  }
`);

const KINDS = ['DISTRICT', 'COUNTY', 'DEVELOPMENT_ZONE', 'NEW_AREA'] as const;

/** 考核排名: every tenant's ranking for a month, overall and within its peer group; a tenant opens its officials' scorecards. */
export default function Assessment() {
  const [params, setParams] = useSearchParams();
  const { period, periods } = usePeriod(params.get('period'));
  const { t, locale } = useLocale();
  const { viewer } = useAuth();
  const { data, loading, error, refetch } = useQuery(RankingsQuery, { variables: { period: period ?? '' }, skip: !period });
  if (!period) return <Skeleton active paragraph={{ rows: 10 }} />;
  const lines = data?.city?.rankings ?? [];

  const ratio = (n: number, of: number) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{` ${n}/${of}`}</Typography.Text>;
  const columns = (peer: boolean): TableColumnsType<RankingLineFragment> => [
    peer
      ? { title: t('assessment.peerRank'), key: 'peerRank', render: (_, r) => (r.peerRank ? `${r.peerRank}/${r.peerGroupSize}` : '—'), width: 90 }
      : { title: t('dashboard.col.rank'), dataIndex: 'rank', width: 70 },
    { title: t('dashboard.col.tenant'), key: 'tenant', render: (_, r) => r.district?.name ?? r.districtId },
    { title: t('assessment.kind'), key: 'kind', render: (_, r) => (r.kind ? t(`districtKind.${r.kind}` as MessageKey) : '—') },
    { title: t('dashboard.col.score'), key: 'score', render: (_, r) => r.score.toFixed(1), align: 'right' },
    { title: t('dashboard.col.visitCompliance'), key: 'visits', render: (_, r) => <>{formatRate(r.visitCompliance)}{ratio(r.creditedVisits, r.requiredVisits)}</>, align: 'right' },
    { title: t('assessment.reportRate'), key: 'reports', render: (_, r) => <>{formatRate(r.reportRate)}{ratio(r.reportsOnTime, r.reportsExpected)}</>, align: 'right' },
    { title: t('dashboard.col.responseRate'), key: 'response', render: (_, r) => <>{formatRate(r.responseRate)}{ratio(r.answeredInTime, r.problemsDueAnswer)}</>, align: 'right' },
    { title: t('dashboard.col.resolutionRate'), key: 'resolution', render: (_, r) => <>{formatRate(r.resolutionRate)}{ratio(r.solvedByDue, r.problemsDue)}</>, align: 'right' },
    { title: t('dashboard.col.satisfactionRate'), key: 'satisfaction', render: (_, r) => <>{formatRate(r.satisfactionRate)}{ratio(r.closuresSatisfied, r.closuresRated)}</>, align: 'right' },
    { title: t('assessment.overdue'), dataIndex: 'overdue', align: 'right', render: (n: number) => (viewer.role === 'DISTRICT_ADMIN' ? <Link to="/ledger?overdue=1">{n}</Link> : n) },
    { title: t('assessment.deductions'), dataIndex: 'deductions', align: 'right' },
  ];
  const table = (rows: RankingLineFragment[], peer: boolean) => (
    <Table
      rowKey="districtId"
      size="small"
      aria-label={t('assessment.ranking')}
      loading={loading && !data}
      columns={columns(peer)}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1000 }}
      // Each tenant opens its officials' scorecards, and each of those the records behind it.
      expandable={{ expandedRowRender: (r) => <TenantScorecards districtId={r.districtId} period={period} />, expandRowByClick: false }}
    />
  );

  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{t('assessment.title')}</h1>
          <Space>
            {lines[0] && (lines[0].published ? <Tag color="green">{t('assessment.published')}</Tag> : <Tag color="blue">{t('assessment.live')}</Tag>)}
            <Typography.Text type="secondary">{t('assessment.openHint')}</Typography.Text>
          </Space>
        </div>
        <Space>
          <label htmlFor="assessment-period">{t('dashboard.period')}</label>
          <DatePicker
            id="assessment-period"
            picker="month"
            allowClear={false}
            value={dayjs(`${period}-01`)}
            format={(value) => formatPeriod(value.format('YYYY-MM'), locale)}
            onChange={(value) => value && setParams({ period: value.format('YYYY-MM') })}
          />
        </Space>
      </div>
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      {viewer.role === 'CITY_ADMIN' && <PublishPeriod period={period} periods={periods} onPublished={() => void refetch()} />}
      <Card size="small" title={t('assessment.rankingOf', { period: formatPeriod(period, locale) })}>
        <Tabs
          items={[
            { key: 'overall', label: t('assessment.overall'), children: table(lines, false) },
            ...KINDS.filter((kind) => lines.some((l) => l.kind === kind)).map((kind) => ({
              key: kind,
              label: t('assessment.peerGroup', { group: t(`districtKind.${kind}` as MessageKey) }),
              children: table(
                lines.filter((l) => l.kind === kind).sort((a, b) => (a.peerRank ?? 99) - (b.peerRank ?? 99)),
                true,
              ),
            })),
          ]}
        />
      </Card>
    </div>
  );
}
