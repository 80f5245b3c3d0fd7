import { randomUUID } from 'node:crypto';
import type { Caller } from '@qinshang/auth';
import { once, onceRecord, operationFingerprint } from '@qinshang/database';
import { BadUserInputError, ConflictError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { isDay, isPeriod, localDay, localPeriod } from '../common/calendar';
import { rows } from '../common/db-errors';
import { EVENT_SOURCE, visitExcusedEvent, visitRecordedEvent } from '../common/events';
import { normaliseText } from '../enterprise/enterprise.rules';
import { lockActivePairing } from '../pairing/active-pairing';
import type { RecordExcuseInput, RecordVisitInput } from './dto/visit.inputs';
import { excuseColumns, toExcuse, toVisit, visitColumns } from './visit.queries';
import { ExcuseReason, VisitMode, type ServiceVisit, type VisitExcuse } from './visit.types';

/**
 * Visits and excuses, by the paired official or an office of the tenant. Either is recorded for
 * the official currently paired with the enterprise, from the day that pairing started.
 */
export class VisitCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** Records a visit once per idempotency key: a retry with the key gets the first visit back. */
  async recordVisit(input: RecordVisitInput): Promise<ServiceVisit> {
    assertCan(this.caller, 'RECORD_VISIT');
    const manager = await this.manager();
    let created: ServiceVisit | null = null;
    const { id } = await once(manager, 'districts', { key: input.idempotencyKey, operation: operationFingerprint('recordVisit', input) }, async () => {
      created = await this.createVisit(input);
      return created.id;
    });
    if (created) return created;
    const [row] = await rows(manager, `SELECT ${visitColumns('v')} FROM districts.visit v WHERE v.id = $1`, [id]);
    return toVisit(row);
  }

  private async createVisit(input: RecordVisitInput): Promise<ServiceVisit> {
    const visitedOn = input.visitedOn.trim();
    if (!isDay(visitedOn)) throw new BadUserInputError('visitedOn', 'visitedOn is a day, YYYY-MM-DD');
    if (visitedOn > localDay()) throw new BadUserInputError('visitedOn', 'A visit cannot be recorded for a day in the future');
    if (!Object.values(VisitMode).includes(input.mode)) throw new BadUserInputError('mode', 'Unknown mode');
    const summary = normaliseText(input.summary);
    if (!summary) throw new BadUserInputError('summary', 'Say what was done');
    if (summary.length > 2000) throw new BadUserInputError('summary', 'The summary is longer than 2000 characters');
    const handedOver = normaliseText(input.handedOver);
    if (handedOver && handedOver.length > 2000) throw new BadUserInputError('handedOver', 'handedOver is longer than 2000 characters');

    const manager = await this.manager();
    const pairing = await lockActivePairing(manager, this.caller, input.enterpriseId);
    if (visitedOn < pairing.startedOn) {
      throw new BadUserInputError('visitedOn', `The current pairing started on ${pairing.startedOn}: a visit before it is not this official's`);
    }
    const [row] = await rows(
      manager,
      `WITH i AS (
         INSERT INTO districts.visit (id, district_id, enterprise_id, official_id, visited_on, mode, summary, handed_over, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *)
       SELECT ${visitColumns('i')} FROM i`,
      [randomUUID(), pairing.districtId, pairing.enterpriseId, pairing.officialId, visitedOn, input.mode, summary, handedOver, this.caller.sub],
    );
    const visit = toVisit(row);
    await appendEvents(manager, EVENT_SOURCE, [
      visitRecordedEvent({
        visitId: visit.id,
        districtId: visit.districtId,
        officialId: visit.officialId,
        enterpriseId: visit.enterpriseId,
        visitedOn: visit.visitedOn,
        period: visit.period,
        mode: visit.mode,
      }),
    ]);
    return visit;
  }

  /** Records an excuse once per idempotency key: a retry with the key gets the first excuse back. */
  async recordExcuse(input: RecordExcuseInput): Promise<VisitExcuse> {
    assertCan(this.caller, 'RECORD_EXCUSE');
    const manager = await this.manager();
    return onceRecord(
      manager,
      'districts',
      { operation: 'recordExcuse', input },
      () => this.createExcuse(input),
      (excuse) => excuse.id,
      async (id) => toExcuse((await rows(manager, `SELECT ${excuseColumns('x')} FROM districts.visit_excuse x WHERE x.id = $1`, [id]))[0]),
    );
  }

  private async createExcuse(input: RecordExcuseInput): Promise<VisitExcuse> {
    const period = input.period.trim();
    if (!isPeriod(period)) throw new BadUserInputError('period', 'A period is a month, YYYY-MM');
    if (period > localPeriod()) throw new BadUserInputError('period', 'An excuse cannot be recorded for a month in the future');
    if (!Object.values(ExcuseReason).includes(input.reason)) throw new BadUserInputError('reason', 'Unknown reason');
    const note = normaliseText(input.note);
    if (note && note.length > 2000) throw new BadUserInputError('note', 'The note is longer than 2000 characters');

    const manager = await this.manager();
    const pairing = await lockActivePairing(manager, this.caller, input.enterpriseId);
    if (period < pairing.startedOn.slice(0, 7)) {
      throw new BadUserInputError('period', `The current pairing started on ${pairing.startedOn}: an earlier month is not this official's`);
    }
    const [visited] = await rows(
      manager,
      `SELECT 1 FROM districts.visit WHERE official_id = $1 AND enterprise_id = $2 AND to_char(visited_on, 'YYYY-MM') = $3 LIMIT 1`,
      [pairing.officialId, pairing.enterpriseId, period],
    );
    if (visited) throw new ConflictError('A visit is recorded for this month: it needs no excuse', { reason: 'ALREADY_VISITED' });
    const [row] = await rows(
      manager,
      `WITH i AS (
         INSERT INTO districts.visit_excuse (id, district_id, enterprise_id, official_id, period, reason, note, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (official_id, enterprise_id, period) DO NOTHING RETURNING *)
       SELECT ${excuseColumns('i')} FROM i`,
      [randomUUID(), pairing.districtId, pairing.enterpriseId, pairing.officialId, period, input.reason, note, this.caller.sub],
    );
    if (!row) throw new ConflictError('An excuse is already recorded for this official, enterprise and month', { reason: 'ALREADY_EXCUSED' });
    const excuse = toExcuse(row);
    await appendEvents(manager, EVENT_SOURCE, [
      visitExcusedEvent({
        excuseId: excuse.id,
        districtId: excuse.districtId,
        officialId: excuse.officialId,
        enterpriseId: excuse.enterpriseId,
        period: excuse.period,
        reason: excuse.reason,
      }),
    ]);
    return excuse;
  }
}
