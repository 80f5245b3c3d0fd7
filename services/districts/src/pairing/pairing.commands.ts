import type { Caller } from '@qinshang/auth';
import { onceRecord } from '@qinshang/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@qinshang/errors';
import { appendEvents, type NewEvent } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan, managesTenant } from '../access/permissions';
import { isDay, localDay } from '../common/calendar';
import { guardUnique, rows } from '../common/db-errors';
import { EVENT_SOURCE, pairingEndedEvent, pairingStartedEvent } from '../common/events';
import { nextTenantIds } from '../common/ids';
import { normaliseText } from '../enterprise/enterprise.rules';
import type { PairOfficialInput } from './dto/pair-official.input';
import type { Pairing } from './pairing.entity';
import { pairingColumns, toPairing } from './pairing.queries';

export interface PairingChange {
  pairing: Pairing;
  ended: Pairing[];
}

/**
 * Pairing and re-pairing (一对一) by the offices. At most one active pairing per enterprise and
 * per official: a new pairing ends the enterprise's current one and the official's current one
 * on the new start day; ended pairings stay as history.
 */
export class PairingCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /**
   * Pairs once per idempotency key: a retry with the key gets the first pairing back, with the
   * pairings it ended.
   */
  async pair(input: PairOfficialInput): Promise<PairingChange> {
    assertCan(this.caller, 'PAIR_OFFICIAL');
    const manager = await this.manager();
    return onceRecord(
      manager,
      'districts',
      { operation: 'pairOfficial', input },
      () => this.pairNew(input),
      (change) => change.pairing.id,
      async (id) => {
        const [pairing] = (await rows(manager, `SELECT ${pairingColumns('p')} FROM districts.pairing p WHERE p.id = $1`, [id])).map(toPairing);
        const ended = (
          await rows(
            manager,
            `SELECT ${pairingColumns('p')} FROM districts.pairing p
              WHERE p.id <> $1 AND p.ended_on = $2 AND (p.enterprise_id = $3 OR p.official_id = $4) ORDER BY p.id`,
            [pairing.id, pairing.startedOn, pairing.enterpriseId, pairing.officialId],
          )
        ).map(toPairing);
        return { pairing, ended };
      },
    );
  }

  private async pairNew(input: PairOfficialInput): Promise<PairingChange> {
    const today = localDay();
    const startedOn = input.startedOn?.trim() || today;
    if (!isDay(startedOn)) throw new BadUserInputError('startedOn', 'startedOn is a day, YYYY-MM-DD');
    if (startedOn > today) throw new BadUserInputError('startedOn', 'A pairing cannot start in the future');
    const reason = normaliseText(input.reason);
    if (reason && reason.length > 500) throw new BadUserInputError('reason', 'The reason is longer than 500 characters');

    const manager = await this.manager();
    // Lock both sides (enterprise first, always) so two re-pairings of either wait for each other.
    const [enterprise] = await rows<{ id: string; districtId: string }>(
      manager,
      'SELECT id, district_id AS "districtId" FROM districts.enterprise WHERE id = $1 FOR UPDATE',
      [input.enterpriseId],
    );
    if (!enterprise || !managesTenant(this.caller, enterprise.districtId)) throw new NotFoundError('Enterprise', input.enterpriseId);
    const [official] = await rows<{ id: string; districtId: string }>(
      manager,
      'SELECT id, district_id AS "districtId" FROM districts.official WHERE id = $1 FOR UPDATE',
      [input.officialId],
    );
    if (!official || !managesTenant(this.caller, official.districtId)) throw new NotFoundError('Official', input.officialId);
    if (official.districtId !== enterprise.districtId) {
      throw new BadUserInputError('officialId', "The official serves in another tenant than the enterprise's");
    }

    const current = (
      await rows(
        manager,
        `SELECT ${pairingColumns('p')} FROM districts.pairing p
          WHERE p.ended_on IS NULL AND (p.enterprise_id = $1 OR p.official_id = $2) ORDER BY p.id FOR UPDATE`,
        [enterprise.id, official.id],
      )
    ).map(toPairing);
    if (current.some((p) => p.enterpriseId === enterprise.id && p.officialId === official.id)) {
      throw new ConflictError('The official is already paired with this enterprise', { reason: 'ALREADY_PAIRED' });
    }
    const tooEarly = current.find((p) => startedOn < p.startedOn);
    if (tooEarly) throw new BadUserInputError('startedOn', `A current pairing started on ${tooEarly.startedOn}: the new one cannot start before it`);

    const ended = current.length
      ? (
          await rows(
            manager,
            `WITH u AS (UPDATE districts.pairing SET ended_on = $2, end_reason = $3 WHERE id = ANY($1) RETURNING *)
             SELECT ${pairingColumns('u')} FROM u ORDER BY u.id`,
            [current.map((p) => p.id), startedOn, reason],
          )
        ).map(toPairing)
      : [];

    const [id] = await nextTenantIds(manager, 'pairing', enterprise.districtId, 'P');
    const replaces = current.find((p) => p.enterpriseId === enterprise.id)?.id ?? null;
    const [created] = await guardUnique(
      manager,
      () =>
        rows(
          manager,
          `WITH i AS (
             INSERT INTO districts.pairing (id, district_id, official_id, enterprise_id, started_on, reason, replaces)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *)
           SELECT ${pairingColumns('i')} FROM i`,
          [id, enterprise.districtId, official.id, enterprise.id, startedOn, reason, replaces],
        ),
      () => new ConflictError('The enterprise or the official was paired by someone else at the same time; try again', { reason: 'CONCURRENT_CHANGE' }),
    );
    const pairing = toPairing(created);
    const events: NewEvent[] = [
      ...ended.map((p) => pairingEndedEvent({ ...p, endedOn: p.endedOn!, reason: p.endReason })),
      pairingStartedEvent(pairing),
    ];
    await appendEvents(manager, EVENT_SOURCE, events);
    return { pairing, ended };
  }
}
