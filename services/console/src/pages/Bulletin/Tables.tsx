import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatRate } from '../../components/format';
import type { BulletinPartFieldsFragment, BulletinProblemPartFieldsFragment, BulletinQuery, BulletinSectionFieldsFragment } from '../../gql/graphql';
import { useLocale, type MessageKey } from '../../locales';

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

const part = (parts: readonly BulletinPartFieldsFragment[], key: string) => parts.find((p) => p.key === key);
const VISIT_GROUPS = ['THREE_OR_MORE', 'TWO', 'ONE', 'NONE'];
const REASONS = ['AWAY_ON_DUTY', 'ENTERPRISE_DECLINED', 'ILLNESS', 'TRAINING', 'NOT_RECORDED'];
const CLASSES = ['A', 'B', 'C', 'D', 'UNCLASSIFIED'];
const PATHS = ['ON_SPOT', 'ASSIGNED', 'ESCALATED', 'PENDING'];

/** The bulletin's five tables: a row per tenant and the total, every number a link to its records. */
export function BulletinTables({ bulletin, scope }: { bulletin: NonNullable<BulletinQuery['bulletin']>; scope: Scope }) {
  const { t } = useLocale();
  // A tenant's own bulletin has one row: its total is that row.
  const rows: Array<{ section: Section; total: boolean }> = [
    ...(bulletin.tenants.length > 1 ? bulletin.tenants.map((section) => ({ section, total: false })) : []),
    { section: bulletin.total, total: true },
  ];
  const name = (s: Section, total: boolean) => (total && bulletin.tenants.length > 1 ? t('bulletin.total') : (s.name ?? s.districtId ?? t('bulletin.total')));
  const num = (s: Section, figure: string, value: number | string) => (
    <td className="num">
      <FigureLink scope={scope} figure={figure} districtId={s.districtId ?? scope.districtId}>
        {value}
      </FigureLink>
    </td>
  );
  const usedClasses = CLASSES.filter((c) => c !== 'UNCLASSIFIED' || bulletin.total.byClass.some((p) => p.key === c && p.collected > 0));
  const ytd = bulletin.yearToDate;

  return (
    <>
      <section className="bulletin-block" aria-labelledby="bulletin-t1">
        <h2 id="bulletin-t1">{t('bulletin.t1')}</h2>
        <table className="bulletin-table">
          <thead>
            <tr>
              <th rowSpan={2}>{t('bulletin.tenant')}</th>
              <th rowSpan={2}>{t('bulletin.col.officials')}</th>
              {ytd && <th rowSpan={2}>{t('bulletin.col.officialMonths')}</th>}
              <th rowSpan={2}>{t('bulletin.col.paired')}</th>
              <th rowSpan={2}>{t('bulletin.col.served')}</th>
              <th rowSpan={2}>{t('bulletin.col.visits')}</th>
              <th colSpan={4}>{t('bulletin.col.byVisits')}</th>
              <th colSpan={5}>{t('bulletin.col.unvisited')}</th>
            </tr>
            <tr>
              {VISIT_GROUPS.map((g) => <th key={g}>{t(`bulletin.visits.${g}` as MessageKey)}</th>)}
              {REASONS.map((r) => <th key={r}>{t(`bulletin.reason.${r}` as MessageKey)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ section: s, total }) => (
              <tr key={s.districtId ?? 'total'} className={total ? 'total' : undefined}>
                <td className="name">{name(s, total)}</td>
                {num(s, 'officials', s.officials)}
                {ytd && num(s, 'officialMonths', s.officialMonths)}
                {num(s, 'enterprises.paired', s.enterprisesPaired)}
                {num(s, 'enterprises.served', s.enterprisesServed)}
                {num(s, 'visits', s.visits)}
                {VISIT_GROUPS.map((g) => <Cell key={g} s={s} scope={scope} p={part(s.officialsByVisits, g)} />)}
                {REASONS.map((r) => <Cell key={r} s={s} scope={scope} p={part(s.unvisitedByReason, r)} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="bulletin-block" aria-labelledby="bulletin-t2">
        <h2 id="bulletin-t2">{t('bulletin.t2')}</h2>
        <table className="bulletin-table">
          <thead>
            <tr>
              <th>{t('bulletin.tenant')}</th>
              <th>{t('bulletin.col.reportsExpected')}</th>
              <th>{t('bulletin.col.onTime')}</th>
              <th>{t('bulletin.col.late')}</th>
              <th>{t('bulletin.col.missing')}</th>
              <th>{t('bulletin.col.pending')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ section: s, total }) => (
              <tr key={s.districtId ?? 'total'} className={total ? 'total' : undefined}>
                <td className="name">{name(s, total)}</td>
                {num(s, 'reports', s.reports.expected)}
                {num(s, 'reports.ON_TIME', s.reports.onTime)}
                {num(s, 'reports.LATE', s.reports.late)}
                {num(s, 'reports.MISSING', s.reports.missing)}
                {num(s, 'reports.PENDING', s.reports.pending)}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="bulletin-block" aria-labelledby="bulletin-t3">
        <h2 id="bulletin-t3">{t('bulletin.t3')}</h2>
        <table className="bulletin-table">
          <thead>
            <tr>
              <th rowSpan={2}>{t('bulletin.tenant')}</th>
              <th rowSpan={2}>{t('bulletin.col.problems')}</th>
              <th colSpan={usedClasses.length}>{t('bulletin.col.byClass')}</th>
              <th colSpan={4}>{t('bulletin.col.byPath')}</th>
              <th rowSpan={2}>{t('bulletin.col.solved')}</th>
              <th rowSpan={2}>{t('bulletin.col.solvedRate')}</th>
              <th rowSpan={2}>{t('bulletin.col.overdue')}</th>
              <th rowSpan={2}>{t('bulletin.col.escalations')}</th>
              <th rowSpan={2}>{t('bulletin.col.toCity')}</th>
            </tr>
            <tr>
              {usedClasses.map((c) => <th key={c}>{t(`bulletin.class.${c}` as MessageKey)}</th>)}
              {PATHS.map((p) => <th key={p}>{t(`bulletin.path.${p}` as MessageKey)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ section: s, total }) => (
              <tr key={s.districtId ?? 'total'} className={total ? 'total' : undefined}>
                <td className="name">{name(s, total)}</td>
                {num(s, 'problems', s.problems)}
                {usedClasses.map((c) => {
                  const p = s.byClass.find((x) => x.key === c);
                  return <Cell key={c} s={s} scope={scope} p={p ? { key: p.key, count: p.collected, figure: p.figure } : undefined} />;
                })}
                {PATHS.map((p) => <Cell key={p} s={s} scope={scope} p={part(s.byPath, p)} />)}
                {num(s, 'problems.SOLVED', s.solved)}
                <td className="num">{formatRate(s.solvedRate)}</td>
                {num(s, 'overdue', s.overdue)}
                {num(s, 'escalations', s.escalations)}
                {num(s, 'escalations.CITY', s.escalationsToCity)}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="bulletin-block" aria-labelledby="bulletin-t4">
        <h2 id="bulletin-t4">{t('bulletin.t4')}</h2>
        <table className="bulletin-table">
          <thead>
            <tr>
              <th>{t('bulletin.col.kind')}</th>
              <th>{t('bulletin.col.problems')}</th>
              <th>{t('bulletin.col.solved')}</th>
              <th>{t('bulletin.col.solvedRate')}</th>
              <th>{t('bulletin.col.unsolvable')}</th>
              <th>{t('bulletin.col.open')}</th>
            </tr>
          </thead>
          <tbody>
            {bulletin.total.byClass
              .filter((p) => usedClasses.includes(p.key))
              .map((p) => <ProblemRow key={`c${p.key}`} p={p} label={t(`bulletin.class.${p.key}` as MessageKey)} scope={scope} />)}
            {bulletin.total.byCategory
              .filter((p) => p.collected > 0)
              .map((p) => <ProblemRow key={`k${p.key}`} p={p} label={t(`category.${p.key}` as MessageKey)} scope={scope} />)}
            <tr className="total">
              <td className="name">{t('bulletin.total')}</td>
              {num(bulletin.total, 'problems', bulletin.total.problems)}
              {num(bulletin.total, 'problems.SOLVED', bulletin.total.solved)}
              <td className="num">{formatRate(bulletin.total.solvedRate)}</td>
              {num(bulletin.total, 'problems.UNSOLVABLE', bulletin.total.unsolvable)}
              {num(bulletin.total, 'problems.OPEN', bulletin.total.open)}
            </tr>
          </tbody>
        </table>
      </section>

      <section className="bulletin-block" aria-labelledby="bulletin-t5">
        <h2 id="bulletin-t5">{t('bulletin.t5')}</h2>
        <table className="bulletin-table">
          <thead>
            <tr>
              <th>{t('bulletin.tenant')}</th>
              <th>{t('bulletin.col.rank')}</th>
              <th>{t('bulletin.col.score')}</th>
              <th>{t('bulletin.col.inspections')}</th>
              <th>{t('bulletin.col.deductions')}</th>
              <th>{t('bulletin.col.points')}</th>
            </tr>
          </thead>
          <tbody>
            {[...rows]
              .sort((a, b) => (a.total ? 1 : b.total ? -1 : (a.section.rank ?? 999) - (b.section.rank ?? 999)))
              .map(({ section: s, total }) => (
                <tr key={s.districtId ?? 'total'} className={total ? 'total' : undefined}>
                  <td className="name">{name(s, total)}</td>
                  <td className="num">{total && bulletin.tenants.length > 1 ? '' : (s.rank ?? '—')}</td>
                  <td className="num">{total && bulletin.tenants.length > 1 ? '' : s.score === null || s.score === undefined ? '—' : s.score.toFixed(1)}</td>
                  {num(s, 'inspections', s.inspections)}
                  {num(s, 'deductions', s.deductions)}
                  {num(s, 'deductions.points', s.deductionPoints.toFixed(1))}
                </tr>
              ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function Cell({ s, scope, p }: { s: Section; scope: Scope; p: Pick<BulletinPartFieldsFragment, 'key' | 'count' | 'figure'> | undefined }) {
  if (!p) return <td className="num">—</td>;
  return (
    <td className="num">
      <FigureLink scope={scope} figure={p.figure} districtId={s.districtId ?? scope.districtId}>
        {p.count}
      </FigureLink>
    </td>
  );
}

function ProblemRow({ p, label, scope }: { p: BulletinProblemPartFieldsFragment; label: string; scope: Scope }) {
  const cell = (suffix: string, value: number) => (
    <td className="num">
      <FigureLink scope={scope} figure={`${p.figure}${suffix}`}>
        {value}
      </FigureLink>
    </td>
  );
  return (
    <tr>
      <td className="name">{label}</td>
      {cell('', p.collected)}
      {cell('.SOLVED', p.solved)}
      <td className="num">{formatRate(p.solvedRate)}</td>
      {cell('.UNSOLVABLE', p.unsolvable)}
      {cell('.OPEN', p.open)}
    </tr>
  );
}
