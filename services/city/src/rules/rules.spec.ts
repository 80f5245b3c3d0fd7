import { ErrorCode } from '@qinshang/errors';
import { ISSUE_CATEGORIES } from './issue-category.enum';
import { initialRuleSettings, validateRules, versionInForce, type RuleSettings } from './rules';

const v1 = () => initialRuleSettings({ minVisitsPerMonth: 2, outstanding: 30, excellent: 204 });

function fieldOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    const e = error as { code?: string; details?: { field?: string } };
    expect(e.code).toBe(ErrorCode.BAD_USER_INPUT);
    return e.details?.field;
  }
  throw new Error('expected a BAD_USER_INPUT');
}

describe('campaign rules', () => {
  it('starts from the reference figures, with a deadline for every category and weights summing to 1', () => {
    const rules = v1();
    expect(rules.minVisitsPerMonth).toBe(2);
    expect(rules.commendationQuotas).toEqual({ outstanding: 30, excellent: 204 });
    expect(rules).toMatchObject({ visitReminderDay: 20, reportReminderDays: 3, confirmationReminderDays: 3 });
    expect(Object.keys(rules.deadlines).sort()).toEqual([...ISSUE_CATEGORIES].sort());
    expect(Object.values(rules.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(() => validateRules('2016-06', rules, '2016-06')).not.toThrow();
  });

  it('picks the latest version effective by a period, the later version on a tie', () => {
    const versions = [
      { version: 1, effectiveFrom: '2016-06' },
      { version: 2, effectiveFrom: '2027-01' },
      { version: 3, effectiveFrom: '2026-12' },
      { version: 4, effectiveFrom: '2027-01' },
    ];
    expect(versionInForce(versions, '2016-05')).toBeNull();
    expect(versionInForce(versions, '2016-07')!.version).toBe(1);
    expect(versionInForce(versions, '2026-12')!.version).toBe(3);
    expect(versionInForce(versions, '2027-03')!.version).toBe(4);
  });

  it.each<[string, (r: RuleSettings) => void, string]>([
    ['weights not summing to 1', (r) => (r.weights.visits = 0.5), 'input.weights'],
    ['a negative weight', (r) => (r.weights.report = -0.1), 'input.weights.report'],
    ['a missing category', (r) => delete r.deadlines.LAND, 'input.deadlines'],
    ['an unknown category', (r) => (r.deadlines.WEATHER = { responseHours: 1, resolutionDays: 1 }), 'input.deadlines'],
    ['a zero response deadline', (r) => (r.deadlines.LABOR.responseHours = 0), 'input.deadlines.LABOR.responseHours'],
    ['a negative resolution deadline', (r) => (r.deadlines.LAND.resolutionDays = -3), 'input.deadlines.LAND.resolutionDays'],
    ['a response after the resolution', (r) => (r.deadlines.LABOR = { responseHours: 400, resolutionDays: 15 }), 'input.deadlines.LABOR.responseHours'],
    ['no visits', (r) => (r.minVisitsPerMonth = 0), 'input.minVisitsPerMonth'],
    ['a report due on the 31st', (r) => (r.reportDueDay = 31), 'input.reportDueDay'],
    ['a negative quota', (r) => (r.commendationQuotas.excellent = -1), 'input.commendationQuotas.excellent'],
    ['an empty sample', (r) => (r.minimumSample = 0), 'input.minimumSample'],
    ['a visit reminder on the 29th', (r) => (r.visitReminderDay = 29), 'input.visitReminderDay'],
    ['a visit reminder on day 0', (r) => (r.visitReminderDay = 0), 'input.visitReminderDay'],
    ['a report reminder of half a day', (r) => (r.reportReminderDays = 0.5), 'input.reportReminderDays'],
    ['no working days to confirm', (r) => (r.confirmationReminderDays = 0), 'input.confirmationReminderDays'],
  ])('refuses %s, naming the field', (_name, spoil, field) => {
    const rules = structuredClone(v1());
    spoil(rules);
    expect(fieldOf(() => validateRules('2026-11', rules, '2026-11'))).toBe(field);
  });

  it('refuses a past month and a malformed one', () => {
    expect(fieldOf(() => validateRules('2026-10', v1(), '2026-11'))).toBe('input.effectiveFrom');
    expect(fieldOf(() => validateRules('2026-13', v1(), '2026-11'))).toBe('input.effectiveFrom');
    expect(() => validateRules('2027-01', v1(), '2026-11')).not.toThrow();
  });
});
