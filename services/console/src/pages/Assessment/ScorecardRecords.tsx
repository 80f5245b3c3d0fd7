import { useQuery } from '@apollo/client';
import { Empty, List, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime } from '../../components/format';
import { graphql } from '../../gql';
import { useLocale, type MessageKey } from '../../locales';
import { CitedEvent } from '../Inspector/CitedEvent';

export type RecordsTab = 'visits' | 'reports' | 'problems' | 'deductions';

/** The records behind an official's month: its visits, its enterprises' reports and problems, and the deductions against it. */
const ScorecardRecordsQuery = graphql(`
  query ScorecardRecords($officialId: ID!, $period: String!) {
    official(id: $officialId) {
      id
      visits(period: $period, first: 100) {
        totalCount
        edges {
          node {
            id
            visitedOn
            mode
            summary
            enterprise {
              id
              name
            }
          }
        }
      }
      enterprises {
        id
        name
        reports {
          id
          period
          submittedAt
          late
        }
        issues(first: 50) {
          edges {
            node {
              id
              ledgerNo
              title
              status
              dueAt
              overdue
            }
          }
        }
      }
    }
    inspections(filter: { officialId: $officialId, period: $period }, first: 50) {
      edges {
        node {
          id
          inspectedOn
          kind
          district {
            id
            name
          }
          findings {
            id
            summary
            officialId
            eventPosition
            issueId
            eventType
            deductions {
              id
              points
              reason
              officialId
              period
            }
          }
        }
      }
    }
  }
`);

export function ScorecardRecords({ officialId, period, tab, onTab }: { officialId: string; districtId: string; period: string; tab: RecordsTab; onTab: (tab: RecordsTab) => void }) {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(ScorecardRecordsQuery, { variables: { officialId, period } });
  const official = data?.official;
  const visits = official?.visits.edges.map((e) => e.node) ?? [];
  const reports = (official?.enterprises ?? []).flatMap((e) => e.reports.filter((r) => r.period === period).map((r) => ({ ...r, enterprise: e.name })));
  const problems = (official?.enterprises ?? []).flatMap((e) => e.issues.edges.map(({ node }) => ({ ...node, enterprise: e.name })));
  // The deductions counted against this official in the month, each with the finding (and event) it rests on.
  const deductions = (data?.inspections.edges ?? []).flatMap(({ node }) =>
    node.findings.flatMap((finding) => finding.deductions.filter((d) => d.officialId === officialId && d.period === period).map((d) => ({ ...d, finding, inspection: node }))),
  );

  const content = (key: RecordsTab) => {
    if (error && !data) return <ErrorAlert error={error} onReload={() => void refetch()} />;
    if (key === 'visits')
      return (
        <Table
          size="small"
          rowKey="id"
          loading={loading && !data}
          aria-label={t('assessment.records.visits')}
          dataSource={visits}
          pagination={false}
          locale={{ emptyText: t('common.empty') }}
          columns={[
            { title: t('assessment.visitedOn'), dataIndex: 'visitedOn', render: (v: string) => formatDate(v, locale) },
            { title: t('issue.enterprise'), render: (_, v) => (v.enterprise ? <Link to={`/enterprises/${v.enterprise.id}`}>{v.enterprise.name}</Link> : '—') },
            { title: t('assessment.visitMode'), dataIndex: 'mode', render: (m: string) => t(`visitMode.${m}` as MessageKey) },
            { title: t('assessment.visitSummary'), dataIndex: 'summary', render: (s: string | null) => s ?? '—' },
          ]}
        />
      );
    if (key === 'reports')
      return (
        <Table
          size="small"
          rowKey="id"
          loading={loading && !data}
          aria-label={t('assessment.records.reports')}
          dataSource={reports}
          pagination={false}
          locale={{ emptyText: t('common.empty') }}
          columns={[
            { title: t('issue.enterprise'), dataIndex: 'enterprise' },
            { title: t('assessment.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => formatDateTime(v, locale) },
            { title: t('assessment.onTime'), dataIndex: 'late', render: (late: boolean) => (late ? <Tag color="orange">{t('assessment.late')}</Tag> : <Tag color="green">{t('assessment.onTime')}</Tag>) },
          ]}
        />
      );
    if (key === 'problems')
      return (
        <Table
          size="small"
          rowKey="id"
          loading={loading && !data}
          aria-label={t('assessment.records.problems')}
          dataSource={problems}
          pagination={false}
          locale={{ emptyText: t('common.empty') }}
          columns={[
            { title: t('issue.ledgerNo'), render: (_, p) => <Link to={`/issues/${p.id}`}>{p.ledgerNo}</Link> },
            { title: t('issue.enterprise'), dataIndex: 'enterprise' },
            { title: t('issue.title'), dataIndex: 'title' },
            { title: t('issue.status'), render: (_, p) => <Tag>{t(`status.${p.status}` as MessageKey)}</Tag> },
            { title: t('issue.dueAt'), render: (_, p) => <span className={p.overdue ? 'overdue' : undefined}>{formatDate(p.dueAt, locale)}{p.overdue ? ` · ${t('issue.overdue')}` : ''}</span> },
          ]}
        />
      );
    return deductions.length === 0 && !loading ? (
      <Empty description={t('assessment.noDeductions')} />
    ) : (
      <List
        aria-label={t('assessment.records.deductions')}
        loading={loading && !data}
        dataSource={deductions}
        renderItem={(d) => (
          <List.Item key={d.id} aria-label={d.reason}>
            <Space direction="vertical" size={2}>
              <Space wrap size={8}>
                <Tag color="red">{t('inspector.minusPoints', { points: d.points })}</Tag>
                <strong>{d.reason}</strong>
              </Space>
              <Typography.Text type="secondary">
                {formatDate(d.inspection.inspectedOn, locale)} · {t(`inspector.kind.${d.inspection.kind}` as MessageKey)} · {d.finding.summary}
              </Typography.Text>
              <CitedEvent issueId={d.finding.issueId} eventType={d.finding.eventType} position={d.finding.eventPosition} />
            </Space>
          </List.Item>
        )}
      />
    );
  };

  const tabs: Array<{ key: RecordsTab; count: number }> = [
    { key: 'visits', count: visits.length },
    { key: 'reports', count: reports.length },
    { key: 'problems', count: problems.length },
    { key: 'deductions', count: deductions.length },
  ];
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => onTab(key as RecordsTab)}
      items={tabs.map(({ key, count }) => ({ key, label: `${t(`assessment.records.${key}` as MessageKey)}（${count}）`, children: content(key) }))}
    />
  );
}
