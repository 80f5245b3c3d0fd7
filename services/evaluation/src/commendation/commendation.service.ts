import type { Caller } from '@qinshang/auth';
import { BadUserInputError, ConflictError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { periodOf, periodsOfYear } from '../common/period';
import { rows, type SqlRunner } from '../common/sql';
import { officialFigures, type OfficialFigures } from '../figures/figures';
import { rate, round3, round5 } from '../figures/score';
import { rulesFor } from '../rules/rules';
import type { Commendation, CommendationCandidate, CommendationCandidates, ConfirmCommendationsInput } from './commendation.type';

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

export class CommendationService {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  async candidates(year: string): Promise<CommendationCandidates> {
    assertCan(this.caller, 'READ_COMMENDATION_CANDIDATES');
    const manager = await this.manager();
    const { eligible: _eligible, ...evidence } = await yearEvidence(manager, year);
    return { ...evidence, confirmed: await this.confirmed(manager, year) };
  }

  /** Records the confirmed list (CITY_ADMIN), once per year, and appends `commendation.confirmed`. */
  async confirm(input: ConfirmCommendationsInput): Promise<Commendation[]> {
    assertCan(this.caller, 'CONFIRM_COMMENDATIONS');
    const manager = await this.manager();
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`evaluation.commendation:${input.year}`]);
    if ((await this.confirmed(manager, input.year)).length) throw new ConflictError(`The commendations of ${input.year} are already confirmed`, { year: input.year });
    const evidence = await yearEvidence(manager, input.year);
    // The office may choose any eligible official, not only the proposed ones, within the quotas.
    const eligible = new Map(evidence.eligible.map((c) => [c.officialId, c]));
    const disqualified = new Set(evidence.disqualified.map((c) => c.officialId));
    const seen = new Set<string>();
    const check = (ids: string[], field: 'outstanding' | 'excellent', quota: number) => {
      if (ids.length > quota) throw new BadUserInputError(`input.${field}`, `At most ${quota} may be commended as ${field}`, { quota });
      for (const id of ids) {
        if (seen.has(id)) throw new BadUserInputError(`input.${field}`, `${id} is named twice`);
        seen.add(id);
        if (disqualified.has(id)) throw new BadUserInputError(`input.${field}`, `${id} is disqualified by its deductions`);
      }
    };
    check(input.outstanding, 'outstanding', evidence.outstandingQuota);
    check(input.excellent, 'excellent', evidence.excellentQuota);
    const unknown = [...seen].filter((id) => !eligible.has(id));
    if (unknown.length) throw new BadUserInputError('input', `Not assessed in ${input.year}: ${unknown.join(', ')}`, { officialIds: unknown });
    const pick = (id: string) => eligible.get(id)!;
    const chosen = [
      ...input.outstanding.map((id) => ({ level: 'OUTSTANDING', candidate: pick(id) })),
      ...input.excellent.map((id) => ({ level: 'EXCELLENT', candidate: pick(id) })),
    ];
    if (chosen.length) {
      await manager.query(
        `INSERT INTO evaluation.commendation (year, official_id, district_id, level, average_score, figures, confirmed_by)
         SELECT $1, r.official_id, r.district_id, r.level, r.average_score, r.figures, $2
           FROM jsonb_to_recordset($3::jsonb) AS r(official_id text, district_id text, level text, average_score numeric, figures jsonb)`,
        [
          input.year,
          this.caller.sub,
          JSON.stringify(chosen.map(({ level, candidate }) => ({ official_id: candidate.officialId, district_id: candidate.districtId, level, average_score: candidate.averageScore, figures: candidate }))),
        ],
      );
    }
    const entry = (c: CommendationCandidate) => ({ officialId: c.officialId, districtId: c.districtId, averageScore: c.averageScore });
    await appendEvents(manager, 'evaluation', [
      {
        type: 'commendation.confirmed',
        streamType: 'commendation',
        streamId: input.year,
        districtId: null,
        payload: {
          year: input.year,
          outstanding: input.outstanding.map((id) => entry(pick(id))),
          excellent: input.excellent.map((id) => entry(pick(id))),
          rulesVersion: evidence.rulesVersion,
          note: input.note ?? null,
        },
      },
    ]);
    return this.confirmed(manager, input.year);
  }

  private async confirmed(manager: EntityManager, year: string): Promise<Commendation[]> {
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

