import { Role } from '@qinshang/auth';
import { checkTransition, IssueAction, IssueStatus } from '../../ledger/state-machine';
import { BULLETIN_PROBLEMS, localPeriod, monthClasses, planIssueHistory, type PlannedStep, type PlanInput } from './plan';

const RESOLUTION_DAYS: Record<string, number> = { LABOR: 15, LAND: 60, APPROVAL: 20, FINANCING: 30, TRANSPORT: 30, ENVIRONMENT: 20, POLICY: 30, INFRASTRUCTURE: 60, OTHER: 30 };
const input: PlanInput = {
  enterprises: Array.from({ length: 1220 }, (_, i) => ({ enterpriseId: `T${i % 21}-E${i}`, districtId: `T${i % 21}`, officialId: `T${i % 21}-O${i}` })),
  departments: new Map(Array.from({ length: 21 }, (_, t) => [`T${t}`, Array.from({ length: 10 }, (_, d) => `T${t}-D${d}`)])),
  cityBureaus: ['C-D01', 'C-D02'],
  resolutionDays: (category) => RESOLUTION_DAYS[category],
  responseHours: () => 72,
  from: '2016-06',
  to: '2017-06',
  firstDay: '2016-06-03',
  officials: 1220,
};
const END = Date.parse('2017-06-30T15:00:00Z');

/** The status each step leads to, and the action and role the state machine checks. */
function walk(steps: PlannedStep[]): IssueStatus {
  let status: IssueStatus | null = null;
  const roleOf: Record<string, Role> = { OFFICIAL: Role.OFFICIAL, ENTERPRISE: Role.ENTERPRISE, OFFICE: Role.DISTRICT_ADMIN, CITY: Role.CITY_ADMIN, DEPARTMENT: Role.DEPARTMENT };
  const actions: Record<string, IssueAction> = {
    assign: IssueAction.ASSIGN, return: IssueAction.RETURN, accept: IssueAction.ACCEPT, respond: IssueAction.RESPOND, completeMilestone: IssueAction.COMPLETE_MILESTONE,
    requestExtension: IssueAction.REQUEST_EXTENSION, decideExtension: IssueAction.DECIDE_EXTENSION, resolve: IssueAction.RESOLVE, escalate: IssueAction.ESCALATE, decideEscalation: IssueAction.DECIDE_ESCALATION,
  };
  for (const step of steps) {
    if (step.kind === 'raise') {
      status = step.resolvedOnSpot ? IssueStatus.RESOLVED : IssueStatus.RAISED;
      continue;
    }
    const action = step.kind === 'confirm' ? (step.satisfaction === 'DISSATISFIED' ? IssueAction.REOPEN : IssueAction.CONFIRM_CLOSURE) : actions[step.kind];
    const check = checkTransition(status!, action, roleOf[step.by]);
    if (!check.ok) throw new Error(`${step.kind} by ${step.by} from ${status}: ${check.reason}`);
    if (step.kind === 'decideEscalation') status = { ASSIGN: IssueStatus.ASSIGNED, UNSOLVABLE: IssueStatus.UNSOLVABLE, RESOLVED: IssueStatus.RESOLVED }[step.outcome];
    else status = check.to ?? status;
  }
  return status!;
}

describe('the generated ledger plan', () => {
  const plan = planIssueHistory(input);

  it('is the same for the same seed', () => {
    expect(JSON.stringify(planIssueHistory(input))).toBe(JSON.stringify(plan));
    expect(JSON.stringify(planIssueHistory({ ...input, seed: 'other' }))).not.toBe(JSON.stringify(plan));
  });

  it("collects the bulletin's month, scaled: 257 of 1,492 officials' problems, classed A/B/C/D like it", () => {
    expect(monthClasses('2016-08', 1492)).toEqual(BULLETIN_PROBLEMS);
    const august = plan.filter((p) => localPeriod(p.steps[0].at.getTime()) === '2016-08');
    const classes = { A: 0, B: 0, C: 0, D: 0 };
    for (const p of august) classes[p.class]++;
    expect(classes).toEqual(monthClasses('2016-08', 1220));
    expect(august.length).toBe(210);
  });

  it('solves about half within the month (A most, B fewer, C and D none)', () => {
    const within = (cls: string) => {
      const of = plan.filter((p) => p.class === cls);
      const solved = of.filter((p) => {
        const first = p.steps.find((s) => s.kind === 'resolve' || (s.kind === 'raise' && s.resolvedOnSpot));
        return first && localPeriod(first.at.getTime()) === localPeriod(p.steps[0].at.getTime());
      });
      return solved.length / of.length;
    };
    expect(within('A')).toBeGreaterThan(0.65);
    expect(within('A')).toBeLessThan(0.8);
    expect(within('B')).toBeGreaterThan(0.32);
    expect(within('B')).toBeLessThan(0.47);
    // None, except where the window's end compresses a plan into its last month.
    expect(within('C')).toBeLessThan(0.1);
    const all = plan.filter((p) => p.class === 'A' || p.class === 'B').length;
    expect(all / plan.length).toBeGreaterThan(0.9);
  });

  it('takes every problem through steps the state machine allows, to CLOSED or UNSOLVABLE, before the end of June 2017', () => {
    const finals = new Map<string, number>();
    for (const p of plan) {
      const final = walk(p.steps);
      finals.set(final, (finals.get(final) ?? 0) + 1);
      for (let i = 1; i < p.steps.length; i++) expect(p.steps[i].at.getTime()).toBeGreaterThan(p.steps[i - 1].at.getTime());
      expect(p.steps[p.steps.length - 1].at.getTime()).toBeLessThanOrEqual(END);
    }
    expect([...finals.keys()].sort()).toEqual(['CLOSED', 'UNSOLVABLE']);
    // Some dissatisfied, reopened and solved again; some returned; some extended; some escalated to the city.
    const has = (kind: string, test: (s: PlannedStep) => boolean = () => true) => plan.filter((p) => p.steps.some((s) => s.kind === kind && test(s))).length;
    expect(has('confirm', (s) => s.kind === 'confirm' && s.satisfaction === 'DISSATISFIED')).toBeGreaterThan(50);
    expect(has('return')).toBeGreaterThan(50);
    expect(has('requestExtension')).toBeGreaterThan(50);
    expect(has('decideEscalation', (s) => s.by === 'CITY')).toBeGreaterThan(20);
  });
});
