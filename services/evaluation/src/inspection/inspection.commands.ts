import { once, operationFingerprint } from '@qinshang/database';
import { randomUUID } from 'node:crypto';
import { type Caller } from '@qinshang/auth';
import { BadUserInputError } from '@qinshang/errors';
import { appendEvents, type DeductionRecorded, type InspectionRecorded, type NewEvent } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { rows } from '../common/sql';
import { deductionRow, inspectionRows, writeInspections } from '../projection/folds/inspection.fold';
import type { RecordInspectionInput } from './dto/inspection.input';
import type { Inspection } from './inspection.type';
import type { InspectionQueries } from './inspection.queries';

/** Recording an inspection (CITY_ADMIN, INSPECTOR) with its findings and deductions, and their events, in one transaction. */
export class InspectionCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
    private readonly queries: InspectionQueries,
  ) {}

  /**
   * Records an inspection with its findings and deductions (INSPECTOR or CITY_ADMIN). Every
   * official named must be the tenant's; a cited event must exist and concern the tenant. The
   * rows are written with the projection's own code, then `inspection.recorded` and one
   * `deduction.recorded` per deduction are appended, as the last write.
   */
  async record(input: RecordInspectionInput): Promise<Inspection> {
    assertCan(this.caller, 'RECORD_INSPECTION');
    const manager = await this.manager();
    // Once per idempotency key: a retry with the key gets the first inspection back.
    const { id } = await once(manager, 'evaluation', { key: input.idempotencyKey, operation: operationFingerprint('recordInspection', input) }, () =>
      this.create(manager, input),
    );
    const [inspection] = await this.queries.load(manager, [id]);
    return inspection;
  }

  private async create(manager: EntityManager, input: RecordInspectionInput): Promise<string> {
    const districtId = input.districtId;
    const [tenant] = await rows(manager, 'SELECT 1 FROM evaluation.tenant WHERE district_id = $1', [districtId]);
    if (!tenant) throw new BadUserInputError('input.districtId', `No tenant ${districtId} is known`);

    const named = new Set<string>([
      ...input.officialIds,
      ...(input.publicCriticism?.officialIds ?? []),
      ...input.findings.flatMap((f) => (f.officialId ? [f.officialId] : [])),
    ]);
    const known = new Set(
      (await rows<{ official_id: string }>(manager, 'SELECT official_id FROM evaluation.official WHERE district_id = $1 AND official_id = ANY($2)', [districtId, [...named]])).map(
        (r) => r.official_id,
      ),
    );
    const unknown = (ids: readonly string[], field: string) => {
      const missing = ids.filter((id) => !known.has(id));
      if (missing.length) throw new BadUserInputError(field, `Not officials of tenant ${districtId}: ${missing.join(', ')}`, { officialIds: missing });
    };
    unknown(input.officialIds, 'input.officialIds');
    unknown(input.publicCriticism?.officialIds ?? [], 'input.publicCriticism.officialIds');

    const positions = input.findings.flatMap((f) => (f.eventPosition ? [f.eventPosition] : []));
    const cited = new Map(
      (
        await rows<{ position: string; district_id: string | null }>(
          manager,
          'SELECT position::text AS position, district_id FROM eventlog.event WHERE position = ANY($1::bigint[])',
          [positions],
        )
      ).map((r) => [r.position, r.district_id]),
    );
    input.findings.forEach((finding, index) => {
      if (finding.officialId) unknown([finding.officialId], `input.findings.${index}.officialId`);
      if (finding.eventPosition && cited.get(finding.eventPosition) !== districtId) {
        // Another tenant's event looks exactly like a missing one.
        throw new BadUserInputError(`input.findings.${index}.eventPosition`, `No event at position ${finding.eventPosition} concerns tenant ${districtId}`);
      }
    });

    const inspectionId = randomUUID();
    const period = input.period ?? input.inspectedOn.slice(0, 7);
    const findings = input.findings.map((f) => ({ findingId: randomUUID(), summary: f.summary.trim(), officialId: f.officialId ?? null, eventPosition: f.eventPosition ?? null }));
    const payload: InspectionRecorded = {
      inspectionId,
      districtId,
      kind: input.kind,
      inspectedOn: input.inspectedOn,
      officialIds: [...new Set(input.officialIds)],
      findings,
      publicCriticism: input.publicCriticism
        ? { title: input.publicCriticism.title, text: input.publicCriticism.text, officialIds: [...new Set(input.publicCriticism.officialIds)] }
        : null,
      period,
    };
    const deductions: DeductionRecorded[] = input.findings.flatMap((f, index) =>
      (f.deductions ?? []).map((d) => ({
        deductionId: randomUUID(),
        inspectionId,
        findingId: findings[index].findingId,
        districtId,
        officialId: f.officialId ?? null,
        points: d.points,
        reason: d.reason.trim(),
        period,
      })),
    );

    const recordedAt = new Date();
    const built = inspectionRows(payload, this.caller.sub, recordedAt);
    await writeInspections(manager, [built.inspection], built.findings, deductions.map(deductionRow));
    const common = { streamType: 'inspection', streamId: inspectionId, districtId, occurredAt: recordedAt, actor: this.caller.sub };
    await appendEvents(manager, 'evaluation', [
      { ...common, type: 'inspection.recorded', payload } as NewEvent<'inspection.recorded'>,
      ...deductions.map((d) => ({ ...common, type: 'deduction.recorded', payload: d }) as NewEvent<'deduction.recorded'>),
    ]);
    return inspectionId;
  }
}
