import { useQuery } from '@apollo/client';
import { Button, Card, Empty, List, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentPeriod, formatPeriod } from '../../components/format';
import { ProblemList } from '../../components/ProblemList';
import { NotFound } from '../../components/StatusPages';
import { graphql } from '../../gql';
import { useLocale, type MessageKey } from '../../locales';

const OfficialHomeQuery = graphql(`
  query OfficialHome($officialId: ID!, $period: String!) {
    official(id: $officialId) {
      id
      name
      title
      district {
        id
        name
      }
      enterprises {
        id
        name
        visitsThisMonth
        excuses {
          id
          period
          reason
        }
        reports {
          id
          period
          late
        }
        visits(period: $period, first: 10) {
          edges {
            node {
              id
              visitedOn
              mode
              summary
            }
          }
        }
      }
    }
    city {
      campaign {
        minVisitsPerMonth
      }
    }
    issues(first: 50) {
      totalCount
      edges {
        node {
          ...ProblemListRow
        }
      }
    }
  }
`);

/** 助企工作台: the official's enterprises, this month's visits against the minimum, its problems. Phone first. */
export default function OfficialHome() {
  const { t, locale } = useLocale();
  const { viewer } = useAuth();
  const period = currentPeriod();
  const { data, loading, error, refetch } = useQuery(OfficialHomeQuery, {
    variables: { officialId: viewer.officialId ?? '', period },
    skip: !viewer.officialId,
    fetchPolicy: 'cache-and-network',
  });
  if (!viewer.officialId) return <NotFound />;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error && !data) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  const official = data?.official;
  if (!official) return <NotFound />;
  const minimum = data?.city?.campaign?.minVisitsPerMonth ?? 2;
  const issues = data?.issues.edges.map((edge) => edge.node) ?? [];

  return (
    <div style={{ maxWidth: 720 }}>
      <div className="page-header">
        <div>
          <h1>{t('field.official.title')}</h1>
          <Typography.Text type="secondary">{official.name}{official.title ? ` · ${official.title}` : ''} · {official.district.name}</Typography.Text>
        </div>
      </div>
      {official.enterprises.length === 0 && <Card size="small"><Empty description={t('field.official.noEnterprise')} /></Card>}
      {official.enterprises.map((e) => {
        const excuse = e.excuses.find((x) => x.period === period);
        const report = e.reports.find((r) => r.period === period);
        const visits = e.visits.edges.map((edge) => edge.node);
        return (
          <Card key={e.id} size="small" title={<span role="heading" aria-level={2}>{e.name}</span>} style={{ marginBottom: 12 }} aria-label={e.name}>
            <div aria-label={t('field.official.visitsThisMonth')} role="group">
              <Space wrap size={4} style={{ marginBottom: 4 }}>
                <strong>{t('field.official.visitsOf', { period: formatPeriod(period, locale), count: e.visitsThisMonth, minimum })}</strong>
                {e.visitsThisMonth >= minimum ? <Tag color="green">{t('field.official.metMinimum')}</Tag> : <Tag color="orange">{t('field.official.belowMinimum', { missing: minimum - e.visitsThisMonth })}</Tag>}
                {excuse && <Tag color="blue">{t('field.official.excused', { reason: t(`excuse.${excuse.reason}` as MessageKey) })}</Tag>}
              </Space>
              <Progress percent={Math.min(100, Math.round((e.visitsThisMonth / Math.max(1, minimum)) * 100))} showInfo={false} size="small" status={e.visitsThisMonth >= minimum ? 'success' : 'active'} />
            </div>
            {visits.length > 0 && (
              <List size="small" dataSource={visits} renderItem={(v) => (
                <List.Item key={v.id} style={{ paddingInline: 0 }}>
                  <Space wrap size={4}><span>{v.visitedOn}</span><Tag>{t(`visitMode.${v.mode}` as MessageKey)}</Tag><Typography.Text type="secondary">{v.summary}</Typography.Text></Space>
                </List.Item>
              )} />
            )}
            <div style={{ margin: '8px 0' }}>
              {report ? <Tag color={report.late ? 'red' : 'green'}>{t(report.late ? 'field.official.reportLate' : 'field.official.reportDone')}</Tag> : <Tag>{t('field.official.reportMissing')}</Tag>}
            </div>
            <div className="field-actions">
              <Link to={`/official/${e.id}/visit`}><Button type="primary" block>{t('field.visit.title')}</Button></Link>
              <Link to={`/official/${e.id}/problem`}><Button block>{t('field.problem.title')}</Button></Link>
              <Link to={`/official/${e.id}/report`}><Button block>{t('field.report.title')}</Button></Link>
              <Link to={`/official/${e.id}/excuse`}><Button block>{t('field.excuse.title')}</Button></Link>
            </div>
          </Card>
        );
      })}
      <Card size="small" title={<span role="heading" aria-level={2}>{t('field.myProblems', { count: data?.issues.totalCount ?? 0 })}</span>}>
        <ProblemList issues={issues} />
      </Card>
    </div>
  );
}
