import type { NewEvent } from '@qinshang/eventlog';
import { daysInPeriod, periodsBetween, reportDueAt, startOfLocalDay } from '../common/calendar';
import { reportSubmittedEvent, visitExcusedEvent, visitRecordedEvent } from '../common/events';
import { Random } from '@qinshang/prng';
import type { ExcuseReason, VisitMode } from '../visit/visit.types';
import { BULLETIN_EXCUSES, BULLETIN_PERIOD, BULLETIN_VISITS, HISTORY_ACTOR, LATE_REPORT_SHARE, MISSING_REPORT_SHARE } from './bulletin';
import { uuidFor } from './history-ids';

export interface HistoryPairing {
  id: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  /** YYYY-MM-DD */
  startedOn: string;
  endedOn: string | null;
}

export interface GeneratedVisit {
  id: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  visitedOn: string;
  period: string;
  mode: VisitMode;
  summary: string;
  handedOver: string | null;
  recordedAt: Date;
}

export interface GeneratedExcuse {
  id: string;
  districtId: string;
  officialId: string;
  enterpriseId: string;
  period: string;
  reason: ExcuseReason;
  note: string;
  recordedAt: Date;
}

export interface GeneratedReport {
  id: string;
  districtId: string;
  pairingId: string;
  officialId: string;
  enterpriseId: string;
  period: string;
  progress: string;
  outputValue: number;
  investment: number;
  submittedAt: Date;
  dueAt: Date;
  late: boolean;
}

export interface VisitHistory {
  visits: GeneratedVisit[];
  excuses: GeneratedExcuse[];
  reports: GeneratedReport[];
}

export interface HistoryWindow {
  /** First and last month, YYYY-MM. */
  from: string;
  to: string;
  /** Nothing happens before this day (the campaign's mobilisation), YYYY-MM-DD. */
  firstDay: string;
  seed?: string;
}

/** How many of `n` officials make three or more, two, one and no visits in `period`. */
export interface MonthShape {
  threeOrMore: number;
  two: number;
  one: number;
  none: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BULLETIN_TOTAL = BULLETIN_VISITS.threeOrMore + BULLETIN_VISITS.two + BULLETIN_VISITS.one + BULLETIN_VISITS.none;

/**
 * The bulletin's proportions scaled to `n`: exactly in the bulletin's month, and elsewhere with
 * the small groups (three or more, one, none) each varied by up to ±25%, the same for a seed.
 */
export function monthShape(n: number, period: string, seed = 'qinshang'): MonthShape {
  const random = new Random(`${seed}:visits-shape:${period}`);
  const vary = () => (period === BULLETIN_PERIOD ? 1 : 0.75 + 0.5 * random.int(1001) / 1000);
  const share = (count: number) => (count / BULLETIN_TOTAL) * n;
  const threeOrMore = Math.round(share(BULLETIN_VISITS.threeOrMore) * vary());
  const one = Math.round(share(BULLETIN_VISITS.one) * vary());
  const none = Math.round(share(BULLETIN_VISITS.none) * vary());
  return { threeOrMore, two: n - threeOrMore - one - none, one, none };
}

/** `n` items split in the given proportions, largest remainders first (ties in the table's order). */
export function apportion<K extends string>(n: number, weights: Record<K, number>): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const total = keys.reduce((sum, key) => sum + weights[key], 0);
  const exact = keys.map((key) => (n * weights[key]) / total);
  const counts = exact.map(Math.floor);
  const order = keys.map((_, index) => index).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  const left = n - counts.reduce((sum, c) => sum + c, 0);
  for (let i = 0; i < left; i++) counts[order[i]]++;
  return Object.fromEntries(keys.map((key, index) => [key, counts[index]])) as Record<K, number>;
}

const MODES: Array<[VisitMode, number]> = [
  ['VISIT' as VisitMode, 40],
  ['HELP' as VisitMode, 25],
  ['ACCOMPANY' as VisitMode, 20],
  ['ON_BEHALF' as VisitMode, 15],
];

const SUMMARIES: Record<VisitMode, string[]> = {
  VISIT: ['走访企业, 了解生产经营情况', '实地查看项目进度, 听取企业诉求', '上门宣讲惠企政策, 收集企业困难', '走访座谈, 了解用工和订单情况', '回访上月反映问题的办理情况'],
  HELP: ['帮办: 指导企业准备环评申报材料', '帮办: 协助办理规划许可手续', '帮办: 指导申报中小企业发展资金', '帮办: 协助办理社保登记变更', '帮办: 指导填报统计报表'],
  ACCOMPANY: ['陪办: 陪同企业到政务大厅办理施工许可', '陪办: 陪同企业到银行洽谈流动资金贷款', '陪办: 陪同企业到国土部门咨询用地手续', '陪办: 陪同企业办理消防验收'],
  ON_BEHALF: ['代办: 代为提交项目备案材料并跟踪审批', '代办: 代为协调供电接入事宜', '代办: 代为申报技改补助资金', '代办: 代为办理营业执照变更登记'],
};

const HANDED_OVER = ['项目备案通知书', '供电接入方案批复', '技改补助资金申报受理回执', '变更后的营业执照', '审批结果告知书'];

const EXCUSE_NOTES: Record<ExcuseReason, string> = {
  AWAY_ON_DUTY: '本月外出公务, 已电话联系企业',
  ENTERPRISE_DECLINED: '企业生产任务紧, 婉拒本月走访',
  ILLNESS: '本月病休',
  TRAINING: '本月参加集中培训',
} as Record<ExcuseReason, string>;

const PROGRESS = [
  '生产经营正常, 订单饱满',
  '项目按计划推进, 主体工程施工中',
  '受市场影响产值略有下降, 企业正在开拓新市场',
  '新生产线调试完成, 产能逐步释放',
  '融资问题已协调解决, 资金到位',
  '用工紧张, 正在组织招聘',
  '项目前期手续办理中',
];

/**
 * The visits, excuses and monthly reports of every pairing over the window, repeatable for a
 * seed: each month the officials are ranked at random and split in the bulletin's shape (three or
 * more visits, two, one, none); every month without a visit has an excuse in the bulletin's
 * proportions of reasons; every pairing reports monthly, about 8% late and a few never.
 */
export function generateVisitHistory(pairings: readonly HistoryPairing[], window: HistoryWindow): VisitHistory {
  const seed = window.seed ?? 'qinshang';
  const history: VisitHistory = { visits: [], excuses: [], reports: [] };
  const sorted = [...pairings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const period of periodsBetween(window.from, window.to)) {
    const monthFirst = `${period}-01`;
    const monthLast = `${period}-${String(daysInPeriod(period)).padStart(2, '0')}`;
    const first = maxDay(monthFirst, window.firstDay);
    const active = sorted
      .map((pairing) => ({ pairing, from: maxDay(first, pairing.startedOn), to: minDay(monthLast, pairing.endedOn ?? monthLast) }))
      .filter((entry) => entry.from <= entry.to);
    if (active.length === 0) continue;

    const random = new Random(`${seed}:visits:${period}`);
    const shape = monthShape(active.length, period, seed);
    const reasons = random.shuffle(expand(apportion(shape.none, BULLETIN_EXCUSES) as Record<ExcuseReason, number>));
    const ranked = random.shuffle(active);
    ranked.forEach((entry, index) => {
      const count =
        index < shape.none ? 0 : index < shape.none + shape.one ? 1 : index < shape.none + shape.one + shape.threeOrMore ? (random.chance(0.25) ? 4 : 3) : 2;
      const own = new Random(`${seed}:pairing:${entry.pairing.id}:${period}`);
      if (count === 0) history.excuses.push(excuseFor(entry.pairing, period, reasons[index], own));
      for (const [n, day] of pickDays(own, entry.from, entry.to, count).entries()) history.visits.push(visitFor(entry.pairing, period, day, n, own));
    });
    for (const entry of active) history.reports.push(...reportFor(entry.pairing, period, new Random(`${seed}:report:${entry.pairing.id}:${period}`)));
  }
  return history;
}

/** The history's events, in the order they happened (ties by id), as the mutations write them. */
export function historyEvents(history: VisitHistory): NewEvent[] {
  const timed: Array<{ at: number; key: string; event: NewEvent }> = [];
  for (const v of history.visits) {
    timed.push({
      at: v.recordedAt.getTime(),
      key: v.id,
      event: visitRecordedEvent({ visitId: v.id, districtId: v.districtId, officialId: v.officialId, enterpriseId: v.enterpriseId, visitedOn: v.visitedOn, period: v.period, mode: v.mode }),
    });
  }
  for (const x of history.excuses) {
    timed.push({
      at: x.recordedAt.getTime(),
      key: x.id,
      event: visitExcusedEvent({ excuseId: x.id, districtId: x.districtId, officialId: x.officialId, enterpriseId: x.enterpriseId, period: x.period, reason: x.reason }),
    });
  }
  for (const r of history.reports) {
    timed.push({
      at: r.submittedAt.getTime(),
      key: r.id,
      event: reportSubmittedEvent({
        reportId: r.id,
        districtId: r.districtId,
        officialId: r.officialId,
        enterpriseId: r.enterpriseId,
        period: r.period,
        submittedAt: r.submittedAt.toISOString(),
        dueAt: r.dueAt.toISOString(),
        late: r.late,
      }),
    });
  }
  timed.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return timed.map(({ at, event }) => ({ ...event, ...HISTORY_ACTOR, occurredAt: new Date(at) }));
}

function visitFor(pairing: HistoryPairing, period: string, day: string, n: number, random: Random): GeneratedVisit {
  const mode = weighted(random, MODES);
  return {
    id: uuidFor(`visit:${pairing.id}:${period}:${n}`),
    districtId: pairing.districtId,
    officialId: pairing.officialId,
    enterpriseId: pairing.enterpriseId,
    visitedOn: day,
    period,
    mode,
    summary: random.pick(SUMMARIES[mode]),
    handedOver: mode === 'ON_BEHALF' ? random.pick(HANDED_OVER) : null,
    // Recorded the same day, after the visit (between 10:00 and 19:00 in Xi'an).
    recordedAt: new Date(startOfLocalDay(day).getTime() + (10 + random.int(9)) * HOUR + random.int(60) * 60_000),
  };
}

function excuseFor(pairing: HistoryPairing, period: string, reason: ExcuseReason, random: Random): GeneratedExcuse {
  const last = `${period}-${String(daysInPeriod(period)).padStart(2, '0')}`;
  return {
    id: uuidFor(`excuse:${pairing.id}:${period}`),
    districtId: pairing.districtId,
    officialId: pairing.officialId,
    enterpriseId: pairing.enterpriseId,
    period,
    reason,
    note: EXCUSE_NOTES[reason],
    // Recorded at the month's end, when it is clear no visit will be made.
    recordedAt: new Date(startOfLocalDay(last).getTime() + (15 + random.int(4)) * HOUR + random.int(60) * 60_000),
  };
}

function reportFor(pairing: HistoryPairing, period: string, random: Random): GeneratedReport[] {
  const roll = random.int(10_000) / 10_000;
  if (roll < MISSING_REPORT_SHARE) return [];
  const late = roll < MISSING_REPORT_SHARE + LATE_REPORT_SHARE;
  const dueAt = reportDueAt(period);
  // On time: from the month's 26th to just before the due moment; late: up to ten days after it.
  const opens = startOfLocalDay(`${period}-26`).getTime() + 9 * HOUR;
  const submittedAt = late
    ? new Date(dueAt.getTime() + HOUR + random.int(10 * 24) * HOUR + random.int(60) * 60_000)
    : new Date(opens + random.int(Math.floor((dueAt.getTime() - HOUR - opens) / 60_000)) * 60_000);
  const scale = 1 + new Random(`scale:${pairing.enterpriseId}`).int(200);
  return [
    {
      id: uuidFor(`report:${pairing.id}:${period}`),
      districtId: pairing.districtId,
      pairingId: pairing.id,
      officialId: pairing.officialId,
      enterpriseId: pairing.enterpriseId,
      period,
      progress: `${period}: ${random.pick(PROGRESS)}`,
      outputValue: scale * (50_000 + random.int(100_000)) * 10,
      investment: random.chance(0.4) ? scale * random.int(50_000) * 10 : 0,
      submittedAt,
      dueAt,
      late: submittedAt.getTime() >= dueAt.getTime(),
    },
  ];
}

/** `count` different days between `from` and `to` (YYYY-MM-DD, both included), in order. */
function pickDays(random: Random, from: string, to: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY) + 1;
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, span)) chosen.add(random.int(span));
  return [...chosen].sort((a, b) => a - b).map((offset) => new Date(start + offset * DAY).toISOString().slice(0, 10));
}

function expand<K extends string>(counts: Record<K, number>): K[] {
  return (Object.keys(counts) as K[]).flatMap((key) => Array<K>(counts[key]).fill(key));
}

function weighted<T>(random: Random, choices: Array<[T, number]>): T {
  let roll = random.int(choices.reduce((sum, [, weight]) => sum + weight, 0));
  for (const [value, weight] of choices) {
    if (roll < weight) return value;
    roll -= weight;
  }
  return choices[choices.length - 1][0];
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);
