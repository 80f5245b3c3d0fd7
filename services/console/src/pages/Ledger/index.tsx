import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Button, Select, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { ExportButtons } from '../../components/ExportButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { graphql } from '../../gql';
import type { IssueCategory, IssueStatus, LedgerRowFragment } from '../../gql/graphql';
import { useLocale, type MessageKey } from '../../locales';

export const STATUSES: IssueStatus[] = ['RAISED', 'ASSIGNED', 'RETURNED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'REOPENED', 'ESCALATED', 'UNSOLVABLE', 'CLOSED'];
export const CATEGORIES: IssueCategory[] = ['LABOR', 'LAND', 'APPROVAL', 'FINANCING', 'TRANSPORT', 'ENVIRONMENT', 'POLICY', 'INFRASTRUCTURE', 'OTHER'];

graphql(`
  fragment LedgerRow on Issue {
    id
    ledgerNo
    title
    category
    status
    overdue
    dueAt
    raisedAt
    responsiblePerson
    department {
      id
      name
    }
    enterprise {
      id
      name
    }
  }
`);

/** The tenant's ledger, or (with a department chosen) what is assigned to that department. */
const LedgerQuery = graphql(`
  query Ledger($districtId: ID!, $filter: IssueFilter, $first: Int!, $after: String, $departmentId: ID!, $byDepartment: Boolean!) {
    district(id: $districtId) {
      id
      name
      departments {
        id
        name
      }
    }
    issues(filter: $filter, first: $first, after: $after) @skip(if: $byDepartment) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...LedgerRow
        }
      }
    }
    department(id: $departmentId) @include(if: $byDepartment) {
      id
      assignedIssues(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...LedgerRow
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** 工作台账: filtered by status, category, department and overdue. */
export default function Ledger() {
  const { t, locale } = useLocale();
  const { viewer } = useAuth();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as IssueStatus | null) ?? undefined;
  const category = (params.get('category') as IssueCategory | null) ?? undefined;
  const departmentId = params.get('department') ?? undefined;
  const overdue = params.get('overdue') === '1';
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const filter = { districtId: viewer.districtId, ...(status ? { status: [status] } : {}), ...(category ? { category } : {}), ...(overdue ? { overdue: true } : {}) };
  const { data, loading, error, refetch } = useQuery(LedgerQuery, {
    variables: { districtId: viewer.districtId ?? '', filter, first: PAGE_SIZE, after: cursors[cursors.length - 1], departmentId: departmentId ?? '', byDepartment: Boolean(departmentId) },
  });
  const connection = departmentId ? data?.department?.assignedIssues : data?.issues;
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setCursors([null]);
  };

  const columns: TableColumnsType<LedgerRowFragment> = [
    { key: 'no', title: t('issue.ledgerNo'), render: (_, i) => <Link to={`/issues/${i.id}`}>{i.ledgerNo}</Link>, width: 170 },
    { key: 'title', title: t('issue.title'), dataIndex: 'title' },
    { key: 'enterprise', title: t('issue.enterprise'), render: (_, i) => i.enterprise.name, responsive: ['md'] },
    { key: 'category', title: t('issue.category'), render: (_, i) => t(`category.${i.category}` as MessageKey), responsive: ['lg'] },
    { key: 'status', title: t('issue.status'), render: (_, i) => <Tag>{t(`status.${i.status}` as MessageKey)}</Tag> },
    { key: 'department', title: t('issue.department'), render: (_, i) => i.department?.name ?? '—', responsive: ['lg'] },
    { key: 'due', title: t('issue.dueAt'), render: (_, i) => <span className={i.overdue ? 'overdue' : undefined}>{formatDate(i.dueAt, locale)}{i.overdue ? ` · ${t('issue.overdue')}` : ''}</span>, responsive: ['sm'] },
  ];

  return (
    <div>
      <div className="page-header">
        <h1>{data?.district ? `${data.district.name} · ${t('menu.ledger')}` : t('menu.ledger')}</h1>
        <ExportButtons name="ledger" params={{ districtId: viewer.districtId, status, category, departmentId, overdue: overdue || undefined }} />
      </div>
      <div className="filters" role="search">
        <Select aria-label={t('issue.status')} placeholder={t('issue.status')} allowClear value={status} onChange={(v) => set('status', v)} options={STATUSES.map((value) => ({ value, label: t(`status.${value}` as MessageKey) }))} />
        <Select aria-label={t('issue.category')} placeholder={t('issue.category')} allowClear value={category} onChange={(v) => set('category', v)} options={CATEGORIES.map((value) => ({ value, label: t(`category.${value}` as MessageKey) }))} />
        <Select aria-label={t('issue.department')} placeholder={t('issue.department')} allowClear showSearch optionFilterProp="label" value={departmentId} onChange={(v) => set('department', v)} options={(data?.district?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))} style={{ minWidth: 200 }} />
        <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
          <Switch checked={overdue} onChange={(checked) => set('overdue', checked ? '1' : undefined)} aria-label={t('issue.onlyOverdue')} />
          {t('issue.onlyOverdue')}
        </label>
      </div>
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      <Table<LedgerRowFragment>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        locale={{ emptyText: loading ? t('common.loading') : t('issue.noIssues') }}
      />
      <nav aria-label={t('portal.paging')} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'flex-end', marginTop: 12 }}>
        <span role="status">{connection ? t('issue.pageOf', { page: cursors.length, pages: Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)), total: connection.totalCount }) : ''}</span>
        <Button disabled={cursors.length <= 1 || loading} onClick={() => setCursors((list) => list.slice(0, -1))}>{t('common.prev')}</Button>
        <Button disabled={!connection?.pageInfo.hasNextPage || loading} onClick={() => connection?.pageInfo.endCursor && setCursors((list) => [...list, connection.pageInfo.endCursor!])}>{t('common.next')}</Button>
      </nav>
    </div>
  );
}
