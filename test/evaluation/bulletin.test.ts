import { Pool } from 'pg';
import { Role } from '@qinshang/auth';
import { Actor, as, stackInfo } from '@qinshang/testkit';

/**
 * The bulletin (简报) for 2016-08 on the seeded history, every figure recomputed here from the
 * event log's rows with code of its own (the definitions are in the README), for the month and
 * for the year to date; every total equal to the sum of its rows; a district office's bulletin
 * its own tenant's only. The months are years past, so every monthly report is due: one not in is
 * missing.
 */
const PERIOD = '2016-08';
const SH = 8 * 3600_000;
const periodOf = (t: string | Date) => new Date(new Date(t).getTime() + SH).toISOString().slice(0, 7);
const monthStart = (p: string) => Date.parse(`${p}-01T00:00:00Z`) - SH;
const nextPeriod = (p: string) => {
  const [y, m] = p.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};
const monthsTo = (from: string, to: string) => {
  const list: string[] = [];
  for (let p = from; p <= to; p = nextPeriod(p)) list.push(p);
  return list;
};

const TYPES = ['campaign.rules_published', 'district.registered', 'enterprise.added', 'official.added', 'pairing.started', 'pairing.ended', 'visit.recorded', 'visit.excused', 'report.submitted', 'inspection.recorded', 'deduction.recorded'];
interface Ev { position: string; type: string; occurred_at: Date; payload: any }

type Counts = Record<string, number>;

const DAY = 24 * 3600_000;

/**
 * A problem's due date when none of its events carries one: the rules' clock from when it was
 * raised, under the rules version in force for that month among those published before its first
 * event (the latest effective month, then the later one published; the provisional 30 days when
 * none), for its category (else OTHER, else 30 days). Calendar days only: null for a working-time
 * clock, which this recount does not date.
 */
function rulesDue(published: Array<{ position: bigint; rules: any }>, before: bigint, raised: number, category: string): number | null {
  const month = periodOf(new Date(raised));
  let best: { position: bigint; rules: any } | null = null;
  for (const v of published) {
    if (v.position >= before || v.rules.effectiveFrom > month) continue;
    if (!best || v.rules.effectiveFrom > best.rules.effectiveFrom || (v.rules.effectiveFrom === best.rules.effectiveFrom && v.position > best.position)) best = v;
  }
  if ((best?.rules.deadlineUnit ?? 'CALENDAR') !== 'CALENDAR') return null;
  const deadline = best?.rules.deadlines?.[category] ?? best?.rules.deadlines?.OTHER ?? { resolutionDays: 30 };
  return raised + deadline.resolutionDays * DAY;
}

/** The bulletin's figures per tenant, counted from the events alone. */
function recount(events: Ev[], period: string, yearToDate: boolean): Map<string, Counts> {
  const from = yearToDate ? `${period.slice(0, 4)}-01` : period;
  const months = monthsTo(from, period);
  const inWindow = (p: string) => p >= from && p <= period;
  const t0 = monthStart(from);
  const t1 = monthStart(nextPeriod(period));
  const firstPeriod = new Map<string, string>();
  const seen = (d: string | null | undefined, at: Date) => {
    if (d && (!firstPeriod.has(d) || periodOf(at) < firstPeriod.get(d)!)) firstPeriod.set(d, periodOf(at));
  };
  const officials = new Map<string, { d: string; added: string }>();
  const pairings = new Map<string, { d: string; o: string; e: string; start: string; end: string | null }>();
  const visits = new Map<string, number>(); // official|period
  const visitedEnterprises = new Map<string, string>(); // district|enterprise
  const excuse = new Map<string, string>(); // official|period -> first reason
  const reports = new Map<string, boolean>(); // period|official|enterprise -> late
  const issues = new Map<string, any>();
  const escalations: Array<{ d: string; level: string }> = [];
  const inspections: string[] = [];
  const deductions: Array<{ d: string; points: number }> = [];
  const published: Array<{ position: bigint; rules: any }> = [];
  for (const e of events) {
    const p = e.payload;
    if (e.type === 'campaign.rules_published') published.push({ position: BigInt(e.position), rules: p });
    if (e.type === 'district.registered' || e.type === 'enterprise.added' || e.type === 'official.added') seen(p.districtId, e.occurred_at);
    if (e.type === 'official.added' && !officials.has(p.officialId)) officials.set(p.officialId, { d: p.districtId, added: periodOf(e.occurred_at) });
    if (e.type === 'pairing.started') pairings.set(p.pairingId, { d: p.districtId, o: p.officialId, e: p.enterpriseId, start: p.startedOn.slice(0, 10), end: null });
    if (e.type === 'pairing.ended' && pairings.has(p.pairingId)) pairings.get(p.pairingId)!.end = p.endedOn.slice(0, 10);
    if (e.type === 'visit.recorded') {
      const vp = p.period ?? p.visitedOn.slice(0, 7);
      visits.set(`${p.officialId}|${vp}`, (visits.get(`${p.officialId}|${vp}`) ?? 0) + 1);
      if (inWindow(vp)) visitedEnterprises.set(`${p.districtId}|${p.enterpriseId}`, p.districtId);
    }
    if (e.type === 'visit.excused') {
      const k = `${p.officialId}|${p.period}`;
      if (!excuse.has(k) || p.reason < excuse.get(k)!) excuse.set(k, p.reason);
    }
    if (e.type === 'report.submitted' && !reports.has(`${p.period}|${p.officialId}|${p.enterpriseId}`)) reports.set(`${p.period}|${p.officialId}|${p.enterpriseId}`, Boolean(p.late));
    if (e.type === 'inspection.recorded' && inWindow(p.period ?? p.inspectedOn.slice(0, 7))) inspections.push(p.districtId);
    if (e.type === 'deduction.recorded' && inWindow(p.period)) deductions.push({ d: p.districtId, points: Number(p.points) });
    if (e.type.startsWith('issue.')) {
      let i = issues.get(p.issueId);
      if (!i) {
        const raised = Date.parse(p.raisedAt ?? e.occurred_at);
        issues.set(p.issueId, (i = { id: p.issueId, raised, path: null, resolved: null, unsolvable: null, due: null, rulesDue: rulesDue(published, BigInt(e.position), raised, p.category) }));
      }
      i.d = p.districtId ?? i.d;
      i.category = p.category ?? i.category;
      i.cls = p.problemClass ?? i.cls ?? null;
      if (p.dueAt) i.due = Date.parse(p.dueAt);
      if (i.path === null) i.path = { 'issue.resolved_on_spot': 'ON_SPOT', 'issue.assigned': 'ASSIGNED', 'issue.escalated': 'ESCALATED' }[e.type as string] ?? null;
      if (e.type === 'issue.resolved' || e.type === 'issue.resolved_on_spot') i.resolved = Date.parse(p.resolvedAt ?? e.occurred_at);
      if (e.type === 'issue.reopened') i.resolved = null;
      if (e.type === 'issue.unsolvable' && i.unsolvable === null) i.unsolvable = new Date(e.occurred_at).getTime();
      if (e.type === 'issue.escalated' && inWindow(periodOf(e.occurred_at))) escalations.push({ d: p.districtId, level: p.level ?? 'DISTRICT' });
    }
  }
  const out = new Map<string, Counts>();
  const add = (d: string, key: string, n = 1) => {
    if (!out.has(d)) out.set(d, {});
    const c = out.get(d)!;
    c[key] = (c[key] ?? 0) + n;
  };
  for (const [d, first] of firstPeriod) if (first <= period) add(d, 'problems', 0);
  const overlaps = (x: { start: string; end: string | null }, m0: string, m1: string) => x.start < `${nextPeriod(m1)}-01` && (x.end === null || x.end >= `${m0}-01`);
  const officialIds = new Set<string>();
  for (const [id, o] of officials) {
    for (const m of months) {
      if (o.added > m) continue;
      officialIds.add(id);
      add(o.d, 'officialMonths');
      const n = visits.get(`${id}|${m}`) ?? 0;
      add(o.d, 'visits', n);
      add(o.d, `visits.${n >= 3 ? 'THREE_OR_MORE' : n === 2 ? 'TWO' : n === 1 ? 'ONE' : 'NONE'}`);
      if (n === 0) add(o.d, `visits.NONE.${excuse.get(`${id}|${m}`) ?? 'NOT_RECORDED'}`);
      const pairs = new Set([...pairings.values()].filter((x) => x.o === id && overlaps(x, m, m)).map((x) => x.e));
      for (const ent of pairs) {
        add(o.d, 'reports');
        const late = reports.get(`${m}|${id}|${ent}`);
        add(o.d, late === undefined ? 'reports.MISSING' : late ? 'reports.LATE' : 'reports.ON_TIME');
      }
    }
  }
  for (const id of officialIds) add(officials.get(id)!.d, 'officials');
  const paired = new Set<string>();
  for (const x of pairings.values()) if ((officials.get(x.o)?.added ?? '9999') <= period && overlaps(x, from, period)) paired.add(`${x.d}|${x.e}`);
  for (const k of paired) add(k.split('|')[0], 'enterprises.paired');
  for (const d of visitedEnterprises.values()) add(d, 'enterprises.served');
  const cutoff = Math.min(t1, Date.now());
  for (const i of issues.values()) {
    // Overdue: raised before the end and neither solved nor unsolvable by then, past its due date
    // (the ledger's, the last an event carried, else the rules' clock). Other suites' problems
    // raised after the end (or solved before it) never need a due date.
    if (i.raised < cutoff && (i.resolved === null || i.resolved > cutoff) && (i.unsolvable === null || i.unsolvable > cutoff)) {
      const due = i.due ?? i.rulesDue;
      if (due === null) throw new Error(`problem ${i.id} may be overdue, but no event dates it and the rules' clock is in working time`);
      if (due < cutoff) add(i.d, 'overdue');
    }
    if (i.raised < t0 || i.raised >= t1) continue;
    const outcome = i.resolved !== null && i.resolved < t1 ? 'SOLVED' : i.unsolvable !== null && i.unsolvable < t1 ? 'UNSOLVABLE' : 'OPEN';
    add(i.d, 'problems');
    add(i.d, `problems.${outcome}`);
    add(i.d, `problems.class.${i.cls ?? 'UNCLASSIFIED'}`);
    add(i.d, `problems.class.${i.cls ?? 'UNCLASSIFIED'}.${outcome}`);
    add(i.d, `problems.category.${i.category}`);
    add(i.d, `problems.category.${i.category}.${outcome}`);
    add(i.d, `problems.path.${i.path ?? 'PENDING'}`);
  }
  for (const x of escalations) {
    add(x.d, 'escalations');
    add(x.d, `escalations.${x.level}`);
  }
  for (const d of inspections) add(d, 'inspections');
  for (const x of deductions) {
    add(x.d, 'deductions');
    add(x.d, 'deductions.points', Math.round(x.points * 100));
  }
  return out;
}

const PART = 'key count figure';
const PROBLEM_PART = 'key collected solved unsolvable open solvedRate figure';
const SECTION = `districtId name officials officialMonths enterprisesPaired enterprisesServed visits
  officialsByVisits { ${PART} } unvisitedByReason { ${PART} } reports { expected onTime late missing pending }
  problems solved unsolvable open solvedRate byClass { ${PROBLEM_PART} } byCategory { ${PROBLEM_PART} } byPath { ${PART} }
  overdue escalations escalationsToDistrict escalationsToCity rank score inspections deductions deductionPoints`;
const BULLETIN = `query ($p: String!, $d: ID, $y: Boolean) { bulletin(period: $p, districtId: $d, yearToDate: $y) {
  period yearToDate fromPeriod toPeriod asOf checks total { ${SECTION} } tenants { ${SECTION} } } }`;

/** A section as the figure keys the recount uses. */
function flatten(s: any): Counts {
  const c: Counts = {
    officials: s.officials,
    officialMonths: s.officialMonths,
    visits: s.visits,
    'enterprises.paired': s.enterprisesPaired,
    'enterprises.served': s.enterprisesServed,
    reports: s.reports.expected,
    'reports.ON_TIME': s.reports.onTime,
    'reports.LATE': s.reports.late,
    'reports.MISSING': s.reports.missing,
    problems: s.problems,
    'problems.SOLVED': s.solved,
    'problems.UNSOLVABLE': s.unsolvable,
    'problems.OPEN': s.open,
    overdue: s.overdue,
    escalations: s.escalations,
    'escalations.DISTRICT': s.escalationsToDistrict,
    'escalations.CITY': s.escalationsToCity,
    inspections: s.inspections,
    deductions: s.deductions,
    'deductions.points': Math.round(s.deductionPoints * 100),
  };
  for (const part of [...s.officialsByVisits, ...s.unvisitedByReason, ...s.byPath]) c[part.figure] = part.count;
  for (const part of [...s.byClass, ...s.byCategory]) {
    c[part.figure] = part.collected;
    c[`${part.figure}.SOLVED`] = part.solved;
    c[`${part.figure}.UNSOLVABLE`] = part.unsolvable;
    c[`${part.figure}.OPEN`] = part.open;
  }
  return c;
}

/** Only the figures that are not zero (the recount names a figure only when something counts in it). */
const nonZero = (c: Counts) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0).sort(([a], [b]) => (a < b ? -1 : 1)));

function expectAddsUp(s: any) {
  const sum = (parts: any[], f = 'count') => parts.reduce((a, p) => a + p[f], 0);
  expect(sum(s.officialsByVisits)).toBe(s.officialMonths);
  expect(sum(s.unvisitedByReason)).toBe(s.officialsByVisits.find((p: any) => p.key === 'NONE').count);
  expect(s.reports.onTime + s.reports.late + s.reports.missing + s.reports.pending).toBe(s.reports.expected);
  for (const list of [s.byClass, s.byCategory]) {
    expect(sum(list, 'collected')).toBe(s.problems);
    expect(sum(list, 'solved')).toBe(s.solved);
    for (const p of list) expect(p.solved + p.unsolvable + p.open).toBe(p.collected);
  }
  expect(sum(s.byPath)).toBe(s.problems);
  expect(s.solved + s.unsolvable + s.open).toBe(s.problems);
  expect(s.escalationsToDistrict + s.escalationsToCity).toBe(s.escalations);
  if (s.problems > 0) expect(s.solvedRate).toBeCloseTo(s.solved / s.problems, 4);
}

async function readLog(): Promise<{ events: Ev[]; head: string }> {
  const admin = new Pool({ connectionString: stackInfo().adminDatabaseUrl, max: 1 });
  try {
    const { rows } = await admin.query(`SELECT position::text AS position, type, occurred_at, payload FROM eventlog.event WHERE type = ANY($1) OR type LIKE 'issue.%' ORDER BY position`, [TYPES]);
    return { events: rows, head: rows.length ? rows[rows.length - 1].position : '0' };
  } finally {
    await admin.end();
  }
}

async function caughtUp(position: string): Promise<void> {
  const admin = new Pool({ connectionString: stackInfo().adminDatabaseUrl, max: 1 });
  try {
    for (const deadline = Date.now() + 30_000; ; ) {
      const { rows } = await admin.query("SELECT position::text AS position FROM eventlog.checkpoint WHERE consumer = 'evaluation'");
      if (rows[0] && BigInt(rows[0].position) >= BigInt(position)) return;
      if (Date.now() > deadline) throw new Error(`the evaluation projections did not reach ${position}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await admin.end();
  }
}

/** The bulletin and the log it was computed from: read again if anything was written meanwhile (other tests write too). */
async function bulletinWithLog(yearToDate: boolean) {
  for (let attempt = 0; ; attempt++) {
    const before = await readLog();
    await caughtUp(before.head);
    const data = await as.city().ok<{ bulletin: any }>(BULLETIN, { p: PERIOD, y: yearToDate });
    const after = await readLog();
    if (after.head === before.head || attempt >= 5) return { bulletin: data.bulletin, events: after.events };
  }
}

describe('the bulletin (简报) of 2016-08', () => {
  it.each([false, true])('yearToDate %s: every figure of every tenant and of the city equals its recount from the event log, and adds up', async (yearToDate) => {
    const { bulletin, events } = await bulletinWithLog(yearToDate);
    const expected = recount(events, PERIOD, yearToDate);
    expect(bulletin).toMatchObject({ period: PERIOD, yearToDate, fromPeriod: yearToDate ? '2016-01' : PERIOD, toPeriod: PERIOD });
    expect(bulletin.checks).toBeGreaterThan(100);
    expect(bulletin.tenants.length).toBeGreaterThanOrEqual(21);
    expect(bulletin.tenants.map((t: any) => t.districtId).sort()).toEqual([...expected.keys()].sort());
    for (const tenant of bulletin.tenants) {
      expect({ districtId: tenant.districtId, ...nonZero(flatten(tenant)) }).toEqual({ districtId: tenant.districtId, ...nonZero(expected.get(tenant.districtId) ?? {}) });
      expectAddsUp(tenant);
    }
    const city: Counts = {};
    for (const c of expected.values()) for (const [k, v] of Object.entries(c)) city[k] = (city[k] ?? 0) + v;
    expect(nonZero(flatten(bulletin.total))).toEqual(nonZero(city));
    expectAddsUp(bulletin.total);
    // The city is the sum of its tenants, figure by figure.
    const summed: Counts = {};
    for (const t of bulletin.tenants) for (const [k, v] of Object.entries(flatten(t))) summed[k] = (summed[k] ?? 0) + v;
    expect(flatten(bulletin.total)).toEqual(summed);
    // The seeded month has the bulletin's shape: officials in every visit group, problems collected and solved.
    expect(bulletin.total.problems).toBeGreaterThan(100);
    expect(bulletin.total.solved).toBeGreaterThan(0);
    if (!yearToDate) {
      // The month's ranking: each tenant's rank as `city.rankings` gives it.
      const { city: c } = await as.city().ok<{ city: { rankings: Array<{ districtId: string; rank: number; score: number }> } }>(`query ($p: String!) { city { rankings(period: $p) { districtId rank score } } }`, { p: PERIOD });
      for (const line of c.rankings) expect(bulletin.tenants.find((t: any) => t.districtId === line.districtId)).toMatchObject({ rank: line.rank, score: line.score });
    }
  });

  it('lists the records behind a figure: as many as it counts, each of the kind it counts', async () => {
    const { bulletin } = await bulletinWithLog(false);
    const t = bulletin.tenants.find((x: any) => x.problems > 0);
    const RECORDS = `query ($p: String!, $f: String!, $d: ID) { bulletinRecords(period: $p, figure: $f, districtId: $d, first: 500) { figure value totalCount records { kind districtId ledgerNo issue { id ledgerNo } officialId detail value } } }`;
    const solvedA = t.byCategory.find((p: any) => p.solved > 0);
    const { bulletinRecords: solved } = await as.city().ok<{ bulletinRecords: any }>(RECORDS, { p: PERIOD, f: `${solvedA.figure}.SOLVED`, d: t.districtId });
    expect(solved).toMatchObject({ value: solvedA.solved, totalCount: solvedA.solved });
    for (const r of solved.records) {
      expect(r).toMatchObject({ kind: 'ISSUE', districtId: t.districtId });
      expect(r.issue.ledgerNo).toBe(r.ledgerNo);
    }
    const { bulletinRecords: visits } = await as.city().ok<{ bulletinRecords: any }>(RECORDS, { p: PERIOD, f: 'visits', d: t.districtId });
    expect(visits.value).toBe(t.visits);
    const bad = await as.city().send(RECORDS, { p: PERIOD, f: 'problems.nonsense' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'figure' });
  });

  it("gives a district office its own tenant's bulletin only, and refuses another tenant's", async () => {
    const own = '610111';
    const { bulletin } = await as.district(own).ok<{ bulletin: any }>(BULLETIN, { p: PERIOD });
    expect(bulletin.tenants.map((t: any) => t.districtId)).toEqual([own]);
    expect(bulletin.total.districtId).toBe(own);
    const { bulletin: city } = await as.city().ok<{ bulletin: any }>(BULLETIN, { p: PERIOD });
    expect(city.tenants.length).toBeGreaterThan(1);
    expect(city.total.problems).toBeGreaterThan(bulletin.total.problems);
    expect(flatten(bulletin.total)).toEqual(flatten(city.tenants.find((t: any) => t.districtId === own)));
    const other = await as.district(own).send(BULLETIN, { p: PERIOD, d: '610125' });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(other.data?.bulletin ?? null).toBeNull();
    const records = await as.district(own).send(`query { bulletinRecords(period: "${PERIOD}", figure: "problems", districtId: "610125") { totalCount } }`);
    expect(records.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { bulletinRecords } = await as.district(own).ok<{ bulletinRecords: { records: Array<{ districtId: string }> } }>(`query { bulletinRecords(period: "${PERIOD}", figure: "problems", first: 1000) { records { districtId } } }`);
    expect(new Set(bulletinRecords.records.map((r) => r.districtId))).toEqual(new Set([own]));
    expect((await new Actor({ role: Role.OFFICIAL, districtId: own, officialId: `${own}-O0001` }).send(BULLETIN, { p: PERIOD })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
