import { DomainError, ErrorCode } from '@qinshang/errors';
import { CATEGORIES, EXCUSE_REASONS, LEVELS, OUTCOMES, PATHS, PROBLEM_CLASSES, REPORT_STATUSES, VISIT_GROUPS, measureAll } from './bulletin.figures';
import type { BulletinSources } from './bulletin.sources';

/** A bulletin whose figures do not add up is never served: the failed checks are named instead. */
export class BulletinDoesNotAddUpError extends DomainError {
  constructor(readonly failures: string[]) {
    super(ErrorCode.INTERNAL_SERVER_ERROR, `The bulletin does not add up: ${failures.slice(0, 5).join('; ')}`, { reason: 'BULLETIN_DOES_NOT_ADD_UP' });
  }
}

export interface BulletinFigureSet {
  districtId: string | null;
  /** Every figure by key (`bulletin.figures.ts`); deduction points in fen. */
  values: ReadonlyMap<string, number>;
}

export interface BuiltBulletin {
  total: BulletinFigureSet;
  tenants: BulletinFigureSet[];
  /** How many checks passed (every one must). */
  checks: number;
}

/** One tenant's share of every source. */
function ofTenant(sources: BulletinSources, districtId: string): BulletinSources {
  const mine = <T extends { district_id: string }>(list: T[]) => list.filter((r) => r.district_id === districtId);
  return {
    officialMonths: mine(sources.officialMonths),
    enterprises: mine(sources.enterprises),
    reports: mine(sources.reports),
    problems: mine(sources.problems),
    overdue: mine(sources.overdue),
    escalations: mine(sources.escalations),
    inspections: mine(sources.inspections),
    deductions: mine(sources.deductions),
    enterpriseVisits: new Map([[districtId, sources.enterpriseVisits.get(districtId) ?? 0]]),
  };
}

/** total = sum of parts, for one figure set: each pair names the whole and its parts. */
function partChecks(): Array<[string, string[]]> {
  const checks: Array<[string, string[]]> = [
    ['officialMonths', VISIT_GROUPS.map((g) => `visits.${g}`)],
    ['visits.NONE', EXCUSE_REASONS.map((r) => `visits.NONE.${r}`)],
    ['visits', VISIT_GROUPS.map((g) => `visits.${g}.made`)],
    ['reports', REPORT_STATUSES.map((s) => `reports.${s}`)],
    ['problems', OUTCOMES.map((o) => `problems.${o}`)],
    ['problems', PROBLEM_CLASSES.map((c) => `problems.class.${c}`)],
    ['problems', CATEGORIES.map((c) => `problems.category.${c}`)],
    ['problems', PATHS.map((p) => `problems.path.${p}`)],
    ['escalations', LEVELS.map((l) => `escalations.${l}`)],
  ];
  for (const c of PROBLEM_CLASSES) checks.push([`problems.class.${c}`, OUTCOMES.map((o) => `problems.class.${c}.${o}`)]);
  for (const c of CATEGORIES) checks.push([`problems.category.${c}`, OUTCOMES.map((o) => `problems.category.${c}.${o}`)]);
  for (const o of OUTCOMES) {
    checks.push([`problems.${o}`, PROBLEM_CLASSES.map((c) => `problems.class.${c}.${o}`)]);
    checks.push([`problems.${o}`, CATEGORIES.map((c) => `problems.category.${c}.${o}`)]);
  }
  return checks;
}

const PART_CHECKS = partChecks();

function checkSet(set: BulletinFigureSet, crossVisits: number, failures: string[]): number {
  const v = (key: string) => set.values.get(key) ?? Number.NaN;
  const where = set.districtId ?? 'city';
  let n = 0;
  const expect = (ok: boolean, what: string) => {
    n++;
    if (!ok) failures.push(`${where}: ${what}`);
  };
  for (const [whole, parts] of PART_CHECKS) {
    const sum = parts.reduce((acc, key) => acc + v(key), 0);
    expect(sum === v(whole), `${whole} ${v(whole)} ≠ ${parts.join(' + ')} ${sum}`);
  }
  expect(v('visits.TWO.made') === 2 * v('visits.TWO'), 'officials with two visits made other than two each');
  expect(v('visits.ONE.made') === v('visits.ONE'), 'officials with one visit made other than one each');
  expect(v('visits.NONE.made') === 0, 'officials with no visit made some');
  expect(v('visits.THREE_OR_MORE.made') >= 3 * v('visits.THREE_OR_MORE'), 'officials with three or more visits made fewer');
  expect(v('visits') === crossVisits, `visits ${v('visits')} ≠ ${crossVisits} counted per enterprise`);
  expect(v('officials') <= v('officialMonths'), 'more officials than official-months');
  return n;
}

/**
 * The bulletin from its records: each tenant's figures from its own records, the city's from all
 * of them at once, then checked: every total equals the sum of its parts, in every tenant and the
 * city, the city's every figure equals the sum of the tenants', and the visits agree with the
 * per-enterprise count. Any failure throws; a bulletin that does not add up is never returned.
 */
export function buildBulletin(sources: BulletinSources, districtIds: readonly string[]): BuiltBulletin {
  const tenants = districtIds.map((districtId) => ({ districtId, values: measureAll(ofTenant(sources, districtId)) }));
  const total: BulletinFigureSet = { districtId: null, values: measureAll(sources) };
  const failures: string[] = [];
  let checks = 0;
  for (const tenant of tenants) checks += checkSet(tenant, sources.enterpriseVisits.get(tenant.districtId!) ?? 0, failures);
  checks += checkSet(total, [...sources.enterpriseVisits.values()].reduce((a, b) => a + b, 0), failures);
  for (const [key, value] of total.values) {
    const sum = tenants.reduce((acc, t) => acc + (t.values.get(key) ?? 0), 0);
    checks++;
    if (sum !== value) failures.push(`city ${key} ${value} ≠ the tenants' ${sum}`);
  }
  if (failures.length) throw new BulletinDoesNotAddUpError(failures);
  return { total, tenants, checks };
}
