import { rows, type SqlRunner } from '../common/sql';
import { reportDeadlineFor, rulesFor, type Rules } from '../rules/rules';
import { rate, round3, round5, score } from './score';

/*
 * Every figure of the assessment, computed from the projections for one month under the rules
 * in force for it. Definitions (the project's README repeats them):
 *
 * - Months are Asia/Shanghai months. An official is assessed from the month it was added.
 * - Paired enterprises: those with a pairing to the official overlapping the month.
 *   Excused: paired enterprises with a recorded excuse for the month (an excused month does not
 *   count against). Required visits = minVisitsPerMonth x (paired - excused). Visits made: every
 *   visit the official recorded in the month; credited visits = min(made, required), so visits
 *   beyond the requirement do not make up for another official's. Visit compliance = credited /
 *   required (null when nothing was required).
 * - Monthly reports: one due per paired enterprise, by day `reportDueDay` of the next month.
 *   On time / late as the report says; missing = not in once that deadline has passed. The report
 *   component = (on time + half of late) / expected.
 * - Response (件件有回应): problems whose response deadline falls in the month, once it has passed
 *   or the problem has been answered; answered in time = first answer at or before the deadline.
 * - Resolution: problems whose due date (as last moved by an approved extension) falls in the
 *   month, once it has passed or the problem has been solved; solved by the due date = resolved
 *   (and not since reopened) at or before it. Problems declared unsolvable under current policy
 *   (政策性暂不能解决) are kept out of this rate.
 * - Satisfaction: the enterprise's ratings of resolutions in the month: each closure (销号) with
 *   its rating, and each DISSATISFIED verdict that reopened a problem; satisfied = SATISFIED or
 *   BASICALLY_SATISFIED (满意 + 基本满意, as city complaint systems count it).
 * - Overdue: problems past their due date and not solved (nor declared unsolvable) at the end of
 *   the month, or now for the current month.
 * - Escalations: escalation events in the month. Deductions: inspection deduction points counted
 *   in the month.
 * Tenants: the same counts over all of the tenant's officials and problems (problems with no
 * paired official count for the tenant only); a rate counts only with at least `minimumSample`
 * items due (visits required, reports expected, problems, closures), else it is null.
 */

export interface OfficialFigures {
  officialId: string;
  districtId: string;
  period: string;
  rulesVersion: number;
  pairedEnterprises: number;
  excusedEnterprises: number;
  visits: number;
  requiredVisits: number;
  creditedVisits: number;
  visitCompliance: number | null;
  reportsExpected: number;
  reportsOnTime: number;
  reportsLate: number;
  reportsMissing: number;
  reportStatus: 'NOT_REQUIRED' | 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING';
  reportRate: number | null;
  problemsDueAnswer: number;
  answeredInTime: number;
  responseRate: number | null;
  problemsDue: number;
  solvedByDue: number;
  resolutionRate: number | null;
  closuresRated: number;
  closuresSatisfied: number;
  satisfactionRate: number | null;
  overdue: number;
  escalations: number;
  deductions: number;
  score: number;
}

export type TenantFigures = Omit<OfficialFigures, 'officialId' | 'reportStatus' | 'pairedEnterprises' | 'excusedEnterprises'> & {
  name: string | null;
  kind: string | null;
  officials: number;
  pairedEnterprises: number;
  excusedEnterprises: number;
};

interface OfficialBase {
  officialId: string;
  districtId: string;
  paired: number;
  excused: number;
  visits: number;
  onTime: number;
  late: number;
}

interface ProblemCounts {
  dueAnswer: number;
  inTime: number;
  due: number;
  solved: number;
  overdue: number;
  rated: number;
  satisfied: number;
  escalations: number;
  deductions: number;
}

const EMPTY: ProblemCounts = { dueAnswer: 0, inTime: 0, due: 0, solved: 0, overdue: 0, rated: 0, satisfied: 0, escalations: 0, deductions: 0 };

async function officialBases(runner: SqlRunner, period: string, officialIds: readonly string[] | null): Promise<OfficialBase[]> {
  return rows<OfficialBase>(
    runner,
    `WITH b AS (SELECT ($1 || '-01')::date AS d0, (($1 || '-01')::date + interval '1 month')::date AS d1),
     o AS (SELECT o.official_id, o.district_id FROM evaluation.official o
            WHERE o.added_period <= $1 AND ($2::text[] IS NULL OR o.official_id = ANY($2))),
     pe AS (SELECT DISTINCT p.official_id, p.enterprise_id FROM evaluation.pairing p JOIN o USING (official_id), b
             WHERE p.started_on < b.d1 AND (p.ended_on IS NULL OR p.ended_on >= b.d0)),
     pc AS (SELECT official_id, count(*) AS n FROM pe GROUP BY 1),
     xc AS (SELECT pe.official_id, count(*) AS n FROM pe
              JOIN evaluation.excuse x ON x.period = $1 AND x.official_id = pe.official_id AND x.enterprise_id = pe.enterprise_id GROUP BY 1),
     rc AS (SELECT pe.official_id, count(*) FILTER (WHERE NOT r.late) AS on_time, count(*) FILTER (WHERE r.late) AS late FROM pe
              JOIN evaluation.report r ON r.period = $1 AND r.official_id = pe.official_id AND r.enterprise_id = pe.enterprise_id GROUP BY 1)
     SELECT o.official_id AS "officialId", o.district_id AS "districtId",
            coalesce(pc.n, 0)::int AS paired, coalesce(xc.n, 0)::int AS excused, coalesce(m.visits, 0)::int AS visits,
            coalesce(rc.on_time, 0)::int AS "onTime", coalesce(rc.late, 0)::int AS late
       FROM o
       LEFT JOIN pc USING (official_id)
       LEFT JOIN xc USING (official_id)
       LEFT JOIN rc USING (official_id)
       LEFT JOIN evaluation.official_month m ON m.period = $1 AND m.official_id = o.official_id
      ORDER BY o.official_id`,
    [period, officialIds],
  );
}

/** Problem, closure, escalation and deduction counts for the month, per official or per tenant. */
async function problemCounts(
  runner: SqlRunner,
  period: string,
  now: Date,
  key: 'official_id' | 'district_id',
  ids: readonly string[] | null,
): Promise<Map<string, ProblemCounts>> {
  const params = [period, now.toISOString(), ids];
  const filter = `${key} IS NOT NULL AND ($3::text[] IS NULL OR ${key} = ANY($3))`;
  const bounds = `b AS (SELECT (($1 || '-01')::timestamp AT TIME ZONE 'Asia/Shanghai') AS t0,
                               ((($1 || '-01')::timestamp + interval '1 month') AT TIME ZONE 'Asia/Shanghai') AS t1,
                               $2::timestamptz AS now,
                               least((($1 || '-01')::timestamp + interval '1 month') AT TIME ZONE 'Asia/Shanghai', $2::timestamptz) AS cutoff)`;
  const [issues, closures, escalations, deductions] = await Promise.all([
    rows<{ k: string; due_answer: number; in_time: number; due: number; solved: number; overdue: number }>(
      runner,
      `WITH ${bounds}
       SELECT i.${key} AS k,
              count(*) FILTER (WHERE i.response_due_at >= b.t0 AND i.response_due_at < b.t1 AND (i.response_due_at <= b.now OR i.responded_at IS NOT NULL))::int AS due_answer,
              count(*) FILTER (WHERE i.response_due_at >= b.t0 AND i.response_due_at < b.t1 AND i.responded_at <= i.response_due_at)::int AS in_time,
              count(*) FILTER (WHERE i.due_at >= b.t0 AND i.due_at < b.t1 AND i.unsolvable_at IS NULL AND (i.due_at <= b.now OR i.resolved_at IS NOT NULL))::int AS due,
              count(*) FILTER (WHERE i.due_at >= b.t0 AND i.due_at < b.t1 AND i.unsolvable_at IS NULL AND i.resolved_at <= i.due_at)::int AS solved,
              count(*) FILTER (WHERE i.due_at < b.cutoff AND i.raised_at < b.cutoff AND (i.resolved_at IS NULL OR i.resolved_at > b.cutoff)
                                 AND (i.unsolvable_at IS NULL OR i.unsolvable_at > b.cutoff))::int AS overdue
         FROM evaluation.issue i, b
        WHERE i.${filter} AND ((i.response_due_at >= b.t0 AND i.response_due_at < b.t1) OR i.due_at < b.t1)
        GROUP BY 1`,
      params,
    ),
    rows<{ k: string; rated: number; satisfied: number }>(
      runner,
      `SELECT ${key} AS k, count(*) FILTER (WHERE satisfaction IS NOT NULL)::int AS rated,
              count(*) FILTER (WHERE satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))::int AS satisfied
         FROM evaluation.closure WHERE period = $1 AND ${filter} AND $2::text IS NOT NULL GROUP BY 1`,
      params,
    ),
    rows<{ k: string; n: number }>(
      runner,
      `SELECT ${key} AS k, count(*)::int AS n FROM evaluation.escalation WHERE period = $1 AND ${filter} AND $2::text IS NOT NULL GROUP BY 1`,
      params,
    ),
    rows<{ k: string; points: string }>(
      runner,
      `SELECT ${key} AS k, sum(points)::text AS points FROM evaluation.deduction WHERE period = $1 AND ${filter} AND $2::text IS NOT NULL GROUP BY 1`,
      params,
    ),
  ]);
  const result = new Map<string, ProblemCounts>();
  const at = (k: string) => {
    let entry = result.get(k);
    if (!entry) result.set(k, (entry = { ...EMPTY }));
    return entry;
  };
  for (const r of issues) Object.assign(at(r.k), { dueAnswer: r.due_answer, inTime: r.in_time, due: r.due, solved: r.solved, overdue: r.overdue });
  for (const r of closures) Object.assign(at(r.k), { rated: r.rated, satisfied: r.satisfied });
  for (const r of escalations) at(r.k).escalations = r.n;
  for (const r of deductions) at(r.k).deductions = Number(r.points);
  return result;
}

function visitFigures(base: OfficialBase, rules: Rules) {
  const requiredVisits = Math.max(0, base.paired - base.excused) * Number(rules.minVisitsPerMonth ?? 0);
  const creditedVisits = Math.min(base.visits, requiredVisits);
  return { requiredVisits, creditedVisits };
}

function reportFigures(expected: number, onTimeIn: number, lateIn: number, deadlinePassed: boolean) {
  const onTime = Math.min(onTimeIn, expected);
  const late = Math.min(lateIn, expected - onTime);
  const missing = deadlinePassed ? expected - onTime - late : 0;
  return { reportsExpected: expected, reportsOnTime: onTime, reportsLate: late, reportsMissing: missing };
}

/** Scorecards for the month: of the given officials, or of every official assessed in it. */
export async function officialFigures(
  runner: SqlRunner,
  period: string,
  { officialIds = null as readonly string[] | null, now = new Date(), rules = null as Rules | null } = {},
): Promise<OfficialFigures[]> {
  const inForce = rules ?? (await rulesFor(runner, period));
  const [bases, counts] = await Promise.all([
    officialBases(runner, period, officialIds),
    problemCounts(runner, period, now, 'official_id', officialIds),
  ]);
  const deadlinePassed = now.getTime() > (await reportDeadlineFor(runner, period, inForce)).getTime();
  return bases.map((base) => {
    const c = counts.get(base.officialId) ?? EMPTY;
    const { requiredVisits, creditedVisits } = visitFigures(base, inForce);
    const reports = reportFigures(base.paired, base.onTime, base.late, deadlinePassed);
    const reportRate = rate(reports.reportsOnTime + 0.5 * reports.reportsLate, reports.reportsExpected);
    const visitCompliance = rate(creditedVisits, requiredVisits);
    const responseRate = rate(c.inTime, c.dueAnswer);
    const resolutionRate = rate(c.solved, c.due);
    const satisfactionRate = rate(c.satisfied, c.rated);
    const reportStatus: OfficialFigures['reportStatus'] =
      reports.reportsExpected === 0
        ? 'NOT_REQUIRED'
        : reports.reportsMissing > 0
          ? 'MISSING'
          : reports.reportsOnTime + reports.reportsLate < reports.reportsExpected
            ? 'PENDING'
            : reports.reportsLate > 0
              ? 'LATE'
              : 'ON_TIME';
    return {
      officialId: base.officialId,
      districtId: base.districtId,
      period,
      rulesVersion: inForce.version,
      pairedEnterprises: base.paired,
      excusedEnterprises: base.excused,
      visits: base.visits,
      requiredVisits,
      creditedVisits,
      visitCompliance,
      ...reports,
      reportStatus,
      reportRate,
      problemsDueAnswer: c.dueAnswer,
      answeredInTime: c.inTime,
      responseRate,
      problemsDue: c.due,
      solvedByDue: c.solved,
      resolutionRate,
      closuresRated: c.rated,
      closuresSatisfied: c.satisfied,
      satisfactionRate,
      overdue: c.overdue,
      escalations: c.escalations,
      deductions: c.deductions,
      score: score({ visits: visitCompliance, report: reportRate, response: responseRate, resolution: resolutionRate, satisfaction: satisfactionRate }, inForce.weights, c.deductions),
    };
  });
}

/**
 * Every tenant's figures for the month: each tenant with at least one official assessed in it,
 * whether or not anything happened (zero activity ranks too).
 */
export async function tenantFigures(runner: SqlRunner, period: string, { now = new Date(), rules = null as Rules | null } = {}): Promise<TenantFigures[]> {
  const inForce = rules ?? (await rulesFor(runner, period));
  const [tenants, bases, counts] = await Promise.all([
    rows<{ districtId: string; name: string | null; kind: string | null }>(
      runner,
      `SELECT d.district_id AS "districtId", t.name, t.kind
         FROM (SELECT DISTINCT district_id FROM evaluation.official WHERE added_period <= $1) d
         LEFT JOIN evaluation.tenant t USING (district_id)
        ORDER BY 1`,
      [period],
    ),
    officialBases(runner, period, null),
    problemCounts(runner, period, now, 'district_id', null),
  ]);
  const deadlinePassed = now.getTime() > (await reportDeadlineFor(runner, period, inForce)).getTime();
  const minimum = Math.max(1, Number(inForce.minimumSample ?? 1));
  const sums = new Map<string, { officials: number; paired: number; excused: number; visits: number; required: number; credited: number; expected: number; onTime: number; late: number; missing: number }>();
  for (const base of bases) {
    const s = sums.get(base.districtId) ?? { officials: 0, paired: 0, excused: 0, visits: 0, required: 0, credited: 0, expected: 0, onTime: 0, late: 0, missing: 0 };
    const { requiredVisits, creditedVisits } = visitFigures(base, inForce);
    const reports = reportFigures(base.paired, base.onTime, base.late, deadlinePassed);
    s.officials++;
    s.paired += base.paired;
    s.excused += base.excused;
    s.visits += base.visits;
    s.required += requiredVisits;
    s.credited += creditedVisits;
    s.expected += reports.reportsExpected;
    s.onTime += reports.reportsOnTime;
    s.late += reports.reportsLate;
    s.missing += reports.reportsMissing;
    sums.set(base.districtId, s);
  }
  return tenants.map((tenant) => {
    const s = sums.get(tenant.districtId)!;
    const c = counts.get(tenant.districtId) ?? EMPTY;
    const visitCompliance = rate(s.credited, s.required, minimum);
    const reportRate = rate(s.onTime + 0.5 * s.late, s.expected, minimum);
    const responseRate = rate(c.inTime, c.dueAnswer, minimum);
    const resolutionRate = rate(c.solved, c.due, minimum);
    const satisfactionRate = rate(c.satisfied, c.rated, minimum);
    return {
      districtId: tenant.districtId,
      name: tenant.name,
      kind: tenant.kind,
      period,
      rulesVersion: inForce.version,
      officials: s.officials,
      pairedEnterprises: s.paired,
      excusedEnterprises: s.excused,
      visits: s.visits,
      requiredVisits: s.required,
      creditedVisits: s.credited,
      visitCompliance,
      reportsExpected: s.expected,
      reportsOnTime: s.onTime,
      reportsLate: s.late,
      reportsMissing: s.missing,
      reportRate,
      problemsDueAnswer: c.dueAnswer,
      answeredInTime: c.inTime,
      responseRate,
      problemsDue: c.due,
      solvedByDue: c.solved,
      resolutionRate,
      closuresRated: c.rated,
      closuresSatisfied: c.satisfied,
      satisfactionRate,
      overdue: c.overdue,
      escalations: c.escalations,
      deductions: round5(c.deductions),
      score: score({ visits: visitCompliance, report: reportRate, response: responseRate, resolution: resolutionRate, satisfaction: satisfactionRate }, inForce.weights, c.deductions),
    };
  });
}

export { round3 };
