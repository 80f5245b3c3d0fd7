import type { Caller } from '@qinshang/auth';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { periodOf, periodsOfYear } from '../common/period';
import { rows, type SqlRunner } from '../common/sql';
import { officialFigures, type OfficialFigures } from '../figures/figures';
import { rate, round3, round5 } from '../figures/score';
import { rulesFor } from '../rules/rules';
import type { Commendation, CommendationCandidate, CommendationCandidates } from './commendation.type';

/**
 * The year's evidence per official: each month's scorecard (the published one where the month is
 * published, else computed live), summed. Candidates are ranked by their mean monthly score
 * (ties: fewer deduction points, then official id); a deduction total above the threshold
 * disqualifies. The first `outstanding` eligible are proposed as 杰出, the next `excellent` as 优秀.
 */
export async function yearEvidence(
  runner: SqlRunner,
  year: string,
  now = new Date(),
): Promise<Omit<CommendationCandidates, 'confirmed'> & { eligible: CommendationCandidate[] }> {
  const rules = await rulesFor(runner, `${year}-12`);
  const periods = periodsOfYear(year).filter((p) => p <= periodOf(now));
  const sums = new Map<string, { districtId: string; months: number; score: number; visits: number; required: number; credited: number; dueAnswer: number; inTime: number; due: number; solved: number; rated: number; satisfied: number; deductions: number }>();
  for (const period of periods) {
    const published = await rows<{ figures: OfficialFigures }>(runner, 'SELECT figures FROM evaluation.published_scorecard WHERE period = $1', [period]);
    const isPublished = published.length > 0 || (await rows(runner, 'SELECT 1 FROM evaluation.published_period WHERE period = $1', [period])).length > 0;
    const figures = isPublished ? published.map((r) => r.figures) : await officialFigures(runner, period, { now });
    for (const f of figures) {
      const s = sums.get(f.officialId) ?? { districtId: f.districtId, months: 0, score: 0, visits: 0, required: 0, credited: 0, dueAnswer: 0, inTime: 0, due: 0, solved: 0, rated: 0, satisfied: 0, deductions: 0 };
      s.months++;
      s.score += f.score;
      s.visits += f.visits;
      s.required += f.requiredVisits;
      s.credited += f.creditedVisits;
      s.dueAnswer += f.problemsDueAnswer;
      s.inTime += f.answeredInTime;
      s.due += f.problemsDue;
      s.solved += f.solvedByDue;
      s.rated += f.closuresRated;
      s.satisfied += f.closuresSatisfied;
      s.deductions += f.deductions;
      sums.set(f.officialId, s);
    }
  }
  const threshold = Number(rules.disqualifyingDeduction ?? Infinity);
  const all: CommendationCandidate[] = [...sums].map(([officialId, s]) => ({
    officialId,
    official: { id: officialId },
    districtId: s.districtId,
    rank: null,
    level: null,
    averageScore: round3(s.score / s.months),
    months: s.months,
    visits: s.visits,
    requiredVisits: s.required,
    visitCompliance: rate(s.credited, s.required),
    responseRate: rate(s.inTime, s.dueAnswer),
    resolutionRate: rate(s.solved, s.due),
    satisfactionRate: rate(s.satisfied, s.rated),
    deductions: round5(s.deductions),
    disqualified: s.deductions > threshold,
  }));
  const eligible = all
    .filter((c) => !c.disqualified)
    .sort((a, b) => b.averageScore - a.averageScore || a.deductions - b.deductions || (a.officialId < b.officialId ? -1 : 1));
  eligible.forEach((c, index) => (c.rank = index + 1));
  const outstandingQuota = Number(rules.commendationQuotas?.outstanding ?? 0);
  const excellentQuota = Number(rules.commendationQuotas?.excellent ?? 0);
  const outstanding = eligible.slice(0, outstandingQuota).map((c) => ({ ...c, level: 'OUTSTANDING' }));
  const excellent = eligible.slice(outstandingQuota, outstandingQuota + excellentQuota).map((c) => ({ ...c, level: 'EXCELLENT' }));
  return {
    year,
    rulesVersion: rules.version,
    outstandingQuota,
    excellentQuota,
    disqualifyingDeduction: threshold,
    outstanding,
    excellent,
    disqualified: all.filter((c) => c.disqualified).sort((a, b) => b.deductions - a.deductions || (a.officialId < b.officialId ? -1 : 1)),
    eligible,
  };
}

export class CommendationQueries {
  constructor(
    readonly manager: () => Promise<EntityManager>,
    readonly caller: Caller,
  ) {}

  async candidates(year: string): Promise<CommendationCandidates> {
    assertCan(this.caller, 'READ_COMMENDATION_CANDIDATES');
    const manager = await this.manager();
    const { eligible: _eligible, ...evidence } = await yearEvidence(manager, year);
    return { ...evidence, confirmed: await this.confirmed(manager, year) };
  }

  async confirmed(manager: EntityManager, year: string): Promise<Commendation[]> {
    const found = await rows<{ official_id: string; district_id: string; level: string; average_score: string; confirmed_by: string; confirmed_at: Date }>(
      manager,
      `SELECT official_id, district_id, level, average_score::text AS average_score, confirmed_by, confirmed_at
         FROM evaluation.commendation WHERE year = $1 ORDER BY level DESC, average_score DESC, official_id`,
      [year],
    );
    return found.map((r) => ({
      year,
      officialId: r.official_id,
      official: { id: r.official_id },
      districtId: r.district_id,
      level: r.level,
      averageScore: Number(r.average_score),
      confirmedBy: r.confirmed_by,
      confirmedAt: new Date(r.confirmed_at).toISOString(),
    }));
  }
}


