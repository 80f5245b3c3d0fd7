import { Random, apportion } from '@qinshang/prng';
import { daysInPeriod, localDay as dayOf, nextPeriod, periodOf, periodsBetween, startOfLocalDay as localMidnight } from '@qinshang/calendar';

/**
 * The plan of a generated year of the ledger: which problems are raised, when, by whom, and every
 * step each one takes until it leaves the ledger. Pure and repeatable for a seed; the executor
 * (`executor.ts`) plays it through the ledger's own code.
 *
 * Shaped like the bulletin (简报第16期): 257 problems collected in a month by 1,495 officials,
 * classed A 114 (simple: solved on the spot or quickly by one department), B 129 (district
 * departments coordinate: assignments, some returns and extensions), C 9 and D 5 (provisional,
 * for the leading groups: escalated to the district's, then the city's, which decides); 52% solved
 * within the month (A 72.8%, B 39.5%). Scaled to our officials.
 */
export const BULLETIN_PROBLEMS = { A: 114, B: 129, C: 9, D: 5 } as const;
export const BULLETIN_OFFICIALS = 1492;
export const BULLETIN_PERIOD = '2016-08';
export type ProblemClass = keyof typeof BULLETIN_PROBLEMS;

/** Who acts: the paired official, the enterprise, the tenant's office, the city office, a department. */
export type ActorKind = 'OFFICIAL' | 'ENTERPRISE' | 'OFFICE' | 'CITY' | 'DEPARTMENT';

export type PlannedStep = { at: Date; by: ActorKind; departmentId?: string } & (
  | { kind: 'raise'; category: string; urgency: 'NORMAL' | 'URGENT'; title: string; description: string; resolvedOnSpot?: string }
  | { kind: 'assign'; departmentId: string; responsiblePerson: string; milestones: Array<{ title: string; dueOn: string }> }
  | { kind: 'return'; reason: string }
  | { kind: 'accept' }
  | { kind: 'respond'; message: string }
  | { kind: 'completeMilestone' }
  | { kind: 'requestExtension'; dueAt: Date; reason: string }
  | { kind: 'decideExtension'; approve: boolean; note: string }
  | { kind: 'resolve'; resolution: string }
  | { kind: 'confirm'; satisfaction: 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED'; comment: string | null }
  | { kind: 'escalate'; reason: string }
  | { kind: 'decideEscalation'; outcome: 'ASSIGN' | 'UNSOLVABLE' | 'RESOLVED'; decision: string; instructions: string; departmentId?: string; responsiblePerson?: string }
);

export interface PlannedProblem {
  /** Its place in the plan (ties between steps at the same moment go in this order). */
  seq: number;
  districtId: string;
  enterpriseId: string;
  officialId: string;
  class: ProblemClass;
  category: string;
  steps: PlannedStep[];
}

export interface PlanInput {
  /** Enterprises with their paired official (others cannot be raised by an official). */
  enterprises: ReadonlyArray<{ enterpriseId: string; districtId: string; officialId: string }>;
  /** Each tenant's member units; and the city's bureaus. */
  departments: ReadonlyMap<string, readonly string[]>;
  cityBureaus: readonly string[];
  /** The rules' resolution deadline for a category, in days. */
  resolutionDays: (category: string) => number;
  /** The rules' response deadline, in hours. */
  responseHours: (category: string) => number;
  /**
   * The rules' clocks in their own unit (working days under the seeded rules), and the working
   * calendar: when given, the plan times its on-time and late steps by them, and nobody but the
   * enterprise acts on a day the offices are closed (such a step moves to the next working day).
   * Without it, calendar time.
   */
  clocks?: {
    responseDue: (category: string, from: number) => number;
    resolutionDue: (category: string, from: number) => number;
    isWorkingDay: (day: string) => boolean;
  };
  /** First and last month (YYYY-MM), and the first day anything happens (YYYY-MM-DD). */
  from: string;
  to: string;
  firstDay: string;
  /** Officials in the campaign (the bulletin's counts are scaled from its 1,492). */
  officials: number;
  seed?: string;
}

/**
 * Of the problems a department is given, the share solved within the month they were raised in:
 * with the 55% of class A solved on the spot, this gives the bulletin's A 72.8% and B 39.5%
 * (a little above their arithmetic, since late-month problems have no time left to qualify).
 */
const WITHIN_MONTH_SHARE = 0.42;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const CATEGORIES: Record<ProblemClass, Array<[string, number]>> = {
  A: [['APPROVAL', 30], ['LABOR', 20], ['POLICY', 20], ['OTHER', 15], ['TRANSPORT', 15]],
  B: [['LAND', 20], ['FINANCING', 20], ['ENVIRONMENT', 15], ['INFRASTRUCTURE', 15], ['APPROVAL', 15], ['TRANSPORT', 15]],
  C: [['LAND', 30], ['INFRASTRUCTURE', 30], ['FINANCING', 20], ['POLICY', 20]],
  D: [['POLICY', 40], ['LAND', 40], ['ENVIRONMENT', 20]],
};

const TITLES: Record<string, string[]> = {
  APPROVAL: ['施工许可办理进度慢', '项目备案手续需协调', '环评批复等待时间长', '消防验收需协调'],
  LABOR: ['技术工人招聘困难', '用工社保补贴申请', '职工子女入学问题'],
  POLICY: ['惠企政策兑现不及时', '税收优惠政策适用咨询', '发展资金申报咨询'],
  OTHER: ['周边环境整治', '企业门前道路标识设置', '证照变更咨询'],
  TRANSPORT: ['厂区周边公交线路不足', '货车通行证办理', '道路施工影响物流'],
  LAND: ['项目用地指标不足', '土地证办理受阻', '征地拆迁遗留问题'],
  FINANCING: ['流动资金贷款难', '融资担保需协调', '应收账款回款困难'],
  ENVIRONMENT: ['排污许可证办理', '环保设施改造资金', '扬尘治理标准咨询'],
  INFRASTRUCTURE: ['供电容量不足需增容', '天然气管网未接入', '供水管网配套滞后'],
};

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡'];
const POSTS = ['科长', '副科长', '主任', '副主任', '局长', '副局长'];

const RETURN_REASONS = ['不属于本部门职责范围, 建议转国土部门', '事项涉及多个部门, 请办公室重新分派', '诉求内容不清, 需补充材料后重新交办'];
const EXTENSION_REASONS = ['需上级部门审批, 申请延期', '涉及多部门会签, 所需时间较长', '企业补充材料尚未到齐'];
const ESCALATION_REASONS = ['共性问题, 需领导小组研究解决', '涉及多部门, 部门层面难以协调', '涉及政策调整, 需上报研究'];

/** A year of problems and their steps, in the order raised. */
export function planIssueHistory(input: PlanInput): PlannedProblem[] {
  const seed = input.seed ?? 'qinshang';
  const enterprises = [...input.enterprises].sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : 0));
  if (enterprises.length === 0) return [];
  const end = startOfLocalDay(`${nextPeriod(input.to)}-01`) - HOUR;
  const problems: PlannedProblem[] = [];
  for (const period of periodsBetween(input.from, input.to)) {
    const random = new Random(`${seed}:issues:${period}`);
    const classes = monthClasses(period, input.officials, seed);
    const raisedUntil = period === input.to ? 25 : daysInPeriod(period);
    const firstDay = `${period}-01` < input.firstDay ? Number(input.firstDay.slice(8, 10)) : 1;
    const list = (Object.keys(classes) as ProblemClass[]).flatMap((c) => Array<ProblemClass>(classes[c]).fill(c));
    const raised = random
      .shuffle(list)
      .map((problemClass) => {
        const day = firstDay + random.int(raisedUntil - firstDay + 1);
        const at = startOfLocalDay(`${period}-${String(day).padStart(2, '0')}`) + (8 + random.int(10)) * HOUR + random.int(60) * 60_000;
        return { problemClass, at, enterprise: random.pick(enterprises) };
      })
      .sort((a, b) => a.at - b.at);
    for (const { problemClass, at, enterprise } of raised) {
      const seq = problems.length;
      const own = new Random(`${seed}:problem:${period}:${seq}`);
      const category = own.weighted(CATEGORIES[problemClass]);
      const steps = stepsFor(problemClass, category, at, startOfLocalDay(`${nextPeriod(period)}-01`), own, input, enterprise.districtId);
      const fitted = fitBefore(steps, end);
      problems.push({ seq, districtId: enterprise.districtId, enterpriseId: enterprise.enterpriseId, officialId: enterprise.officialId, class: problemClass, category, steps: input.clocks ? inOfficeDays(fitted, input.clocks.isWorkingDay) : fitted });
    }
  }
  return problems;
}

/** How many problems of each class a month collects: the bulletin's, scaled, varied ±15% except in its own month. */
export function monthClasses(period: string, officials: number, seed = 'qinshang'): Record<ProblemClass, number> {
  const random = new Random(`${seed}:issues-shape:${period}`);
  const factor = period === BULLETIN_PERIOD ? 1 : 0.85 + (0.3 * random.int(1001)) / 1000;
  const total = Math.round((257 * officials * factor) / BULLETIN_OFFICIALS);
  return apportion(total, BULLETIN_PROBLEMS);
}

function stepsFor(problemClass: ProblemClass, category: string, raisedAt: number, monthEnd: number, random: Random, input: PlanInput, districtId: string): PlannedStep[] {
  const title = random.pick(TITLES[category] ?? TITLES.OTHER);
  const raise = (by: ActorKind, resolvedOnSpot?: string): PlannedStep => ({
    kind: 'raise',
    at: new Date(raisedAt),
    by,
    category,
    urgency: random.chance(0.1) ? 'URGENT' : 'NORMAL',
    title,
    description: `企业反映: ${title}, 请协调解决`,
    ...(resolvedOnSpot ? { resolvedOnSpot } : {}),
  });
  const due = input.clocks ? input.clocks.resolutionDue(category, raisedAt) : raisedAt + input.resolutionDays(category) * DAY;
  const responseDue = input.clocks ? input.clocks.responseDue(category, raisedAt) : raisedAt + input.responseHours(category) * HOUR;
  const departments = input.departments.get(districtId) ?? [];
  const person = () => `${random.pick(SURNAMES)}${random.pick(POSTS)}`;
  const steps: PlannedStep[] = [];
  let t = raisedAt;
  const next = (minHours: number, maxHours: number) => (t = t + Math.round((minHours + random.int(1000) / 1000 * (maxHours - minHours)) * HOUR));
  const at = () => new Date(t);

  /** The department's work after acceptance: milestones, a progress reply, perhaps an extension; then the resolution. */
  const work = (departmentId: string, withinShare: number, milestones: number) => {
    let dueAt = due;
    for (let m = 0; m < milestones; m++) steps.push({ kind: 'completeMilestone', at: new Date(next(24, 24 * 5)), by: 'DEPARTMENT', departmentId });
    if (random.chance(0.25)) steps.push({ kind: 'respond', at: new Date(next(4, 72)), by: 'DEPARTMENT', departmentId, message: '已与企业对接, 正在按路线图推进' });
    const within = random.chance(withinShare) && monthEnd - t > 6 * HOUR && due - t > 6 * HOUR;
    if (within) {
      t = t + HOUR + random.int(Math.floor((Math.min(monthEnd, dueAt) - t - 2 * HOUR) / 60_000)) * 60_000;
    } else {
      if (random.chance(0.2) && dueAt - t > 3 * DAY) {
        steps.push({ kind: 'requestExtension', at: new Date(next(24, Math.max(25, (dueAt - t) / HOUR - 48))), by: 'DEPARTMENT', departmentId, dueAt: new Date(dueAt + (15 + random.int(16)) * DAY), reason: random.pick(EXTENSION_REASONS) });
        const requested = (steps[steps.length - 1] as { dueAt: Date }).dueAt.getTime();
        const approve = random.chance(0.85);
        steps.push({ kind: 'decideExtension', at: new Date(next(12, 60)), by: 'OFFICE', approve, note: approve ? '同意延期' : '不同意延期, 请按期办结' });
        if (approve) dueAt = requested;
      }
      const from = Math.max(t + HOUR, monthEnd);
      t = dueAt > from && random.chance(0.88) ? from + random.int(Math.floor((dueAt - from) / 60_000)) * 60_000 : Math.max(from, dueAt) + (1 + random.int(10)) * DAY;
    }
    steps.push({ kind: 'resolve', at: at(), by: 'DEPARTMENT', departmentId, resolution: `${title}: 已协调解决` });
  };

  /** The enterprise confirms (and rates); a dissatisfied enterprise reopens it and it is solved again. */
  const close = (reworkBy: { by: ActorKind; departmentId?: string }) => {
    const roll = random.int(100);
    if (roll < 5) {
      steps.push({ kind: 'confirm', at: new Date(next(2, 72)), by: 'ENTERPRISE', satisfaction: 'DISSATISFIED', comment: '问题未彻底解决' });
      steps.push({ kind: 'resolve', at: new Date(next(72, 240)), ...reworkBy, resolution: `${title}: 重新办理, 已解决` });
    }
    steps.push({ kind: 'confirm', at: new Date(next(2, 72)), by: 'ENTERPRISE', satisfaction: random.chance(0.72) ? 'SATISFIED' : 'BASICALLY_SATISFIED', comment: null });
  };

  const acceptBy = (departmentId: string) => {
    // Nine in ten answered within the response deadline.
    const limit = random.chance(0.9) ? Math.max(t + HOUR, responseDue - HOUR) : responseDue + (1 + random.int(48)) * HOUR;
    t = limit > t + HOUR ? t + HOUR + random.int(Math.floor((limit - t - HOUR) / 60_000)) * 60_000 : t + HOUR;
    steps.push({ kind: 'accept', at: at(), by: 'DEPARTMENT', departmentId });
  };

  const milestonesFor = (count: number) =>
    Array.from({ length: count }, (_, m) => {
      const span = Math.max(1, Math.floor((due - t) / DAY) - 1);
      return { title: m === 0 ? '现场核查, 制定解决方案' : '协调相关部门, 落实解决措施', dueOn: localDay(t + Math.max(1, Math.round((span * (m + 1)) / (count + 1))) * DAY) };
    });

  if (problemClass === 'A' && random.chance(0.55)) {
    steps.push(raise('OFFICIAL', `${title}: 现场协调, 当场解决`));
    close({ by: 'OFFICE' });
    return steps;
  }
  if (problemClass === 'A' || problemClass === 'B') {
    steps.push(raise(random.chance(0.75) ? 'OFFICIAL' : 'ENTERPRISE'));
    let department = random.pick(departments);
    const milestoneCount = problemClass === 'B' && random.chance(0.5) ? 1 + random.int(2) : 0;
    next(problemClass === 'A' ? 1 : 4, problemClass === 'A' ? 20 : 40);
    steps.push({ kind: 'assign', at: at(), by: 'OFFICE', departmentId: department, responsiblePerson: person(), milestones: milestonesFor(milestoneCount) });
    if (problemClass === 'B' && random.chance(0.15) && departments.length > 1) {
      steps.push({ kind: 'return', at: new Date(next(6, 30)), by: 'DEPARTMENT', departmentId: department, reason: random.pick(RETURN_REASONS) });
      department = random.pick(departments.filter((d) => d !== department));
      steps.push({ kind: 'assign', at: new Date(next(4, 24)), by: 'OFFICE', departmentId: department, responsiblePerson: person(), milestones: [] });
    }
    acceptBy(department);
    work(department, WITHIN_MONTH_SHARE, milestoneCount);
    close({ by: 'DEPARTMENT', departmentId: department });
    return steps;
  }

  // C and D: to the tenant's leading group, and on to the city's, which decides.
  steps.push(raise('OFFICIAL'));
  steps.push({ kind: 'escalate', at: new Date(next(6, 48)), by: 'OFFICE', reason: random.pick(ESCALATION_REASONS) });
  const toCity = problemClass === 'D' || random.chance(0.5);
  if (toCity) steps.push({ kind: 'escalate', at: new Date(next(48, 120)), by: 'OFFICE', reason: '区县领导小组研究后, 提请市领导小组协调' });
  const decider: ActorKind = toCity ? 'CITY' : 'OFFICE';
  const roll = random.int(100);
  const outcome = problemClass === 'D' ? (roll < 50 ? 'UNSOLVABLE' : roll < 80 ? 'ASSIGN' : 'RESOLVED') : 'ASSIGN';
  next(72, 160);
  if (outcome === 'UNSOLVABLE') {
    steps.push({ kind: 'decideEscalation', at: at(), by: decider, outcome, decision: '受现行政策限制, 暂不能解决', instructions: '向企业做好政策解释工作' });
    return steps;
  }
  if (outcome === 'RESOLVED') {
    steps.push({ kind: 'decideEscalation', at: at(), by: decider, outcome, decision: '领导小组专题会议研究, 已协调解决', instructions: '请区县办公室跟踪落实' });
    close({ by: 'OFFICE' });
    return steps;
  }
  const department = toCity && input.cityBureaus.length && random.chance(0.6) ? random.pick(input.cityBureaus) : random.pick(departments);
  steps.push({ kind: 'decideEscalation', at: at(), by: decider, outcome, decision: '领导小组研究决定, 交由责任部门办理', instructions: '限期办结并报告结果', departmentId: department, responsiblePerson: person() });
  acceptBy(department);
  work(department, 0, 0);
  close({ by: 'DEPARTMENT', departmentId: department });
  return steps;
}

/**
 * Every problem leaves the ledger by the end of the window (the scheduler escalates anything left
 * overdue): a plan that runs past it is compressed in proportion, keeping its order.
 */
function fitBefore(steps: PlannedStep[], end: number): PlannedStep[] {
  const start = steps[0].at.getTime();
  const last = steps[steps.length - 1].at.getTime();
  if (last <= end) return steps;
  const scale = (end - start) / (last - start);
  return steps.map((step) => ({ ...step, at: new Date(start + Math.floor((step.at.getTime() - start) * scale)) }));
}

/**
 * Offices are closed on weekends and holidays: a step by anyone but the enterprise (and not the
 * raising of the problem) that falls on a day off moves to the same time on the working day
 * before it, when that still comes after the problem's previous step (so a step on time stays on
 * time), else to the working day after it (so a late step is late into working time). No problem
 * is then overdue only for time the offices were closed.
 */
function inOfficeDays(steps: PlannedStep[], isWorkingDay: (day: string) => boolean): PlannedStep[] {
  let previous = -Infinity;
  return steps.map((step, index) => {
    let at = step.at.getTime();
    if (index > 0 && step.by !== 'ENTERPRISE' && !isWorkingDay(localDay(at))) {
      let back = at;
      for (let guard = 0; !isWorkingDay(localDay(back)) && guard < 30; guard++) back -= DAY;
      let forward = at;
      for (let guard = 0; !isWorkingDay(localDay(forward)) && guard < 30; guard++) forward += DAY;
      at = back > previous + 60_000 ? back : forward;
    }
    at = Math.max(at, previous + 60_000);
    previous = at;
    return at === step.at.getTime() ? step : { ...step, at: new Date(at) };
  });
}



/** Local days as epoch milliseconds, the plan's own clock; the arithmetic is `@qinshang/calendar`'s. */
export function startOfLocalDay(day: string): number {
  return localMidnight(day).getTime();
}

export function localDay(at: number): string {
  return dayOf(at);
}

export function localPeriod(at: number): string {
  return periodOf(at);
}
