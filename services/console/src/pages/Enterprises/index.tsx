import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Button, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider';
import { ExportButtons } from '../../components/ExportButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NotFound } from '../../components/StatusPages';
import { graphql } from '../../gql';
import type { DistrictEnterprisesQuery, EnterpriseSector, EnterpriseSource } from '../../gql/graphql';
import { useT, type MessageKey } from '../../locales';

/** The contract's DistrictEnterprises, with the list's filters. */
const DistrictEnterprisesQueryDoc = graphql(`
  query DistrictEnterprises($districtId: ID!, $first: Int!, $after: String, $filter: EnterpriseFilter) {
    district(id: $districtId) {
      id
      name
      enterprises(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            name
            sector
            source
            official {
              id
              name
            }
            visitsThisMonth
            openIssueCount
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;
export const SECTORS: EnterpriseSector[] = ['INDUSTRY', 'COMMERCE', 'CONSTRUCTION', 'TECHNOLOGY', 'CULTURE', 'TOURISM'];
export const SOURCES: EnterpriseSource[] = ['CITY_ASSIGNED', 'DISTRICT_SELECTED'];
type Row = NonNullable<DistrictEnterprisesQuery['district']>['enterprises']['edges'][number]['node'];

/** 企业名单: the tenant's enterprises, a page at a time, by source, sector and name. */
export default function Enterprises() {
  const t = useT();
  const { viewer } = useAuth();
  const [params, setParams] = useSearchParams();
  const source = (params.get('source') as EnterpriseSource | null) ?? undefined;
  const sector = (params.get('sector') as EnterpriseSector | null) ?? undefined;
  const name = params.get('q') ?? '';
  const [search, setSearch] = useState(name);
  // Cursors of the pages before this one: Previous goes back one.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const filter = { ...(source ? { source } : {}), ...(sector ? { sector } : {}), ...(name ? { nameContains: name } : {}) };
  const { data, loading, error, refetch } = useQuery(DistrictEnterprisesQueryDoc, {
    variables: { districtId: viewer.districtId ?? '', first: PAGE_SIZE, after, filter },
    skip: !viewer.districtId,
  });
  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setCursors([null]);
  };
  if (!viewer.districtId || (data && !data.district)) return <NotFound />;
  const connection = data?.district?.enterprises;
  const pages = connection ? Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)) : 1;

  const columns: TableColumnsType<Row> = [
    { title: t('portal.col.name'), dataIndex: 'name', key: 'name', render: (value: string, row) => <Link to={`/enterprises/${row.id}`}>{value}</Link> },
    { title: t('portal.col.sector'), dataIndex: 'sector', key: 'sector', render: (value: string) => t(`sector.${value}` as MessageKey), responsive: ['sm'] },
    { title: t('portal.col.source'), dataIndex: 'source', key: 'source', render: (value: string) => <Tag color={value === 'CITY_ASSIGNED' ? 'red' : 'blue'}>{t(`source.${value}` as MessageKey)}</Tag>, responsive: ['md'] },
    { title: t('portal.col.official'), key: 'official', render: (_, row) => row.official?.name ?? <Typography.Text type="warning">{t('portal.unpaired')}</Typography.Text>, responsive: ['sm'] },
    { title: t('portal.col.visits'), dataIndex: 'visitsThisMonth', key: 'visits', align: 'right', render: (v: number) => <span className={v < 2 ? 'overdue' : undefined}>{v}</span> },
    { title: t('portal.col.openIssues'), dataIndex: 'openIssueCount', key: 'open', align: 'right' },
  ];

  return (
    <div>
      <div className="page-header">
        <h1>{data?.district ? `${data.district.name} · ${t('portal.enterprises')}` : t('portal.enterprises')}</h1>
        <Space wrap>
          <ExportButtons name="enterprises" params={{ districtId: viewer.districtId, ...filter }} />
          <Link to="/import"><Button icon={<UploadOutlined />}>{t('menu.import')}</Button></Link>
          <Link to="/enterprises/new"><Button type="primary" icon={<PlusOutlined />}>{t('portal.add')}</Button></Link>
        </Space>
      </div>
      <div className="filters" role="search">
        <Input.Search
          aria-label={t('portal.searchName')}
          placeholder={t('portal.searchName')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(value) => update('q', value.trim() || undefined)}
          enterButton={t('common.search')}
          style={{ width: 280 }}
        />
        <Select
          aria-label={t('portal.col.source')}
          placeholder={t('portal.col.source')}
          allowClear
          value={source}
          onChange={(value) => update('source', value)}
          options={SOURCES.map((value) => ({ value, label: t(`source.${value}` as MessageKey) }))}
        />
        <Select
          aria-label={t('portal.col.sector')}
          placeholder={t('portal.col.sector')}
          allowClear
          value={sector}
          onChange={(value) => update('sector', value)}
          options={SECTORS.map((value) => ({ value, label: t(`sector.${value}` as MessageKey) }))}
        />
      </div>
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        locale={{ emptyText: loading ? t('common.loading') : t('portal.noEnterprises') }}
      />
      <nav aria-label={t('portal.paging')} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'flex-end', marginTop: 12 }}>
        <span role="status">{connection ? t('portal.pageOf', { page: cursors.length, pages, total: connection.totalCount }) : ''}</span>
        <Button disabled={cursors.length <= 1 || loading} onClick={() => setCursors((list) => list.slice(0, -1))}>{t('common.prev')}</Button>
        <Button
          disabled={!connection?.pageInfo.hasNextPage || loading}
          onClick={() => connection?.pageInfo.endCursor && setCursors((list) => [...list, connection.pageInfo.endCursor!])}
        >
          {t('common.next')}
        </Button>
      </nav>
    </div>
  );
}
