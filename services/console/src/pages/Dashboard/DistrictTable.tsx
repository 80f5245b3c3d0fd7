import { Table, type TableColumnsType } from 'antd';
import { formatRate } from '../../components/format';
import type { CityDashboardQuery } from '../../gql/graphql';
import { useT } from '../../locales';

type DistrictRow = NonNullable<CityDashboardQuery['city']>['districts'][number];

const byNumber = (pick: (row: DistrictRow) => number | null | undefined) => (a: DistrictRow, b: DistrictRow) =>
  (pick(a) ?? -Infinity) - (pick(b) ?? -Infinity);

/** Every tenant at a glance; every column sorts. */
export function DistrictTable({ districts }: { districts: DistrictRow[] }) {
  const t = useT();
  const rate = (pick: (row: DistrictRow) => number | null | undefined) => ({ render: (_: unknown, row: DistrictRow) => formatRate(pick(row)), sorter: byNumber(pick), align: 'right' as const });
  const count = (pick: (row: DistrictRow) => number | null | undefined) => ({ render: (_: unknown, row: DistrictRow) => pick(row) ?? '—', sorter: byNumber(pick), align: 'right' as const });
  const columns: TableColumnsType<DistrictRow> = [
    { title: t('dashboard.col.rank'), key: 'rank', ...count((r) => r.ranking?.rank), defaultSortOrder: 'ascend', width: 64 },
    { title: t('dashboard.col.tenant'), key: 'name', dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'), fixed: 'left', render: (name: string, row) => <span title={t(`districtKind.${row.kind}`)}>{name}</span> },
    { title: t('dashboard.col.enterprises'), key: 'enterprises', ...count((r) => r.enterpriseCount) },
    { title: t('dashboard.col.officials'), key: 'officials', ...count((r) => r.officialCount) },
    { title: t('dashboard.col.open'), key: 'open', ...count((r) => r.issueStats?.open) },
    { title: t('dashboard.col.overdue'), key: 'overdue', ...count((r) => r.issueStats?.overdue), render: (_: unknown, r) => <span className={r.issueStats?.overdue ? 'overdue' : undefined}>{r.issueStats?.overdue ?? '—'}</span> },
    { title: t('dashboard.col.escalated'), key: 'escalated', ...count((r) => r.issueStats?.escalated) },
    { title: t('dashboard.col.score'), key: 'score', ...count((r) => r.ranking?.score), render: (_: unknown, r) => (r.ranking ? r.ranking.score.toFixed(1) : '—') },
    { title: t('dashboard.col.visitCompliance'), key: 'visitCompliance', ...rate((r) => r.ranking?.visitCompliance) },
    { title: t('dashboard.col.responseRate'), key: 'responseRate', ...rate((r) => r.ranking?.responseRate) },
    { title: t('dashboard.col.resolutionRate'), key: 'resolutionRate', ...rate((r) => r.ranking?.resolutionRate) },
    { title: t('dashboard.col.satisfactionRate'), key: 'satisfactionRate', ...rate((r) => r.ranking?.satisfactionRate) },
  ];
  return (
    <Table<DistrictRow>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={districts}
      pagination={false}
      scroll={{ x: 960 }}
      aria-label={t('dashboard.tenantsTable')}
      locale={{ emptyText: t('common.empty') }}
      showSorterTooltip={false}
    />
  );
}
