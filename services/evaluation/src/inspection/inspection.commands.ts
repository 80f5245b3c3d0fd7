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

  async record(input: RecordInspectionInput): Promise<Inspection> {
    assertCan(this.caller, 'RECORD_INSPECTION');
    const manager = await this.manager();
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
    const [inspection] = await this.queries.load(manager, [inspectionId]);
    return inspection;
  }
}
