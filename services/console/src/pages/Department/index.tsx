import { useQuery } from '@apollo/client';
import { Alert, Card, Empty, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
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

const InboxQuery = graphql(`
  query DepartmentInbox($departmentId: ID!) {
    department(id: $departmentId) {
      id
      name
      district {
        id
        name
      }
      assignedIssues(first: 100, filter: { status: [ASSIGNED, ACCEPTED, IN_PROGRESS, REOPENED] }) {
        totalCount
        edges {
          node {
            id
            ledgerNo
            title
            status
            category
            urgency
            responsiblePerson
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
              district {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** The moment that falls due first among a problem's running clocks. */
export function nextDue(issue: InboxRow): number {
  const times = [issue.stageDueAt, issue.dueAt, issue.respondedAt ? null : issue.responseDueAt].filter((v): v is string => Boolean(v)).map((v) => Date.parse(v));
  return times.length ? Math.min(...times) : Number.POSITIVE_INFINITY;
}

/** 待办问题: what is assigned to the department and still with it, what falls due first on top. */
export default function DepartmentInbox() {
  const { t, locale } = useLocale();
  const { viewer } = useAuth();
  const { data, loading, error, refetch } = useQuery(InboxQuery, { variables: { departmentId: viewer.departmentId ?? '' }, skip: !viewer.departmentId, fetchPolicy: 'cache-and-network' });
  if (!viewer.departmentId) return <NotFound />;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error && !data) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  const department = data?.department;
  if (!department) return <NotFound />;
  const rows = department.assignedIssues.edges.map((edge) => edge.node).sort((a, b) => nextDue(a) - nextDue(b) || a.ledgerNo.localeCompare(b.ledgerNo));

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
          <Typography.Text type="secondary">{t('dept.inboxHint', { count: department.assignedIssues.totalCount })}</Typography.Text>
        </div>
      </div>
      {department.assignedIssues.totalCount > rows.length && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('dept.truncated', { shown: rows.length, total: department.assignedIssues.totalCount })} />
      )}
      <Card size="small">
        {rows.length === 0 ? <Empty description={t('dept.empty')} /> : (
          <Table size="small" rowKey="id" columns={columns} dataSource={rows} pagination={{ pageSize: 20, hideOnSinglePage: true }} aria-label={t('menu.inbox')} scroll={{ x: true }} />
        )}
      </Card>
    </div>
  );
}
