import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatRate } from '../../components/format';
import type { BulletinPartFieldsFragment, BulletinProblemPartFieldsFragment, BulletinQuery, BulletinSectionFieldsFragment } from '../../gql/graphql';
import { useLocale, type MessageKey, type Translate } from '../../locales';
import { BulletinTable, type Column, type Group, type Leaf, type Row } from './BulletinTable';

export interface Scope {
  period: string;
  yearToDate: boolean;
  districtId: string | null;
}

type Section = BulletinSectionFieldsFragment;

/** Where a figure's records are listed: the records page, filtered by the figure and the scope. */
export function figureHref(scope: Scope, figure: string, districtId: string | null): string {
  const params = new URLSearchParams({ period: scope.period, figure });
  if (scope.yearToDate) params.set('yearToDate', '1');
  if (districtId) params.set('districtId', districtId);
  return `/bulletin/records?${params.toString()}`;
}

/** A figure, linked to the records it counts. */
export function FigureLink({ scope, figure, districtId = scope.districtId, children }: { scope: Scope; figure: string; districtId?: string | null; children: ReactNode }) {
  return <Link to={figureHref(scope, figure, districtId)}>{children}</Link>;
}

const VISIT_GROUPS = ['THREE_OR_MORE', 'TWO', 'ONE', 'NONE'];
const REASONS = ['AWAY_ON_DUTY', 'ENTERPRISE_DECLINED', 'ILLNESS', 'TRAINING', 'NOT_RECORDED'];
const CLASSES = ['A', 'B', 'C', 'D', 'UNCLASSIFIED'];
const PATHS = ['ON_SPOT', 'ASSIGNED', 'ESCALATED', 'PENDING'];

/** A row's numbers link to its tenant's records; a row with no tenant, to the bulletin's scope. */
type Linked = { districtId?: string | null };
type Part = Pick<BulletinPartFieldsFragment, 'key' | 'count' | 'figure'>;
type ProblemFigures = Pick<BulletinProblemPartFieldsFragment, 'figure' | 'collected' | 'solved' | 'unsolvable' | 'open' | 'solvedRate'> & Linked;

/** The kinds of column the bulletin's tables are made of, headed by their message keys. */
function columnKinds(scope: Scope, t: Translate) {
  const link = (row: Linked, figure: string, value: number | string) => (
    <FigureLink scope={scope} figure={figure} districtId={row.districtId ?? scope.districtId}>
      {value}
    </FigureLink>
  );
  return {
    /** A count, linked to the records it counts. */
    count: <R extends Linked>(title: MessageKey, figure: string | ((row: R) => string), value: (row: R) => number | string): Leaf<R> => ({
      key: title,
      title: t(title),
      cell: (row) => link(row, typeof figure === 'string' ? figure : figure(row), value(row)),
    }),
    /** A figure with no records of its own (a rate, a rank). */
    plain: <R,>(title: MessageKey, value: (row: R, total: boolean) => ReactNode): Leaf<R> => ({ key: title, title: t(title), cell: value }),
    /** A count per key under one heading, each headed by `${prefix}.${key}`; a key the row lacks reads —. */
    parts: <R extends Linked>(title: MessageKey, prefix: string, keys: readonly string[], of: (row: R) => readonly Part[]): Group<R> => ({
      key: title,
      title: t(title),
      columns: keys.map((key) => ({
        key: `${title}.${key}`,
        title: t(`${prefix}.${key}` as MessageKey),
        cell: (row) => {
          const p = of(row).find((x) => x.key === key);
          return p ? link(row, p.figure, p.count) : '—';
        },
      })),
    }),
  };
}

/** The bulletin's five tables: a row per tenant and the total, every number a link to its records. */
export function BulletinTables({ bulletin, scope }: { bulletin: NonNullable<BulletinQuery['bulletin']>; scope: Scope }) {
  const { t } = useLocale();
  const { count, plain, parts } = columnKinds(scope, t);
  const total = bulletin.total;
  const several = bulletin.tenants.length > 1;
  const row = (s: Section, isTotal: boolean): Row<Section> => ({ key: s.districtId ?? 'total', name: isTotal && several ? t('bulletin.total') : (s.name ?? s.districtId ?? t('bulletin.total')), total: isTotal, value: s });
  // A tenant's own bulletin has one row: its total is that row.
  const rows = [...(several ? bulletin.tenants.map((s) => row(s, false)) : []), row(total, true)];
  const byRank = [...rows].sort((a, b) => (a.total ? 1 : b.total ? -1 : (a.value.rank ?? 999) - (b.value.rank ?? 999)));
  const usedClasses = CLASSES.filter((c) => c !== 'UNCLASSIFIED' || total.byClass.some((p) => p.key === c && p.collected > 0));
  const kinds: Array<Row<ProblemFigures>> = [
    ...total.byClass.filter((p) => usedClasses.includes(p.key)).map((p) => ({ key: `c${p.key}`, name: t(`bulletin.class.${p.key}` as MessageKey), total: false, value: p })),
    ...total.byCategory.filter((p) => p.collected > 0).map((p) => ({ key: `k${p.key}`, name: t(`category.${p.key}` as MessageKey), total: false, value: p })),
    { key: 'total', name: t('bulletin.total'), total: true, value: { ...total, figure: 'problems', collected: total.problems } },
  ];
  // Rank and score belong to a tenant: the total of several has none.
  const own = (isTotal: boolean, value: ReactNode) => (isTotal && several ? '' : value);

  const services: Array<Column<Section>> = [
    count('bulletin.col.officials', 'officials', (s) => s.officials),
    ...(bulletin.yearToDate ? [count<Section>('bulletin.col.officialMonths', 'officialMonths', (s) => s.officialMonths)] : []),
    count('bulletin.col.paired', 'enterprises.paired', (s) => s.enterprisesPaired),
    count('bulletin.col.served', 'enterprises.served', (s) => s.enterprisesServed),
    count('bulletin.col.visits', 'visits', (s) => s.visits),
    parts('bulletin.col.byVisits', 'bulletin.visits', VISIT_GROUPS, (s) => s.officialsByVisits),
    parts('bulletin.col.unvisited', 'bulletin.reason', REASONS, (s) => s.unvisitedByReason),
  ];
  const reports: Array<Column<Section>> = [
    count('bulletin.col.reportsExpected', 'reports', (s) => s.reports.expected),
    count('bulletin.col.onTime', 'reports.ON_TIME', (s) => s.reports.onTime),
    count('bulletin.col.late', 'reports.LATE', (s) => s.reports.late),
    count('bulletin.col.missing', 'reports.MISSING', (s) => s.reports.missing),
    count('bulletin.col.pending', 'reports.PENDING', (s) => s.reports.pending),
  ];
  const problems: Array<Column<Section>> = [
    count('bulletin.col.problems', 'problems', (s) => s.problems),
    parts('bulletin.col.byClass', 'bulletin.class', usedClasses, (s) => s.byClass.map((p) => ({ key: p.key, count: p.collected, figure: p.figure }))),
    parts('bulletin.col.byPath', 'bulletin.path', PATHS, (s) => s.byPath),
    count('bulletin.col.solved', 'problems.SOLVED', (s) => s.solved),
    plain('bulletin.col.solvedRate', (s) => formatRate(s.solvedRate)),
    count('bulletin.col.overdue', 'overdue', (s) => s.overdue),
    count('bulletin.col.escalations', 'escalations', (s) => s.escalations),
    count('bulletin.col.toCity', 'escalations.CITY', (s) => s.escalationsToCity),
  ];
  const outcomes: Array<Column<ProblemFigures>> = [
    count('bulletin.col.problems', (p) => p.figure, (p) => p.collected),
    count('bulletin.col.solved', (p) => `${p.figure}.SOLVED`, (p) => p.solved),
    plain('bulletin.col.solvedRate', (p) => formatRate(p.solvedRate)),
    count('bulletin.col.unsolvable', (p) => `${p.figure}.UNSOLVABLE`, (p) => p.unsolvable),
    count('bulletin.col.open', (p) => `${p.figure}.OPEN`, (p) => p.open),
  ];
  const assessment: Array<Column<Section>> = [
    plain('bulletin.col.rank', (s, isTotal) => own(isTotal, s.rank ?? '—')),
    plain('bulletin.col.score', (s, isTotal) => own(isTotal, s.score?.toFixed(1) ?? '—')),
    count('bulletin.col.inspections', 'inspections', (s) => s.inspections),
    count('bulletin.col.deductions', 'deductions', (s) => s.deductions),
    count('bulletin.col.points', 'deductions.points', (s) => s.deductionPoints.toFixed(1)),
  ];

  const tenant = t('bulletin.tenant');
  return (
    <>
      <BulletinTable id="bulletin-t1" title={t('bulletin.t1')} label={tenant} columns={services} rows={rows} />
      <BulletinTable id="bulletin-t2" title={t('bulletin.t2')} label={tenant} columns={reports} rows={rows} />
      <BulletinTable id="bulletin-t3" title={t('bulletin.t3')} label={tenant} columns={problems} rows={rows} />
      <BulletinTable id="bulletin-t4" title={t('bulletin.t4')} label={t('bulletin.col.kind')} columns={outcomes} rows={kinds} />
      <BulletinTable id="bulletin-t5" title={t('bulletin.t5')} label={tenant} columns={assessment} rows={byRank} />
    </>
  );
}
