import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Empty, List, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatPeriod } from '../../components/format';
import { graphql } from '../../gql';
import type { InspectionRowFragment } from '../../gql/graphql';
import { useLocale, useT, type MessageKey } from '../../locales';
import { CitedEvent } from './CitedEvent';
import type { Suggestion } from './InspectionForm';

export const InspectionRowFragmentDoc = graphql(`
  fragment InspectionRow on Inspection {
    id
    kind
    inspectedOn
    period
    deductionTotal
    recordedAt
    districtId
    district {
      id
      name
    }
    officials {
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
      }
    }
    publicCriticism {
      title
      text
      officialIds
    }
  }
`);

const InspectionsQuery = graphql(`
  query Inspections($first: Int!) {
    inspections(first: $first) {
      totalCount
      edges {
        node {
          ...InspectionRow
        }
      }
    }
  }
`);

const SuggestedFindingsQuery = graphql(`
  query SuggestedFindings {
    suggestedFindings {
      kind
      districtId
      issueId
      ledgerNo
      officialId
      summary
      eventPositions
      alreadyRecorded
    }
  }
`);

/** One inspection's findings: each with the event it cites and the points it cost. */
export function Findings({ inspection }: { inspection: InspectionRowFragment }) {
  const t = useT();
  return (
    <List
      size="small"
      dataSource={inspection.findings}
      renderItem={(f) => (
        <List.Item key={f.id}>
          <Space direction="vertical" size={2}>
            <span>{f.summary}</span>
            <Space wrap size={8}>
              {f.officialId && <Tag>{inspection.officials.find((o) => o?.id === f.officialId)?.name ?? f.officialId}</Tag>}
              <CitedEvent issueId={f.issueId} eventType={f.eventType} position={f.eventPosition} />
              {f.deductions.map((d) => (
                <Tag color="red" key={d.id}>{t('inspector.minusPoints', { points: d.points })} · {d.reason}</Tag>
              ))}
            </Space>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** 督查: the inspections recorded, and the findings the ledger suggests. */
export default function Inspector() {
  const { t, locale } = useLocale();
  const { viewer } = useAuth();
  const navigate = useNavigate();
  const recorded = (useLocation().state as { recorded?: string } | null)?.recorded;
  const mayRecord = viewer.role === 'INSPECTOR' || viewer.role === 'CITY_ADMIN';
  const inspections = useQuery(InspectionsQuery, { variables: { first: 50 } });
  const suggested = useQuery(SuggestedFindingsQuery);

  const columns: TableColumnsType<InspectionRowFragment> = [
    { title: t('inspector.inspectedOn'), dataIndex: 'inspectedOn', render: (v: string) => formatDate(v, locale), width: 140 },
    // A tenant or official the other subgraphs do not know comes back null (the gateway does not
    // refuse the row for it): the id stands in for the name.
    { title: t('inspector.district'), render: (_, i) => i.district?.name ?? i.districtId },
    { title: t('inspector.kind'), render: (_, i) => t(`inspector.kind.${i.kind}` as MessageKey) },
    { title: t('inspector.period'), render: (_, i) => formatPeriod(i.period, locale) },
    { title: t('inspector.officials'), render: (_, i) => i.officials.filter(Boolean).map((o) => o.name).join('、') || '—' },
    { title: t('inspector.findings'), render: (_, i) => i.findings.length, align: 'right' },
    { title: t('inspector.deductionTotal'), render: (_, i) => i.deductionTotal, align: 'right' },
    { title: t('inspector.criticism'), render: (_, i) => (i.publicCriticism ? <Tag color="volcano">{t('inspector.criticised')}</Tag> : '—') },
  ];

  const suggestions = suggested.data?.suggestedFindings ?? [];
  return (
    <div>
      <div className="page-header">
        <h1>{t('inspector.title')}</h1>
        {mayRecord && (
          <Button type="primary" onClick={() => navigate('/inspections/new')}>
            {t('inspector.new')}
          </Button>
        )}
      </div>
      {recorded && <Alert type="success" showIcon title={t('inspector.recorded')} style={{ marginBottom: 12 }} />}
      <Tabs
        items={[
          {
            key: 'inspections',
            label: t('inspector.list', { count: inspections.data?.inspections.totalCount ?? 0 }),
            children: (
              <Card size="small">
                {inspections.error && !inspections.data && <ErrorAlert error={inspections.error} onReload={() => void inspections.refetch()} />}
                <Table
                  rowKey="id"
                  size="small"
                  aria-label={t('inspector.title')}
                  loading={inspections.loading && !inspections.data}
                  columns={columns}
                  dataSource={inspections.data?.inspections.edges.map((e) => e.node) ?? []}
                  expandable={{
                    expandedRowRender: (i) => (
                      <div>
                        <Findings inspection={i} />
                        {i.publicCriticism && (
                          <Alert type="warning" title={`${t('inspector.criticism')}：${i.publicCriticism.title}`} description={i.publicCriticism.text} style={{ marginTop: 8 }} />
                        )}
                      </div>
                    ),
                    defaultExpandedRowKeys: recorded ? [recorded] : [],
                  }}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                />
              </Card>
            ),
          },
          {
            key: 'suggested',
            label: t('inspector.suggested', { count: suggestions.filter((s) => !s.alreadyRecorded).length }),
            children: (
              <Card size="small">
                {suggested.error && !suggested.data && <ErrorAlert error={suggested.error} onReload={() => void suggested.refetch()} />}
                {!suggested.loading && suggestions.length === 0 ? (
                  <Empty description={t('inspector.noSuggestions')} />
                ) : (
                  <List
                    aria-label={t('inspector.suggestedTitle')}
                    loading={suggested.loading && !suggested.data}
                    dataSource={suggestions}
                    renderItem={(s) => (
                      <List.Item
                        key={`${s.issueId}-${s.kind}`}
                        aria-label={s.ledgerNo}
                        actions={
                          mayRecord && !s.alreadyRecorded
                            ? [
                                <Button
                                  key="use"
                                  size="small"
                                  onClick={() =>
                                    navigate('/inspections/new', {
                                      state: { suggestion: { districtId: s.districtId, officialId: s.officialId, summary: s.summary, ledgerNo: s.ledgerNo, eventPosition: s.eventPositions[0] } satisfies Suggestion },
                                    })
                                  }
                                >
                                  {t('inspector.useSuggestion')}
                                </Button>,
                              ]
                            : []
                        }
                      >
                        <List.Item.Meta
                          title={
                            <Space wrap size={4}>
                              <Link to={`/issues/${s.issueId}`}>{s.ledgerNo}</Link>
                              <Tag color="orange">{t(`inspector.suggestion.${s.kind}` as MessageKey)}</Tag>
                              {s.alreadyRecorded && <Tag color="green">{t('inspector.alreadyRecorded')}</Tag>}
                            </Space>
                          }
                          description={
                            <div>
                              <div>{s.summary}</div>
                              <Typography.Text type="secondary">{t('inspector.returnsWithoutReason', { count: s.eventPositions.length })}</Typography.Text>
                            </div>
                          }
                        />
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            ),
          },
        ]}
      />
    </div>
  );
}
