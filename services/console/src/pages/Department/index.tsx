import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Button, Card, Empty, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { NotFound } from '../../components/StatusPages';
import { graphql } from '../../gql';
import type { DepartmentInboxQuery } from '../../gql/graphql';
import { useLocale, type MessageKey } from '../../locales';
import { Clock } from './Clock';

type InboxRow = NonNullable<DepartmentInboxQuery['department']>['assignedIssues']['edges'][number]['node'];

/**
 * A page of the inbox, what falls due first on top (ordered by the ledger, so the first page
 * holds the most pressing of all, however many are assigned). The page size is a literal: the
 * gateway's cost limit counts it, and this selection for 100 rows would exceed it.
 */
const PAGE_SIZE = 20;
const InboxQuery = graphql(`
  query DepartmentInbox($departmentId: ID!, $after: String) {
    department(id: $departmentId) {
      id
      name
      district {
        id
        name
      }
      assignedIssues(first: 20, after: $after, orderBy: DUE_FIRST, filter: { status: [ASSIGNED, ACCEPTED, IN_PROGRESS, REOPENED] }) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ledgerNo
            title
            status
            category
            urgency
            raisedAt
            responseDueAt
            respondedAt
            responseOverdue
            stageDueAt
            stageOverdue
            dueAt
            overdue
            workingDaysLeft {
              response
              resolution
              stage
            }
            enterprise {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** 待办问题: what is assigned to the department and still with it, what falls due first on top. */
export default function DepartmentInbox() {
  const { t, locale } = useLocale();
  const { viewer } = useAuth();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const { data: current, previousData, loading, error, refetch } = useQuery(InboxQuery, {
    variables: { departmentId: viewer.departmentId ?? '', after: cursors[cursors.length - 1] },
    skip: !viewer.departmentId,
    fetchPolicy: 'cache-and-network',
  });
  // While the next page loads, the one shown stays (with the table's spinner).
  const data = current ?? previousData;
  if (!viewer.departmentId) return <NotFound />;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error && !data) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  const department = data?.department;
  if (!department) return <NotFound />;
  const connection = department.assignedIssues;
  const rows = connection.edges.map((edge) => edge.node);

  const columns: TableColumnsType<InboxRow> = [
    { key: 'no', title: t('issue.ledgerNo'), render: (_, i) => <Link to={`/issues/${i.id}`}>{i.ledgerNo}</Link> },
    {
      key: 'title',
      title: t('issue.title'),
      render: (_, i) => (
        <div>
          <strong>{i.title}</strong>
          <div><Typography.Text type="secondary">{i.enterprise.name} · {t(`category.${i.category}` as MessageKey)}</Typography.Text></div>
        </div>
      ),
    },
    { key: 'status', title: t('issue.status'), render: (_, i) => <Space size={4} wrap><Tag color="processing">{t(`status.${i.status}` as MessageKey)}</Tag>{i.urgency === 'URGENT' && <Tag color="red">{t('urgency.URGENT')}</Tag>}</Space> },
    {
      key: 'clock',
      title: t('dept.nextDue'),
      render: (_, i) => (
        <Space direction="vertical" size={0}>
          {!i.respondedAt && <Clock label={t('issue.clock.response')} due={i.responseDueAt} late={i.responseOverdue} days={i.workingDaysLeft.response} />}
          <Clock label={t('issue.clock.stage')} due={i.stageDueAt} late={i.stageOverdue} days={i.workingDaysLeft.stage} />
          <Clock label={t('issue.clock.overall')} due={i.dueAt} late={i.overdue} days={i.workingDaysLeft.resolution} />
        </Space>
      ),
    },
    { key: 'raised', title: t('issue.raisedAt'), render: (_, i) => formatDateTime(i.raisedAt, locale), responsive: ['lg'] },
  ];

  return (
    <div>
      <div className="page-header">
        <div>
          <h1>{t('dept.inbox', { name: department.name })}</h1>
          <Typography.Text type="secondary">{t('dept.inboxHint', { count: connection.totalCount })}</Typography.Text>
        </div>
      </div>
      <Card size="small">
        {rows.length === 0 ? <Empty description={t('dept.empty')} /> : (
          <Table size="small" rowKey="id" loading={loading} columns={columns} dataSource={rows} pagination={false} aria-label={t('menu.inbox')} scroll={{ x: true }} />
        )}
      </Card>
      {(cursors.length > 1 || connection.pageInfo.hasNextPage) && (
        <nav aria-label={t('portal.paging')} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'flex-end', marginTop: 12 }}>
          <span role="status">{t('issue.pageOf', { page: cursors.length, pages: Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)), total: connection.totalCount })}</span>
          <Button disabled={cursors.length <= 1 || loading} onClick={() => setCursors((list) => list.slice(0, -1))}>{t('common.prev')}</Button>
          <Button disabled={!connection.pageInfo.hasNextPage || loading} onClick={() => connection.pageInfo.endCursor && setCursors((list) => [...list, connection.pageInfo.endCursor!])}>{t('common.next')}</Button>
        </nav>
      )}
    </div>
  );
}
