import type { Caller } from '@qinshang/auth';
import { BadUserInputError, ConflictError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import type { Commendation, CommendationCandidate, ConfirmCommendationsInput } from './commendation.type';
import { yearEvidence, type CommendationQueries } from './commendation.queries';

/** Confirming a year's commendations (CITY_ADMIN), once per year, with commendation.confirmed in the same transaction. */
export class CommendationCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
    private readonly queries: CommendationQueries,
  ) {}

  async confirm(input: ConfirmCommendationsInput): Promise<Commendation[]> {
    assertCan(this.caller, 'CONFIRM_COMMENDATIONS');
    const manager = await this.manager();
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`evaluation.commendation:${input.year}`]);
    if ((await this.queries.confirmed(manager, input.year)).length) throw new ConflictError(`The commendations of ${input.year} are already confirmed`, { reason: 'ALREADY_CONFIRMED', year: input.year });
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
    return this.queries.confirmed(manager, input.year);
  }
}
