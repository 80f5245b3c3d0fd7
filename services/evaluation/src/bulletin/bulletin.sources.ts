import { nextPeriod, periodStart, periodsBetween } from '../common/period';
import { rows, type SqlRunner } from '../common/sql';
import { reportDeadlineFor, rulesFor } from '../rules/rules';

/*
 * The records a bulletin counts, read from the projections for a window of months (one month, or
 * January to it). Every figure of the bulletin is a count (or a sum) over one of these lists, and
 * the records a figure links to are the same rows (`bulletin.figures.ts`): one definition each.
 */

/** The months counted: the month itself, or January of its year to it (year to date). */
export interface BulletinWindow {
  periods: string[];
  from: string;
  to: string;
  /** Start of the first month and of the month after the last (Asia/Shanghai). */
  start: Date;
  end: Date;
  /** Where "by the end of the window" is judged: its end, or now while it runs. */
  cutoff: Date;
}

export function windowOf(period: string, yearToDate: boolean, now: Date): BulletinWindow {
  const from = yearToDate ? `${period.slice(0, 4)}-01` : period;
  const end = periodStart(nextPeriod(period));
  return { periods: periodsBetween(from, period), from, to: period, start: periodStart(from), end, cutoff: end < now ? end : now };
}

/** An official in one month of the window (assessed from the month it was added). */
export interface OfficialMonthRecord {
  district_id: string;
  official_id: string;
  name: string;
  period: string;
  visits: number;
  /** Its excuse for the month (the first by reason when several were recorded), if any. */
  excuse_reason: string | null;
}

export interface EnterpriseRecord {
  district_id: string;
  enterprise_id: string;
  /** Paired with an official assessed in the window, at some time in it. */
  paired: boolean;
  /** Visited at least once in the window. */
  served: boolean;
}

export interface ReportRecord {
  district_id: string;
  official_id: string;
  enterprise_id: string;
  period: string;
  status: 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING';
}

export interface ProblemRecord {
  district_id: string;
  issue_id: string;
  ledger_no: string;
  category: string;
  problem_class: string;
  path: string;
  outcome: 'SOLVED' | 'UNSOLVABLE' | 'OPEN';
}

export interface OverdueRecord {
  district_id: string;
  issue_id: string;
  ledger_no: string;
}

export interface EscalationRecord {
  district_id: string;
  position: string;
  issue_id: string;
  ledger_no: string;
  period: string;
  level: string;
}

export interface InspectionRecord {
  district_id: string;
  inspection_id: string;
  period: string;
  kind: string;
}

export interface DeductionRecord {
  district_id: string;
  deduction_id: string;
  inspection_id: string;
  official_id: string | null;
  period: string;
  points: number;
  reason: string;
}

export interface BulletinSources {
  officialMonths: OfficialMonthRecord[];
  enterprises: EnterpriseRecord[];
  reports: ReportRecord[];
  problems: ProblemRecord[];
  overdue: OverdueRecord[];
  escalations: EscalationRecord[];
  inspections: InspectionRecord[];
  deductions: DeductionRecord[];
  /** Visits per tenant as the per-enterprise projection counts them (a cross-check of `officialMonths`). */
  enterpriseVisits: Map<string, number>;
}

export type SourceName = Exclude<keyof BulletinSources, 'enterpriseVisits'>;

/** Every record the bulletin counts, in the caller's transaction (row-level security applies). */
export async function readSources(runner: SqlRunner, w: BulletinWindow, districtId: string | null, now: Date): Promise<BulletinSources> {
  const tenant = (n = 2) => `($${n}::text IS NULL OR district_id = $${n})`;
  const months = `m AS (SELECT unnest($1::text[]) AS period)`;
  const [officialMonths, enterprises, reportRows, problems, overdue, escalations, inspections, deductions, visitSums] = await Promise.all([
    rows<OfficialMonthRecord>(
      runner,
      `WITH ${months}
       SELECT o.district_id, o.official_id, o.name, m.period, coalesce(om.visits, 0)::int AS visits,
              (SELECT min(x.reason) FROM evaluation.excuse x WHERE x.period = m.period AND x.official_id = o.official_id) AS excuse_reason
         FROM evaluation.official o JOIN m ON o.added_period <= m.period
         LEFT JOIN evaluation.official_month om ON om.period = m.period AND om.official_id = o.official_id
        WHERE ($2::text IS NULL OR o.district_id = $2)
        ORDER BY o.district_id, o.official_id, m.period`,
      [w.periods, districtId],
    ),
    rows<EnterpriseRecord>(
      runner,
      `SELECT district_id, enterprise_id, bool_or(paired) AS paired, bool_or(served) AS served FROM (
         SELECT p.district_id, p.enterprise_id, true AS paired, false AS served
           FROM evaluation.pairing p JOIN evaluation.official o USING (official_id)
          WHERE o.added_period <= $3 AND p.started_on < ($4::text)::date AND (p.ended_on IS NULL OR p.ended_on >= ($5::text)::date)
         UNION ALL
         SELECT e.district_id, e.enterprise_id, false, true FROM evaluation.enterprise_month e WHERE e.period = ANY($1) AND e.visits > 0
       ) u WHERE ${tenant()} GROUP BY 1, 2 ORDER BY 1, 2`,
      [w.periods, districtId, w.to, `${nextPeriod(w.to)}-01`, `${w.from}-01`],
    ),
    rows<Omit<ReportRecord, 'status'> & { late: boolean | null }>(
      runner,
      `WITH ${months},
       pe AS (SELECT DISTINCT p.district_id, p.official_id, p.enterprise_id, m.period
                FROM evaluation.pairing p JOIN evaluation.official o USING (official_id) JOIN m ON o.added_period <= m.period
               WHERE p.started_on < ((m.period || '-01')::date + interval '1 month')::date AND (p.ended_on IS NULL OR p.ended_on >= (m.period || '-01')::date))
       SELECT pe.district_id, pe.official_id, pe.enterprise_id, pe.period, r.late
         FROM pe LEFT JOIN evaluation.report r ON r.period = pe.period AND r.official_id = pe.official_id AND r.enterprise_id = pe.enterprise_id
        WHERE ($2::text IS NULL OR pe.district_id = $2)
        ORDER BY 1, 2, 3, 4`,
      [w.periods, districtId],
    ),
    rows<ProblemRecord>(
      runner,
      `SELECT district_id, issue_id, ledger_no, category, coalesce(problem_class, 'UNCLASSIFIED') AS problem_class, coalesce(path, 'PENDING') AS path,
              CASE WHEN resolved_at < $3 THEN 'SOLVED' WHEN unsolvable_at < $3 THEN 'UNSOLVABLE' ELSE 'OPEN' END AS outcome
         FROM evaluation.issue WHERE raised_at >= $2 AND raised_at < $3 AND ${tenant(1)} ORDER BY raised_at, issue_id`,
      [districtId, w.start, w.end],
    ),
    rows<OverdueRecord>(
      runner,
      `SELECT district_id, issue_id, ledger_no FROM evaluation.issue
        WHERE due_at < $2 AND raised_at < $2 AND (resolved_at IS NULL OR resolved_at > $2) AND (unsolvable_at IS NULL OR unsolvable_at > $2) AND ${tenant(1)}
        ORDER BY due_at, issue_id`,
      [districtId, w.cutoff],
    ),
    rows<EscalationRecord>(
      runner,
      `SELECT e.district_id, e.position::text AS position, e.issue_id, i.ledger_no, e.period, coalesce(e.level, 'DISTRICT') AS level
         FROM evaluation.escalation e LEFT JOIN evaluation.issue i USING (issue_id)
        WHERE e.period = ANY($1) AND ($2::text IS NULL OR e.district_id = $2) ORDER BY e.position`,
      [w.periods, districtId],
    ),
    rows<InspectionRecord>(
      runner,
      `SELECT district_id, inspection_id, period, kind FROM evaluation.inspection WHERE period = ANY($1) AND ${tenant()} ORDER BY inspected_on, inspection_id`,
      [w.periods, districtId],
    ),
    rows<Omit<DeductionRecord, 'points'> & { points: string }>(
      runner,
      `SELECT district_id, deduction_id, inspection_id, official_id, period, points::text AS points, reason
         FROM evaluation.deduction WHERE period = ANY($1) AND ${tenant()} ORDER BY period, deduction_id`,
      [w.periods, districtId],
    ),
    rows<{ district_id: string; visits: number }>(
      runner,
      `SELECT e.district_id, sum(e.visits)::int AS visits FROM evaluation.enterprise_month e JOIN evaluation.official o USING (official_id)
        WHERE e.period = ANY($1) AND o.added_period <= e.period AND ($2::text IS NULL OR e.district_id = $2) GROUP BY 1`,
      [w.periods, districtId],
    ),
  ]);
  const deadlines = new Map<string, Date>();
  for (const period of w.periods) deadlines.set(period, await reportDeadlineFor(runner, period, await rulesFor(runner, period)));
  const reports = reportRows.map(({ late, ...r }): ReportRecord => ({
    ...r,
    status: late === null ? (now > deadlines.get(r.period)! ? 'MISSING' : 'PENDING') : late ? 'LATE' : 'ON_TIME',
  }));
  return {
    officialMonths,
    enterprises,
    reports,
    problems,
    overdue,
    escalations,
    inspections,
    deductions: deductions.map((d) => ({ ...d, points: Number(d.points) })),
    enterpriseVisits: new Map(visitSums.map((r) => [r.district_id, r.visits])),
  };
}
