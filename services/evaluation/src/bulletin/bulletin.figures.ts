import { ISSUE_CATEGORIES } from '@qinshang/eventlog';
import type { BulletinSources, SourceName } from './bulletin.sources';

/*
 * Every figure of the bulletin, by key: which records it counts (a source and a test), what each
 * contributes (1, or its visits, or its points in fen), and whether it counts distinct officials.
 * The bulletin's numbers and the records behind each number (`bulletinRecords(figure: ...)`) both
 * come from here, so a figure and its list can never disagree.
 *
 * Keys: officials, officialMonths, visits, visits.<THREE_OR_MORE|TWO|ONE|NONE>[.made],
 * visits.NONE.<reason|NOT_RECORDED>, enterprises.<paired|served>, reports, reports.<status>,
 * problems, problems.<SOLVED|UNSOLVABLE|OPEN>, problems.class.<A..D|UNCLASSIFIED>[.<outcome>],
 * problems.category.<category>[.<outcome>], problems.path.<ON_SPOT|ASSIGNED|ESCALATED|PENDING>,
 * overdue, escalations, escalations.<DISTRICT|CITY>, inspections, deductions, deductions.points.
 */

export const VISIT_GROUPS = ['THREE_OR_MORE', 'TWO', 'ONE', 'NONE'] as const;
export const EXCUSE_REASONS = ['AWAY_ON_DUTY', 'ENTERPRISE_DECLINED', 'ILLNESS', 'TRAINING', 'NOT_RECORDED'] as const;
export const REPORT_STATUSES = ['ON_TIME', 'LATE', 'MISSING', 'PENDING'] as const;
export const PROBLEM_CLASSES = ['A', 'B', 'C', 'D', 'UNCLASSIFIED'] as const;
export const PATHS = ['ON_SPOT', 'ASSIGNED', 'ESCALATED', 'PENDING'] as const;
export const OUTCOMES = ['SOLVED', 'UNSOLVABLE', 'OPEN'] as const;
export const LEVELS = ['DISTRICT', 'CITY'] as const;
export const CATEGORIES: readonly string[] = ISSUE_CATEGORIES;

type Rec<S extends SourceName> = BulletinSources[S][number];

export interface Figure<S extends SourceName = SourceName> {
  key: string;
  source: S;
  test: (record: Rec<S>) => boolean;
  /** What one record adds (default 1). */
  value?: (record: Rec<S>) => number;
  /** Counted once per this key (officials over the months of a year). */
  distinct?: (record: Rec<S>) => string;
}

export const visitGroup = (visits: number): (typeof VISIT_GROUPS)[number] => (visits >= 3 ? 'THREE_OR_MORE' : visits === 2 ? 'TWO' : visits === 1 ? 'ONE' : 'NONE');

const all = () => true;
const fig = <S extends SourceName>(key: string, source: S, test: (record: Rec<S>) => boolean = all, extra: Partial<Figure<S>> = {}): Figure =>
  ({ key, source, test, ...extra }) as unknown as Figure;

function build(): Map<string, Figure> {
  const list: Figure[] = [
    fig('officials', 'officialMonths', all, { distinct: (r) => r.official_id }),
    fig('officialMonths', 'officialMonths'),
    fig('visits', 'officialMonths', (r) => r.visits > 0, { value: (r) => r.visits }),
    ...VISIT_GROUPS.flatMap((g) => [
      fig(`visits.${g}`, 'officialMonths', (r) => visitGroup(r.visits) === g),
      // The visits the group's officials made (the parts of `visits`).
      fig(`visits.${g}.made`, 'officialMonths', (r) => visitGroup(r.visits) === g, { value: (r) => r.visits }),
    ]),
    ...EXCUSE_REASONS.map((reason) => fig(`visits.NONE.${reason}`, 'officialMonths', (r) => r.visits === 0 && (r.excuse_reason ?? 'NOT_RECORDED') === reason)),
    fig('enterprises.paired', 'enterprises', (r) => r.paired),
    fig('enterprises.served', 'enterprises', (r) => r.served),
    fig('reports', 'reports'),
    ...REPORT_STATUSES.map((s) => fig(`reports.${s}`, 'reports', (r) => r.status === s)),
    fig('problems', 'problems'),
    ...OUTCOMES.map((o) => fig(`problems.${o}`, 'problems', (r) => r.outcome === o)),
    ...PROBLEM_CLASSES.flatMap((c) => [
      fig(`problems.class.${c}`, 'problems', (r) => r.problem_class === c),
      ...OUTCOMES.map((o) => fig(`problems.class.${c}.${o}`, 'problems', (r) => r.problem_class === c && r.outcome === o)),
    ]),
    ...CATEGORIES.flatMap((c) => [
      fig(`problems.category.${c}`, 'problems', (r) => r.category === c),
      ...OUTCOMES.map((o) => fig(`problems.category.${c}.${o}`, 'problems', (r) => r.category === c && r.outcome === o)),
    ]),
    ...PATHS.map((p) => fig(`problems.path.${p}`, 'problems', (r) => r.path === p)),
    fig('overdue', 'overdue'),
    fig('escalations', 'escalations'),
    ...LEVELS.map((l) => fig(`escalations.${l}`, 'escalations', (r) => r.level === l)),
    fig('inspections', 'inspections'),
    fig('deductions', 'deductions'),
    fig('deductions.points', 'deductions', all, { value: (r) => Math.round(r.points * 100) }),
  ];
  return new Map(list.map((f) => [f.key, f]));
}

export const FIGURES: ReadonlyMap<string, Figure> = build();

/** The records of one source that a figure counts, in the order read. */
export function recordsOf(figure: Figure, sources: BulletinSources): Array<Rec<SourceName>> {
  const seen = new Set<string>();
  return (sources[figure.source] as Array<Rec<SourceName>>).filter((record) => {
    if (!figure.test(record as never)) return false;
    if (!figure.distinct) return true;
    const key = figure.distinct(record as never);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every figure's value over the given sources (all of them, or one tenant's). */
export function measureAll(sources: BulletinSources): Map<string, number> {
  const values = new Map<string, number>();
  for (const figure of FIGURES.values()) {
    let sum = 0;
    for (const record of recordsOf(figure, sources)) sum += figure.value ? figure.value(record as never) : 1;
    values.set(figure.key, sum);
  }
  return values;
}
