import { useQuery } from '@apollo/client';
import { Button, Table, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatPeriod } from '../../components/format';
import { graphql } from '../../gql';
import type { BulletinRecordRowFragment } from '../../gql/graphql';
import { useLocale } from '../../locales';

graphql(`
  fragment BulletinRecordRow on BulletinRecord {
    # The persisted document is sent by hash, so Apollo's own __typename is not added: ask for it (fragments match on it).
    __typename
    kind
    id
    districtId
    period
    officialId
    officialName
    enterpriseId
    enterprise {
      id
      name
    }
    issueId
    ledgerNo
    issue {
      id
      title
    }
    inspectionId
    detail
    value
  }
`);

const BulletinRecordsQuery = graphql(`
  query BulletinRecords($period: String!, $figure: String!, $districtId: ID, $yearToDate: Boolean, $first: Int, $offset: Int) {
    bulletinRecords(period: $period, figure: $figure, districtId: $districtId, yearToDate: $yearToDate, first: $first, offset: $offset) {
      figure
      value
      totalCount
      records {
        ...BulletinRecordRow
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** The records behind one figure of the bulletin: the list a figure's link opens. */
export default function BulletinRecords() {
  const { t, locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? '';
  const figure = params.get('figure') ?? '';
  const yearToDate = params.get('yearToDate') === '1';
  const districtId = params.get('districtId');
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const { data, loading, error, refetch } = useQuery(BulletinRecordsQuery, {
    variables: { period, figure, districtId, yearToDate, first: PAGE_SIZE, offset: page * PAGE_SIZE },
  });
  const result = data?.bulletinRecords;
  const back = new URLSearchParams({ period });
  if (yearToDate) back.set('yearToDate', '1');
  if (districtId) back.set('districtId', districtId);
  const go = (next: number) => {
    const p = new URLSearchParams(params);
    p.set('page', String(next));
    setParams(p, { replace: true });
  };

  const columns: TableColumnsType<BulletinRecordRowFragment> = [
    { key: 'district', title: t('bulletin.tenant'), dataIndex: 'districtId', width: 90 },
    { key: 'period', title: t('bulletin.records.period'), render: (_, r) => (r.period ? formatPeriod(r.period, locale) : '—'), width: 110 },
    { key: 'official', title: t('bulletin.records.official'), render: (_, r) => (r.officialId ? `${r.officialName ?? ''} ${r.officialId}`.trim() : '—') },
    { key: 'enterprise', title: t('bulletin.records.enterprise'), render: (_, r) => (r.enterpriseId ? <Link to={`/enterprises/${r.enterpriseId}`}>{r.enterprise?.name ?? r.enterpriseId}</Link> : '—') },
    {
      key: 'problem',
      title: t('bulletin.records.problem'),
      render: (_, r) => (r.issueId ? <Link to={`/issues/${r.issueId}`}>{`${r.ledgerNo ?? r.issueId}${r.issue?.title ? ` ${r.issue.title}` : ''}`}</Link> : r.inspectionId ? `${t('bulletin.records.inspection')} ${r.inspectionId}` : '—'),
    },
    { key: 'detail', title: t('bulletin.records.detail'), dataIndex: 'detail' },
    { key: 'value', title: t('bulletin.records.value'), dataIndex: 'value', align: 'right', width: 80 },
  ];

  return (
    <div>
      <div className="page-header">
        <h1>{t('bulletin.records.title')}</h1>
        <Link to={`/bulletin?${back.toString()}`}>{t('bulletin.records.back')}</Link>
      </div>
      <p>
        {t('bulletin.records.figure')}: <code>{figure}</code> · {formatPeriod(period || '2016-01', locale)}
        {yearToDate ? ` · ${t('bulletin.yearToDate')}` : ''}
        {districtId ? ` · ${districtId}` : ''}
      </p>
      {result && <p role="status">{t('bulletin.records.count', { count: result.totalCount, value: result.value })}</p>}
      {error && !data && <ErrorAlert error={error} onReload={() => void refetch()} />}
      <Table<BulletinRecordRowFragment>
        rowKey={(r) => `${r.kind}|${r.id}`}
        size="small"
        loading={loading}
        columns={columns}
        dataSource={result?.records ?? []}
        pagination={false}
        locale={{ emptyText: loading ? t('common.loading') : t('common.empty') }}
      />
      <nav style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 12 }}>
        <Button disabled={page === 0 || loading} onClick={() => go(page - 1)}>{t('common.prev')}</Button>
        <Button disabled={!result || (page + 1) * PAGE_SIZE >= result.totalCount || loading} onClick={() => go(page + 1)}>{t('common.next')}</Button>
      </nav>
    </div>
  );
}
