import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Button, Card, Col, Descriptions, Empty, List, Row, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { EditOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime, formatPeriod } from '../../components/format';
import { NotFound } from '../../components/StatusPages';
import { graphql } from '../../gql';
import { useLocale, type MessageKey } from '../../locales';
import { PairModal } from './PairModal';

const EnterprisePageQuery = graphql(`
  query EnterprisePage($id: ID!, $period: String!) {
    enterprise(id: $id) {
      id
      name
      creditCode
      sector
      source
      aboveScale
      kind
      contactName
      contactPhone
      district {
        id
        name
      }
      official {
        id
        name
        title
        departmentName
      }
      pairings {
        id
        startedOn
        endedOn
        reason
        endReason
        active
        official {
          id
          name
        }
      }
      visitsThisMonth
      visits(period: $period, first: 50) {
        totalCount
        edges {
          node {
            id
            visitedOn
            mode
            summary
            official {
              id
              name
            }
          }
        }
      }
      reports {
        id
        period
        progress
        submittedAt
        late
      }
      issues(first: 50) {
        totalCount
        edges {
          node {
            id
            ledgerNo
            title
            status
            category
            overdue
            raisedAt
          }
        }
      }
      policies {
        id
        title
        level
        issuer
        fundAmount
        validTo
      }
    }
  }
`);

/** 企业页面: one enterprise, its official and pairing history, this month's visits, reports, problems and policies. */
export default function Enterprise() {
  const { t, locale } = useLocale();
  const { viewer } = useAuth();
  const { id = '' } = useParams();
  const period = new Date().toISOString().slice(0, 7);
  const [pairing, setPairing] = useState(false);
  const { data, loading, error, refetch } = useQuery(EnterprisePageQuery, { variables: { id, period } });
  if (loading && !data) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (error && !data) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  const e = data?.enterprise;
  if (!e) return <NotFound />;
  const mayManage = viewer.role === 'DISTRICT_ADMIN';

  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{e.name}</h1>
          <Space wrap size={4}>
            <Tag color={e.source === 'CITY_ASSIGNED' ? 'red' : 'blue'}>{t(`source.${e.source}` as MessageKey)}</Tag>
            <Tag>{t(`sector.${e.sector}` as MessageKey)}</Tag>
            {e.aboveScale && <Tag color="gold">{t('portal.field.aboveScale')}</Tag>}
            <Typography.Text type="secondary">{e.district.name}</Typography.Text>
          </Space>
        </div>
        {mayManage && (
          <Space wrap>
            <Button icon={<UserSwitchOutlined />} onClick={() => setPairing(true)}>{e.official ? t('portal.repair') : t('portal.pair')}</Button>
            <Link to={`/enterprises/${e.id}/edit`}><Button icon={<EditOutlined />}>{t('portal.edit')}</Button></Link>
          </Space>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('portal.detail.basics')}>
            <Descriptions size="small" column={1} items={[
              { key: 'code', label: t('portal.field.creditCode'), children: e.creditCode ?? '—' },
              { key: 'kind', label: t('portal.field.kind'), children: t(`enterpriseKind.${e.kind}` as MessageKey) },
              { key: 'contact', label: t('portal.field.contactName'), children: e.contactName ?? '—' },
              { key: 'phone', label: t('portal.field.contactPhone'), children: e.contactPhone ?? '—' },
              { key: 'official', label: t('portal.detail.official'), children: e.official ? `${e.official.name}${e.official.title ? `（${e.official.title}）` : ''}${e.official.departmentName ? ` · ${e.official.departmentName}` : ''}` : t('portal.unpaired') },
            ]} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('portal.detail.pairings')}>
            {e.pairings.length === 0 ? <Empty description={t('common.empty')} /> : (
              <Timeline items={e.pairings.filter((p) => p != null).sort((a, b) => b.startedOn.localeCompare(a.startedOn)).map((p) => ({
                key: p.id,
                color: p.active ? 'green' : 'gray',
                content: (
                  <div>
                    <strong>{p.official?.name ?? '—'}</strong> {p.active && <Tag color="green">{t('portal.detail.current')}</Tag>}
                    <div>{formatDate(p.startedOn, locale)} {t('portal.detail.from')}{p.endedOn ? ` · ${formatDate(p.endedOn, locale)} ${t('portal.detail.to')}` : ''}</div>
                    {(p.reason || p.endReason) && <Typography.Text type="secondary">{[p.reason, p.endReason].filter(Boolean).join(' · ')}</Typography.Text>}
                  </div>
                ),
              }))} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('portal.detail.visits', { count: e.visitsThisMonth })}>
            <List size="small" dataSource={e.visits.edges.flatMap((edge) => (edge?.node ? [edge.node] : []))} locale={{ emptyText: t('common.empty') }} renderItem={(v) => (
              <List.Item key={v.id}>
                <Space wrap>{formatDate(v.visitedOn, locale)}<Tag>{t(`visitMode.${v.mode}` as MessageKey)}</Tag>{v.official?.name}<Typography.Text type="secondary">{v.summary}</Typography.Text></Space>
              </List.Item>
            )} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('portal.detail.reports')}>
            <List size="small" dataSource={e.reports.filter((r) => r != null).sort((a, b) => b.period.localeCompare(a.period)).slice(0, 12)} locale={{ emptyText: t('common.empty') }} renderItem={(r) => (
              <List.Item key={r.id}>
                <Space wrap><strong>{formatPeriod(r.period, locale)}</strong>{r.late ? <Tag color="red">{t('portal.detail.late')}</Tag> : <Tag color="green">{t('portal.detail.onTime')}</Tag>}<Typography.Text type="secondary">{r.progress}</Typography.Text></Space>
              </List.Item>
            )} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('portal.detail.issues', { count: e.issues.totalCount })}>
            <Table size="small" rowKey="id" pagination={false} dataSource={e.issues.edges.flatMap((edge) => (edge?.node ? [edge.node] : []))} locale={{ emptyText: t('common.empty') }} columns={[
              { key: 'no', title: t('issue.ledgerNo'), render: (_, i) => <Link to={`/issues/${i.id}`}>{i.ledgerNo}</Link> },
              { key: 'title', title: t('issue.title'), dataIndex: 'title' },
              { key: 'status', title: t('issue.status'), render: (_, i) => <span className={i.overdue ? 'overdue' : undefined}>{t(`status.${i.status}` as MessageKey)}</span> },
              { key: 'raised', title: t('issue.raisedAt'), render: (_, i) => formatDateTime(i.raisedAt, locale), responsive: ['md'] },
            ]} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('portal.detail.policies')}>
            <List size="small" dataSource={e.policies.filter((p) => p != null)} locale={{ emptyText: t('common.empty') }} renderItem={(p) => (
              <List.Item key={p.id}>
                <Space wrap><Tag>{t(`policyLevel.${p.level}` as MessageKey)}</Tag><strong>{p.title}</strong><Typography.Text type="secondary">{p.issuer}{p.fundAmount ? ` · ${t('portal.detail.fund', { amount: p.fundAmount })}` : ''}</Typography.Text></Space>
              </List.Item>
            )} />
          </Card>
        </Col>
      </Row>
      {pairing && (
        <PairModal enterpriseId={e.id} districtId={e.district.id} currentOfficialId={e.official?.id} onClose={() => setPairing(false)} onPaired={() => { setPairing(false); void refetch(); }} />
      )}
    </div>
  );
}
