import type { BulletinFigureSet } from './bulletin.build';
import { CATEGORIES, EXCUSE_REASONS, PATHS, PROBLEM_CLASSES, VISIT_GROUPS, type Figure, recordsOf } from './bulletin.figures';
import type { BulletinSources } from './bulletin.sources';
import type { BulletinPart, BulletinProblemPart, BulletinRecord, BulletinSection } from './bulletin.type';

const rateOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** A figure set as the schema's column. */
export function toSection(set: BulletinFigureSet, name: string | null, ranking: { rank: number; score: number } | null): BulletinSection {
  const v = (key: string) => set.values.get(key) ?? 0;
  const part = (figure: string, key: string): BulletinPart => ({ key, count: v(figure), figure });
  const problemPart = (figure: string, key: string): BulletinProblemPart => ({
    key,
    collected: v(figure),
    solved: v(`${figure}.SOLVED`),
    unsolvable: v(`${figure}.UNSOLVABLE`),
    open: v(`${figure}.OPEN`),
    solvedRate: rateOf(v(`${figure}.SOLVED`), v(figure)),
    figure,
  });
  return {
    districtId: set.districtId,
    district: set.districtId ? { id: set.districtId } : null,
    name,
    officials: v('officials'),
    officialMonths: v('officialMonths'),
    enterprisesPaired: v('enterprises.paired'),
    enterprisesServed: v('enterprises.served'),
    visits: v('visits'),
    officialsByVisits: VISIT_GROUPS.map((g) => part(`visits.${g}`, g)),
    unvisitedByReason: EXCUSE_REASONS.map((r) => part(`visits.NONE.${r}`, r)),
    reports: { expected: v('reports'), onTime: v('reports.ON_TIME'), late: v('reports.LATE'), missing: v('reports.MISSING'), pending: v('reports.PENDING') },
    problems: v('problems'),
    solved: v('problems.SOLVED'),
    unsolvable: v('problems.UNSOLVABLE'),
    open: v('problems.OPEN'),
    solvedRate: rateOf(v('problems.SOLVED'), v('problems')),
    byClass: PROBLEM_CLASSES.map((c) => problemPart(`problems.class.${c}`, c)),
    byCategory: CATEGORIES.map((c) => problemPart(`problems.category.${c}`, c)),
    byPath: PATHS.map((p) => part(`problems.path.${p}`, p)),
    overdue: v('overdue'),
    escalations: v('escalations'),
    escalationsToDistrict: v('escalations.DISTRICT'),
    escalationsToCity: v('escalations.CITY'),
    rank: ranking?.rank ?? null,
    score: ranking?.score ?? null,
    inspections: v('inspections'),
    deductions: v('deductions'),
    deductionPoints: v('deductions.points') / 100,
  };
}

const EMPTY: Omit<BulletinRecord, 'kind' | 'id' | 'districtId' | 'value'> = {
  period: null,
  officialId: null,
  official: null,
  officialName: null,
  enterpriseId: null,
  enterprise: null,
  issueId: null,
  issue: null,
  ledgerNo: null,
  inspectionId: null,
  detail: null,
};

const official = (id: string | null) => ({ officialId: id, official: id ? { id } : null });
const enterprise = (id: string) => ({ enterpriseId: id, enterprise: { id } });
const issue = (id: string, ledgerNo: string | null) => ({ issueId: id, issue: { id }, ledgerNo });

/** The records a figure counts, as the schema's records. */
export function toRecords(figure: Figure, sources: BulletinSources): BulletinRecord[] {
  const list = recordsOf(figure, sources) as never[];
  const value = (r: never) => (figure.value ? figure.value(r) : 1) / (figure.key === 'deductions.points' ? 100 : 1);
  switch (figure.source) {
    case 'officialMonths':
      return (list as BulletinSources['officialMonths']).map((r) => ({
        ...EMPTY,
        kind: 'OFFICIAL_MONTH',
        id: figure.distinct ? r.official_id : `${r.official_id}|${r.period}`,
        districtId: r.district_id,
        period: figure.distinct ? null : r.period,
        ...official(r.official_id),
        officialName: r.name,
        detail: figure.distinct ? null : `visits ${r.visits}${r.visits === 0 ? `; ${r.excuse_reason ?? 'NOT_RECORDED'}` : ''}`,
        value: value(r as never),
      }));
    case 'enterprises':
      return (list as BulletinSources['enterprises']).map((r) => ({ ...EMPTY, kind: 'ENTERPRISE', id: r.enterprise_id, districtId: r.district_id, ...enterprise(r.enterprise_id), detail: [r.paired ? 'paired' : null, r.served ? 'served' : null].filter(Boolean).join(', '), value: 1 }));
    case 'reports':
      return (list as BulletinSources['reports']).map((r) => ({ ...EMPTY, kind: 'REPORT', id: `${r.official_id}|${r.enterprise_id}|${r.period}`, districtId: r.district_id, period: r.period, ...official(r.official_id), ...enterprise(r.enterprise_id), detail: r.status, value: 1 }));
    case 'problems':
      return (list as BulletinSources['problems']).map((r) => ({ ...EMPTY, kind: 'ISSUE', id: r.issue_id, districtId: r.district_id, ...issue(r.issue_id, r.ledger_no), detail: `${r.problem_class} ${r.category} ${r.path} ${r.outcome}`, value: 1 }));
    case 'overdue':
      return (list as BulletinSources['overdue']).map((r) => ({ ...EMPTY, kind: 'ISSUE', id: r.issue_id, districtId: r.district_id, ...issue(r.issue_id, r.ledger_no), detail: 'OVERDUE', value: 1 }));
    case 'escalations':
      return (list as BulletinSources['escalations']).map((r) => ({ ...EMPTY, kind: 'ESCALATION', id: r.position, districtId: r.district_id, period: r.period, ...issue(r.issue_id, r.ledger_no), detail: r.level, value: 1 }));
    case 'inspections':
      return (list as BulletinSources['inspections']).map((r) => ({ ...EMPTY, kind: 'INSPECTION', id: r.inspection_id, districtId: r.district_id, period: r.period, inspectionId: r.inspection_id, detail: r.kind, value: 1 }));
    case 'deductions':
      return (list as BulletinSources['deductions']).map((r) => ({
        ...EMPTY,
        kind: 'DEDUCTION',
        id: r.deduction_id,
        districtId: r.district_id,
        period: r.period,
        inspectionId: r.inspection_id,
        ...official(r.official_id),
        detail: `${r.points} ${r.reason}`,
        value: value(r as never),
      }));
  }
}
