import { randomUUID } from 'node:crypto';
import { Role, type Caller } from '@qinshang/auth';
import { once, operationFingerprint } from '@qinshang/database';
import { BadUserInputError } from '@qinshang/errors';
import { appendEvents, type DeductionRecorded, type InspectionRecorded, type NewEvent } from '@qinshang/eventlog';
import { decodeCursor, encodeCursor, pageSize } from '@qinshang/subgraph';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { rows } from '../common/sql';
import { deductionRow, inspectionRows, writeInspections } from '../projection/projector';
import type { InspectionFilter, RecordInspectionInput } from './dto/inspection.input';
import type { Deduction, Finding, Inspection, InspectionConnection, InspectionKind, SuggestedFinding } from './inspection.type';

interface InspectionRecord {
  inspection_id: string;
  district_id: string;
  kind: string;
  inspected_on: string;
  period: string;
  official_ids: string[];
  public_criticism: Inspection['publicCriticism'];
  recorded_by: string;
  recorded_at: Date;
}


export class InspectionService {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
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
    const [inspection] = await this.load(manager, [id]);
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

  async list(filter: InspectionFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<InspectionConnection> {
    assertCan(this.caller, 'READ_INSPECTIONS');
    const size = pageSize(first, 20);
    const manager = await this.manager();
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    // A district office sees its own tenant's inspections only (row-level security agrees).
    if (this.caller.role === Role.DISTRICT_ADMIN) where.push(`i.district_id = ${add(this.caller.districtId ?? null)}`);
    if (filter?.districtId) where.push(`i.district_id = ${add(filter.districtId)}`);
    if (filter?.kind) where.push(`i.kind = ${add(filter.kind)}`);
    if (filter?.period) where.push(`i.period = ${add(filter.period)}`);
    if (filter?.officialId) {
      const id = add(filter.officialId);
      where.push(`(${id} = ANY(i.official_ids) OR EXISTS (SELECT 1 FROM evaluation.finding f WHERE f.inspection_id = i.inspection_id AND f.official_id = ${id}))`);
    }
    const base = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ count }] = await rows<{ count: number }>(manager, `SELECT count(*)::int AS count FROM evaluation.inspection i ${base}`, params);
    const pageWhere = [...where];
    if (after) {
      const [day, id] = decodeCursor(after).split('|');
      if (!day || !id) throw new BadUserInputError('after', 'The cursor is not valid');
      pageWhere.push(`(i.inspected_on, i.inspection_id) < (${add(day)}::date, ${add(id)})`);
    }
    const ids = await rows<{ inspection_id: string; inspected_on: string }>(
      manager,
      `SELECT i.inspection_id, to_char(i.inspected_on, 'YYYY-MM-DD') AS inspected_on FROM evaluation.inspection i
        ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
        ORDER BY i.inspected_on DESC, i.inspection_id DESC LIMIT ${size + 1}`,
      params,
    );
    const page = ids.slice(0, size);
    const loaded = new Map((await this.load(manager, page.map((r) => r.inspection_id))).map((i) => [i.id, i]));
    const edges = page.map((r) => ({ cursor: encodeCursor(`${r.inspected_on}|${r.inspection_id}`), node: loaded.get(r.inspection_id)! }));
    return { totalCount: count, pageInfo: { hasNextPage: ids.length > size, endCursor: edges.at(-1)?.cursor ?? null }, edges };
  }

  /**
   * 推诿扯皮: problems returned (退单) twice or more without a reason, offered as findings with
   * the returns they would cite.
   */
  async suggestedFindings(districtId: string | null | undefined): Promise<SuggestedFinding[]> {
    assertCan(this.caller, 'READ_SUGGESTED_FINDINGS');
    if (this.caller.role === Role.DISTRICT_ADMIN && districtId && districtId !== this.caller.districtId) return [];
    const manager = await this.manager();
    const found = await rows<{ district_id: string; issue_id: string; ledger_no: string; official_id: string | null; positions: string[]; recorded: boolean }>(
      manager,
      `SELECT r.district_id, r.issue_id, max(r.ledger_no) AS ledger_no, (array_agg(r.official_id ORDER BY r.position DESC))[1] AS official_id,
              array_agg(r.position::text ORDER BY r.position) AS positions,
              EXISTS (SELECT 1 FROM evaluation.finding f WHERE f.event_position = ANY(array_agg(r.position))) AS recorded
         FROM evaluation.issue_return r
        WHERE r.without_reason AND ($1::text IS NULL OR r.district_id = $1)
        GROUP BY r.district_id, r.issue_id
       HAVING count(*) >= 2
        ORDER BY r.district_id, min(r.position)`,
      [districtId ?? null],
    );
    return found.map((r) => ({
      kind: 'BUCK_PASSING',
      districtId: r.district_id,
      issueId: r.issue_id,
      ledgerNo: r.ledger_no,
      officialId: r.official_id,
      summary: `推诿扯皮: problem ${r.ledger_no} was returned ${r.positions.length} times without a reason`,
      eventPositions: r.positions,
      alreadyRecorded: r.recorded,
    }));
  }

  private async load(manager: EntityManager, ids: readonly string[]): Promise<Inspection[]> {
    if (!ids.length) return [];
    const [inspections, findings, deductions] = await Promise.all([
      rows<InspectionRecord>(
        manager,
        `SELECT inspection_id, district_id, kind, to_char(inspected_on, 'YYYY-MM-DD') AS inspected_on, period, official_ids, public_criticism, recorded_by, recorded_at
           FROM evaluation.inspection WHERE inspection_id = ANY($1)`,
        [ids],
      ),
      rows<{ finding_id: string; inspection_id: string; summary: string; official_id: string | null; event_position: string | null }>(
        manager,
        'SELECT finding_id, inspection_id, summary, official_id, event_position::text AS event_position FROM evaluation.finding WHERE inspection_id = ANY($1) ORDER BY ordinal',
        [ids],
      ),
      rows<{ deduction_id: string; inspection_id: string; finding_id: string; district_id: string; official_id: string | null; points: string; reason: string; period: string }>(
        manager,
        'SELECT deduction_id, inspection_id, finding_id, district_id, official_id, points::text AS points, reason, period FROM evaluation.deduction WHERE inspection_id = ANY($1) ORDER BY deduction_id',
        [ids],
      ),
    ]);
    const deductionsOf = new Map<string, Deduction[]>();
    for (const d of deductions) {
      const list = deductionsOf.get(d.finding_id) ?? [];
      list.push({ id: d.deduction_id, inspectionId: d.inspection_id, findingId: d.finding_id, districtId: d.district_id, officialId: d.official_id, points: Number(d.points), reason: d.reason, period: d.period });
      deductionsOf.set(d.finding_id, list);
    }
    const findingsOf = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = findingsOf.get(f.inspection_id) ?? [];
      list.push({ id: f.finding_id, summary: f.summary, officialId: f.official_id, eventPosition: f.event_position, deductions: deductionsOf.get(f.finding_id) ?? [] });
      findingsOf.set(f.inspection_id, list);
    }
    const byId = new Map(
      inspections.map((i) => {
        const own = findingsOf.get(i.inspection_id) ?? [];
        return [
          i.inspection_id,
          {
            id: i.inspection_id,
            districtId: i.district_id,
            district: { id: i.district_id },
            kind: i.kind as InspectionKind,
            inspectedOn: i.inspected_on,
            period: i.period,
            officialIds: i.official_ids,
            officials: i.official_ids.map((id) => ({ id })),
            findings: own,
            deductionTotal: own.reduce((sum, f) => sum + f.deductions.reduce((s, d) => s + d.points, 0), 0),
            publicCriticism: i.public_criticism ?? null,
            recordedBy: i.recorded_by,
            recordedAt: new Date(i.recorded_at).toISOString(),
          } satisfies Inspection,
        ];
      }),
    );
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }
}

